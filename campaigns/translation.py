from modeltranslation.translator import TranslationOptions, register

from .models import Campaign, Fact


@register(Campaign)
class CampaignTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "tagline",
        "introduction",
        "hashtag",
        "key_ideas",
        "hero_alt",
        "run_by",
        "data_controller",
        "data_requests",
    )
    required_languages = ("es",)


@register(Fact)
class FactTranslationOptions(TranslationOptions):
    fields = ("myth", "statement", "figure")
    required_languages = ("es",)
