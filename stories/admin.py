from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from somos.admin import InvalidatesPagesAdmin

from .models import ConsentText, Theme


@admin.register(Theme)
class ThemeAdmin(InvalidatesPagesAdmin, TranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name_es"]}


@admin.register(ConsentText)
class ConsentTextAdmin(admin.ModelAdmin):
    list_display = ["version", "language", "created_at"]
    list_filter = ["language"]

    def get_readonly_fields(self, request, obj=None):
        # A version storytellers may have agreed to is a record: write a new version instead.
        if obj is not None:
            return ["version", "language", "publication", "photo_rights", "age", "privacy_notice"]
        return []

    def has_delete_permission(self, request, obj=None):
        return obj is not None and not obj.stories.exists()
