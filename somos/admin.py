"""What every admin of public content shares: links assumed https, cached pages dropped."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_noop

from .pagecache import invalidate_pages

HTTPS_LINKS = {models.URLField: {"assume_scheme": "https"}}


class InvalidatesPagesAdmin(admin.ModelAdmin):
    """Bulk deletion bypasses the models' own delete, so it drops cached pages here."""

    formfield_overrides = HTTPS_LINKS

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        invalidate_pages(*queryset.model.dropped_by_changes)


# Django's admin names the object with a masculine article in Spanish and Portuguese ("El
# historia … se cambió"), wrong for most of our models. The catalogues word these messages
# without one; naming them here keeps them in the catalogues.
ADMIN_MESSAGES = [
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("The {name} “{obj}” was added successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
]
