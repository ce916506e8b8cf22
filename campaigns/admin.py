from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Campaign


@admin.register(Campaign)
class CampaignAdmin(TranslationAdmin):
    list_display = ["name", "country", "hashtag", "is_active", "position"]
    list_editable = ["is_active", "position"]
    prepopulated_fields = {"slug": ["name_es"]}
