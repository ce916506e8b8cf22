"""What every admin of public content shares: links assumed https, cached pages dropped."""

from django.contrib import admin
from django.db import models

from .pagecache import invalidate_pages

HTTPS_LINKS = {models.URLField: {"assume_scheme": "https"}}


class InvalidatesPagesAdmin(admin.ModelAdmin):
    """Bulk deletion bypasses the models' own delete, so it drops cached pages here."""

    formfield_overrides = HTTPS_LINKS

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        invalidate_pages()
