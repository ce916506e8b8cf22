from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    default = True
    name = "moderation"
    verbose_name = _("Moderation")


class StaffAdminConfig(admin_apps.AdminConfig):
    """Django's admin, served by the site that asks staff for a second step."""

    default = False
    default_site = "moderation.staff_site.StaffAdminSite"
