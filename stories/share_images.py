"""A story's share card, in the language it was written in, kept while what it shows is the same.

The card is stored under a name made from what it shows: a change of text, name or colour
makes a new image and the old one is deleted.
"""

from django.core.files.storage import default_storage
from django.utils.text import Truncator
from django.utils.translation import override

from somos.cards import card_name, stored_card


def story_card(story):
    """The inputs of a story's card, in the language it was written in."""
    with override(story.language):
        return {
            "colour": story.campaign.colour,
            "text_colour": story.campaign.text_colour,
            "quote": f"“{Truncator(story.original_title).chars(110)}”",
            "attribution": Truncator(story.byline).chars(60),
            "footer": " · ".join(
                part for part in ("Somos", story.campaign.name, story.campaign.hashtag) if part
            ),
        }


def story_share_image(story):
    """The storage name of the story's share image, made anew when what it shows changed;
    None if the story stopped being published while the image was drawn."""
    name = card_name(f"story-{story.pk}", story_card(story))
    if story.share_image == name and default_storage.exists(name):
        return name
    stored_card(f"story-{story.pk}", story_card(story))
    old = story.share_image
    # Only while it is still published: a story withdrawn meanwhile must not be left naming, or
    # leave behind, a card with its title.
    if not type(story).objects.published().filter(pk=story.pk).update(share_image=name):
        default_storage.delete(name)
        return None
    story.share_image = name
    if old and old != name:
        default_storage.delete(old)
    return name


def delete_story_share_image(story):
    if story.share_image:
        default_storage.delete(story.share_image)
