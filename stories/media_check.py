"""Whether every file the database names is in the media storage: the last step of a restore."""

from django.core.files.storage import default_storage

from campaigns.models import Campaign, Partner

from .models import Story


def referenced_files():
    """(what names it, storage name) for every stored file the database refers to."""
    for story in Story.objects.exclude(photo_files=[], share_image="").only(
        "pk", "photo_files", "share_image"
    ):
        for file in story.photo_files:
            yield f"story {story.pk} photo", file["name"]
        if story.share_image:
            yield f"story {story.pk} share image", story.share_image
    for campaign in Campaign.objects.only("slug", "hero_files", "briefing_kit"):
        for file in campaign.hero_files:
            yield f"campaign {campaign.slug} hero image", file["name"]
        if campaign.briefing_kit:
            yield f"campaign {campaign.slug} briefing kit", campaign.briefing_kit.name
    for partner in Partner.objects.exclude(logo={}).only("pk", "logo"):
        yield f"partner {partner.pk} logo", partner.logo["name"]


def missing_files():
    """The referenced files that the storage does not have."""
    return [(owner, name) for owner, name in referenced_files() if not default_storage.exists(name)]
