"""Story cards for listings: each kept as made, per story version, language and release, and
all of a listing's cards read from the cache in one round trip.

Listings may read only their stories' ids and versions (Story.objects.as_references()); a
story whose card is not kept is then read again in full, with the others missing, in one query.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import mark_safe

from somos.pagecache import release

from ..models import Story

register = template.Library()


def card_key(story, language, release):
    # A change to the story gives it a new key; nothing else needs dropping.
    return f"story_card:{release}:{language}:{story.pk}:{story.updated_at.timestamp()}"


def stories_in_full(stories):
    """The stories, in full, by id: those read in full already, and those read as references
    read again, if they are still published, as they are now."""
    full = {story.pk: story for story in stories if "language" not in story.get_deferred_fields()}
    references = [story.pk for story in stories if story.pk not in full]
    if references:
        full.update(Story.objects.published().for_visitors().in_bulk(references))
    return full


@register.simple_tag(takes_context=True)
def cards_for(context, stories):
    """The cards of `stories`, in order; those not kept yet are made and kept. A story that was
    withdrawn or hidden since the listing was read has no card."""
    stories = list(stories)
    seconds = settings.PAGE_PARTS_CACHE_SECONDS
    language, version = context["LANGUAGE_CODE"], release()
    keys = [card_key(story, language, version) for story in stories]
    kept = cache.get_many(keys) if seconds and keys else {}
    missing = [story for story, key in zip(stories, keys, strict=True) if key not in kept]
    full = stories_in_full(missing)
    card = context.template.engine.get_template("includes/story_card.html")
    made, cards = {}, []
    for story, key in zip(stories, keys, strict=True):
        if key in kept:
            cards.append(kept[key])
        elif story.pk in full:
            with context.push(story=full[story.pk]):
                html = card.render(context)
            # Kept under the version it was made from, which may be newer than the listing's.
            made[card_key(full[story.pk], language, version)] = html
            cards.append(html)
    if made and seconds:
        cache.set_many(made, seconds)
    return mark_safe("".join(cards))
