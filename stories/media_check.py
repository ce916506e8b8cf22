"""Whether the database and the media storage agree: every file named is stored (the last step
of a restore), and every file stored is named (a process killed between storing a photo and
inserting its story leaves files nobody would ever delete).
"""

import posixpath

from django.core.files.storage import default_storage

from campaigns.models import Campaign, Partner

from .models import KeptPhoto, Story
from .share_images import story_cards


def referenced_files():
    """(what names it, storage name) for every stored file the database refers to."""
    for story in Story.objects.exclude(photo_files=[], share_image="").only(
        "pk", "photo_files", "share_image"
    ):
        for file in story.photo_files:
            yield f"story {story.pk} photo", file["name"]
        for name in story_cards(story):
            yield f"story {story.pk} share image", name
    for slot in KeptPhoto.objects.only("pk", "files"):
        for file in slot.files:
            yield f"kept photo {slot.pk}", file["name"]
    for campaign in Campaign.objects.only("slug", "hero_files", "briefing_kit"):
        for file in campaign.hero_files:
            yield f"campaign {campaign.slug} hero image", file["name"]
        if campaign.briefing_kit:
            yield f"campaign {campaign.slug} briefing kit", campaign.briefing_kit.name
    for partner in Partner.objects.exclude(logo={}).only("pk", "logo"):
        yield f"partner {partner.pk} logo", partner.logo["name"]


def missing_files(referenced):
    """Of the `referenced` (owner, name) pairs, those the storage does not have."""
    return [(owner, name) for owner, name in referenced if not default_storage.exists(name)]


# Share cards of campaigns and of the site name no person and are drawn again when asked for.
DRAWN_ON_DEMAND = ("share/campaign-", "share/site-")


def stored_files(folder=""):
    """The name of every file in the media storage."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield posixpath.join(folder, name)
    for name in folders:
        yield from stored_files(posixpath.join(folder, name))


def orphan_files(*, older_than=None, referenced=None):
    """Stored files that no row names; with `older_than`, only those last written before it.
    `referenced`: the (owner, name) pairs, when the caller has read them already."""
    if referenced is None:
        referenced = referenced_files()
    referenced = {name for _owner, name in referenced}
    for name in stored_files():
        if name in referenced or name.startswith(DRAWN_ON_DEMAND):
            continue
        if older_than is not None and default_storage.get_modified_time(name) >= older_than:
            continue
        yield name
