"""Withdrawing a story: everything the author gave is erased at once, a tombstone remains.

Rejected stories are erased the same way once their retention period ends (moderation.retention).
"""

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
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


# Every place that holds a story's words or pictures, and what erasure does there:
#   stories_story              text in every language, name, place, e-mail, photo and
#                              consent columns: blanked (a tombstone stays)
#   stories_story_themes       cleared
#   media storage              every size of the photo and the share card: deleted
#   moderation_screeningfinding  positions of findings (no text): deleted
#   moderation_decision        notes and redaction before/after: blanked; who and when stay
#   django_admin_log           the title as object_repr and the change message: blanked
#   page cache                 every cached page is dropped when the story is saved
# Nothing else keeps them: e-mail tasks carry the story's id only, logs name stories by id.


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
    story.forget_photo()
    story.consent_text = None
    story.consented_at = None
    story.featured = False
    story.translation_status = {}
    story.save()
    story.themes.clear()
    story.findings.all().delete()
    # The audit trail keeps who decided what and when, but not the author's words.
    story.decisions.erase_text()
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Story), object_id=str(story.pk)
    ).update(object_repr=f"#{story.pk}", change_message="")


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
