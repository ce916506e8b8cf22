from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from campaigns.admin import InvalidatesPagesAdmin
from moderation.screening import screen_story

from .models import ConsentText, Story, Theme
from .photos import delete_photo_files
from .share_images import delete_story_share_image


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


@admin.register(Story)
class StoryAdmin(InvalidatesPagesAdmin, TranslationAdmin):
    list_display = [
        "__str__",
        "campaign",
        "status",
        "language",
        "author_role",
        "screening_flags",
        "submitted_at",
    ]
    list_filter = ["status", "campaign", "language", "author_role", "findings__kind"]
    search_fields = ["title_es", "title_en", "title_pt", "title_pap"]
    date_hierarchy = "submitted_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = [
        "language",
        "photo_files",
        "share_image",
        "photo_width",
        "photo_height",
        "consent_text",
        "consented_at",
        "submitted_at",
        "withdrawn_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["campaign", "status", "featured", "published_at", "language"]}),
        (_("Text"), {"fields": ["title", "body", "themes"]}),
        (
            _("Author"),
            {
                "fields": [
                    "author_display",
                    "author_name",
                    "author_role",
                    "country",
                    "city",
                    "show_city",
                    "contact_email",
                ]
            },
        ),
        (
            _("Photo and video"),
            {"fields": ["photo_alt", "photo_files", "photo_width", "photo_height", "video_url"]},
        ),
        (
            _("Consent and privacy"),
            {"fields": ["consent_text", "consented_at", "noindex", "submitted_at", "withdrawn_at"]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(flag_count=Count("findings"))

    @admin.display(description=_("screening flags"), ordering="flag_count")
    def screening_flags(self, story):
        return story.flag_count or "—"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        screen_story(obj)

    def delete_model(self, request, obj):
        delete_photo_files(obj.photo_files)
        delete_story_share_image(obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for story in queryset:
            delete_photo_files(story.photo_files)
            delete_story_share_image(story)
        super().delete_queryset(request, queryset)
