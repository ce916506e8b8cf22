from modeltranslation.translator import TranslationOptions, register

from .models import Campaign, Fact, MediaContact, Partner


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
    fields = ("myth", "statement", "figure", "source_name")
    required_languages = ("es",)


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    # The full name in each language, shown beside the logo: never an acronym alone.
    fields = ("name",)
    required_languages = ("es",)


@register(MediaContact)
class MediaContactTranslationOptions(TranslationOptions):
    fields = ("organisation",)
    required_languages = ("es",)
