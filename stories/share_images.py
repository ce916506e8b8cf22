"""A story's share images, in the language of the page they are shared from.

Each story keeps its cards in a folder of its own (`Story.share_image` names it once a card has
been drawn): a card for links and one for Instagram per language, each named after what it shows,
so that a change of text, name, colour or picture makes a new one and the old one is deleted.
Withdrawal deletes the whole folder.
"""

import posixpath

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import override

from somos.cards import card_name, stored_card

SHAPES = ("link", "instagram")
# The narrowest stored size of the photo that fills each card's picture, in pixels.
PICTURE_WIDTHS = {"link": 480, "instagram": 1080}


def story_folder(story):
    return f"share/story-{story.pk}/"


def card_picture(story, shape):
    """The stored web size of the story's photo to draw from: the smallest JPEG wide enough,
    or the largest there is."""
    jpegs = sorted(
        (f for f in story.photo_files if f["format"] == "jpeg"), key=lambda f: f["width"]
    )
    if not jpegs:
        return ""
    wide_enough = [f for f in jpegs if f["width"] >= PICTURE_WIDTHS[shape]]
    return wide_enough[0]["name"] if wide_enough else jpegs[-1]["name"]


def story_card(story, language, shape="link"):
    """The inputs of the story's card in `language`: its reviewed translation there, or its
    original words, with the labels in `language`."""
    with override(language):
        words = language if story.has_reviewed_translation(language) else story.language
        title = getattr(story, f"title_{words}", "") or ""
        card = {
            "shape": shape,
            "colour": story.campaign.colour,
            "text_colour": story.campaign.text_colour,
            "quote": f"“{Truncator(title).chars(110)}”",
            "attribution": Truncator(story.byline).chars(60),
            "footer": " · ".join(
                part for part in ("Somos", story.campaign.name, story.campaign.hashtag) if part
            ),
            "picture": card_picture(story, shape),
            "label": _("Sample story") if story.is_sample else "",
        }
        if shape == "instagram":
            body = getattr(story, f"body_{words}", "") or ""
            card["excerpt"] = Truncator(" ".join(body.split())).chars(220)
    return card


def story_share_image(story, language=None, shape="link"):
    """The storage name of the story's card, drawn anew when what it shows changed; None if
    the story stopped being published while it was drawn."""
    language = language or story.language
    card = story_card(story, language, shape)
    prefix = f"story-{story.pk}/{shape}-{language}"
    name = card_name(prefix, card)
    if default_storage.exists(name):
        return name
    if card["picture"] and not default_storage.exists(card["picture"]):
        # The photo was removed or the story withdrawn since the story was read.
        return None
    stored_card(prefix, card)
    folder = story_folder(story)
    # Written only while the story is still published: this waits for a withdrawal under way
    # and then finds nothing, so a card with its words is not left behind.
    if not type(story).objects.published().filter(pk=story.pk).update(share_image=folder):
        default_storage.delete(name)
        return None
    if story.share_image and story.share_image != folder:
        default_storage.delete(story.share_image)
    story.share_image = folder
    delete_stale_cards(story)
    return name


def delete_stale_cards(story):
    """Delete the story's cards that no longer show what it shows (an older title, photo or
    colour), in every language and shape, so that none is left for anyone to find."""
    for stored in stored_cards(story_folder(story)):
        shape, _sep, rest = posixpath.basename(stored).partition("-")
        language = rest.partition("-")[0]
        current = None
        if shape in SHAPES and language in dict(settings.LANGUAGES):
            card = story_card(story, language, shape)
            current = card_name(f"story-{story.pk}/{shape}-{language}", card)
        if stored != current:
            default_storage.delete(stored)


def stored_cards(folder):
    try:
        _folders, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return []
    return [posixpath.join(folder, name) for name in files]


def story_cards(story):
    """The storage names of the story's cards, with the single card stored before cards had a
    folder."""
    if not story.share_image:
        return []
    if story.share_image != story_folder(story):
        return [story.share_image]
    return stored_cards(story.share_image)


def delete_story_share_image(story):
    """Delete every card of the story."""
    for name in story_cards(story):
        default_storage.delete(name)
