from modeltranslation.translator import TranslationOptions, register

from .models import Campaign


@register(Campaign)
class CampaignTranslationOptions(TranslationOptions):
    fields = ("name", "tagline", "introduction", "hashtag")
    required_languages = ("es",)
