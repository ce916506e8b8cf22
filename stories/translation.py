from modeltranslation.translator import TranslationOptions, register

from .models import Story, Theme


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("es",)


@register(Story)
class StoryTranslationOptions(TranslationOptions):
    # A story is written in one language (Story.language); the others are translations.
    fields = ("title", "body")
