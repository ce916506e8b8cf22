"""Story cards for listings: each kept as made, per story version, language and release, and
all of a listing's cards read from the cache in one round trip."""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

register = template.Library()


def card_key(story, language, release):
    # A change to the story gives it a new key; nothing else needs dropping.
    return f"story_card:{release}:{language}:{story.pk}:{story.updated_at.timestamp()}"


@register.simple_tag(takes_context=True)
def cards_for(context, stories):
    """The cards of `stories`, in order; those not kept yet are made and kept."""
    stories = list(stories)
    parts = context["page_parts"]
    keys = [card_key(story, context["LANGUAGE_CODE"], parts["release"]) for story in stories]
    kept = cache.get_many(keys) if parts["seconds"] and keys else {}
    card = context.template.engine.get_template("includes/story_card.html")
    made = {}
    for story, key in zip(stories, keys, strict=True):
        if key not in kept:
            with context.push(story=story):
                made[key] = card.render(context)
    if made and parts["seconds"]:
        cache.set_many(made, parts["seconds"])
    return mark_safe("".join(kept.get(key) or made[key] for key in keys))
