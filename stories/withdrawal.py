"""Withdrawing a story: everything the author gave is erased at once, a tombstone remains."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Story
from .photos import delete_photo_files
from .share_images import delete_story_share_image

ERASED_TEXT_FIELDS = [
    "submitted_title",
    "submitted_body",
    "note_to_author",
    "author_name",
    "author_role",
    "country",
    "city",
    "photo_alt",
    "video_url",
    "contact_email",
]


def delete_story_files(story):
    """Delete every stored file made from the story: its photo's sizes and its share image."""
    delete_photo_files(story.photo_files)
    delete_story_share_image(story)


@transaction.atomic
def withdraw_story(story):
    """Erase the story's text, name, e-mail and photo files; keep id, campaign, dates, status."""
    story = Story.objects.select_for_update().get(pk=story.pk)
    if story.is_withdrawn:
        return story
    # Files first: if the database then fails, the author retries and nothing of theirs is left.
    delete_story_files(story)
    for code, _name in settings.LANGUAGES:
        setattr(story, f"title_{code}", "")
        setattr(story, f"body_{code}", "")
    for field in ERASED_TEXT_FIELDS:
        setattr(story, field, "")
    story.author_display = Story.AuthorDisplay.ANONYMOUS
    story.photo_files = []
    story.share_image = ""
    story.photo_width = story.photo_height = None
    story.consent_text = None
    story.consented_at = None
    story.featured = False
    story.status = Story.Status.WITHDRAWN
    story.withdrawn_at = timezone.now()
    story.save()
    story.themes.clear()
    story.findings.all().delete()
    return story
