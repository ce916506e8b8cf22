"""Withdrawing a story: everything the author gave is erased at once, a tombstone remains.

Rejected stories are erased the same way once their retention period ends (moderation.retention).
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from somos.images import delete_photo_files

from .models import Story
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


def erase_story(story):
    """Erase what the author gave, files first; keep id, campaign, dates and status.

    If the database then fails, the caller retries and nothing of the author's is left.
    """
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
    story.translation_status = {}
    story.save()
    story.themes.clear()
    story.findings.all().delete()
    # The audit trail keeps who decided what and when, but not the author's words.
    story.decisions.erase_text()


@transaction.atomic
def withdraw_story(story):
    """Take the story off the site for good, leaving a tombstone."""
    story = Story.objects.select_for_update().get(pk=story.pk)
    if story.is_withdrawn:
        return story
    story.status = Story.Status.WITHDRAWN
    story.withdrawn_at = timezone.now()
    erase_story(story)
    return story
