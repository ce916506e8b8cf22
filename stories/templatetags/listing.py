"""Story cards for listings: each kept as made, per story version, language and release, and
all of a listing's cards read from the cache in one round trip.

Listings may read only their stories' ids and versions (Story.objects.as_references()); a
story whose card is not kept is then read again in full, with the others missing, in one query.
"""

from django import template
from django.utils.safestring import mark_safe

from somos.pagecache import release
from somos.pageparts import kept_parts

from ..models import Story

register = template.Library()


def card_key(story, language, release):
    # A change to the story gives it a new key; nothing else needs dropping.
    return f"story_card:{release}:{language}:{story.pk}:{story.updated_at.timestamp()}"


def stories_in_full(stories):
    """The stories, in full, by id: those read in full already, and those read as references
    read again, if they are still published, as they are now."""
    full = {story.pk: story for story in stories if isinstance(story, Story)}
    references = [story.pk for story in stories if story.pk not in full]
    if references:
        full.update(Story.objects.published().for_visitors().in_bulk(references))
    return full


@register.simple_tag(takes_context=True)
def cards_for(context, stories):
    """The cards of `stories`, in order; those not kept yet are made and kept. A story that was
    withdrawn or hidden since the listing was read has no card."""
    stories = {story.pk: story for story in stories}
    language, version = context["LANGUAGE_CODE"], release()
    card = context.template.engine.get_template("includes/story_card.html")

    def make(pks):
        made = {}
        for pk, story in stories_in_full([stories[pk] for pk in pks]).items():
            with context.push(story=story):
                made[pk] = card.render(context)
        return made

    def keys():
        return {pk: card_key(story, language, version) for pk, story in stories.items()}

    cards = kept_parts(stories, keys, make)
    return mark_safe("".join(cards[pk] for pk in stories if pk in cards))
