from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from somos.admin import HTTPS_LINKS, InvalidatesPagesAdmin
from somos.images import (
    delete_photo_files,
    prepare_logo,
    prepare_photo,
    store_logo,
    store_photo,
)

from .briefing_kits import checked_briefing_kit
from .models import Campaign, Fact, MediaContact, Partner, Pledge


class CampaignForm(forms.ModelForm):
    hero_upload = forms.FileField(
        label=_("New hero image"),
        required=False,
        help_text=_("JPEG, PNG, WebP or HEIC. Its metadata is removed and web sizes are made."),
    )

    def clean_hero_upload(self):
        upload = self.cleaned_data.get("hero_upload")
        return prepare_photo(upload) if upload else None

    def clean_briefing_kit(self):
        kit = self.cleaned_data.get("briefing_kit")
        # A new upload has a content type; a kit already stored is kept as it is.
        if kit and hasattr(kit, "content_type"):
            return checked_briefing_kit(kit)
        return kit


class FactInline(TranslationStackedInline):
    model = Fact
    extra = 0
    formfield_overrides = HTTPS_LINKS


class MediaContactInline(TranslationTabularInline):
    model = MediaContact
    extra = 0


@admin.register(Campaign)
class CampaignAdmin(InvalidatesPagesAdmin, TranslationAdmin):
    form = CampaignForm
    list_display = ["name", "country", "hashtag", "is_active", "position"]
    list_editable = ["is_active", "position"]
    prepopulated_fields = {"slug": ["name_es"]}
    filter_horizontal = ["partners"]
    inlines = [FactInline, MediaContactInline]

    def save_model(self, request, obj, form, change):
        prepared = form.cleaned_data.get("hero_upload")
        if prepared:
            old_files = obj.hero_files
            obj.hero_files = store_photo(prepared, kind="heroes")
            super().save_model(request, obj, form, change)
            delete_photo_files(old_files)
        else:
            super().save_model(request, obj, form, change)


class PartnerForm(forms.ModelForm):
    logo_upload = forms.FileField(label=_("New logo"), required=False)

    def clean_logo_upload(self):
        upload = self.cleaned_data.get("logo_upload")
        return prepare_logo(upload) if upload else None


@admin.register(Partner)
class PartnerAdmin(InvalidatesPagesAdmin, TranslationAdmin):
    form = PartnerForm
    list_display = ["name", "url", "position"]

    def save_model(self, request, obj, form, change):
        prepared = form.cleaned_data.get("logo_upload")
        old_logo = obj.logo if prepared else None
        if prepared:
            obj.logo = store_logo(prepared)
        super().save_model(request, obj, form, change)
        if old_logo:
            delete_photo_files([old_logo])


@admin.register(Pledge)
class PledgeAdmin(admin.ModelAdmin):
    list_display = ["campaign", "country", "language", "created_at"]
    list_filter = ["campaign", "country", "language"]
    date_hierarchy = "created_at"

    def has_change_permission(self, request, obj=None):
        return False
