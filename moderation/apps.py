from django.apps import AppConfig, apps
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _

# The admin sections of the libraries staff meet, named in the four languages: their own names
# are English, or untranslated in Papiamentu. Only the names shown change; migrations read
# the models' declared options, which stay as they are.
LIBRARY_NAMES = {
    "axes": (
        _("Staff log-ins"),
        {
            "AccessAttempt": (_("failed log-in attempt"), _("failed log-in attempts")),
            "AccessFailureLog": (_("failed log-in"), _("failed log-ins")),
            "AccessLog": (_("log-in record"), _("log-in records")),
            "AccessAttemptExpiration": (_("lock-out end"), _("lock-out ends")),
        },
    ),
    "otp_totp": (
        _("Two-step verification"),
        {"TOTPDevice": (_("authenticator app"), _("authenticator apps"))},
    ),
    "django_tasks_database": (
        _("E-mail tasks"),
        {"DBTaskResult": (_("e-mail task"), _("e-mail tasks"))},
    ),
}


class ModerationConfig(AppConfig):
    default = True
    name = "moderation"
    verbose_name = _("Moderation")

    def ready(self):
        for label, (app_name, model_names) in LIBRARY_NAMES.items():
            config = apps.get_app_config(label)
            config.verbose_name = app_name
            for model_name, (one, many) in model_names.items():
                meta = config.get_model(model_name)._meta
                meta.verbose_name, meta.verbose_name_plural = one, many


class StaffAdminConfig(admin_apps.AdminConfig):
    """Django's admin, served by the site that asks staff for a second step."""

    default = False
    default_site = "moderation.staff_site.StaffAdminSite"
