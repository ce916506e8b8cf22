from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo content of the launch campaigns, and `manage.py load_demo`; nothing imports it."""

    name = "demo"
    verbose_name = _("Demo content")
