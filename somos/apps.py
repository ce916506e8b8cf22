from django.apps import AppConfig


class SomosConfig(AppConfig):
    """The project's own plumbing: the versions of cached pages live in its one table."""

    name = "somos"
    verbose_name = "Somos"
