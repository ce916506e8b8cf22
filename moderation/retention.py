"""How long personal data is kept: rejected stories, login records, finished e-mail tasks and
photos kept for a form being corrected.

After RETENTION_DAYS a rejected story is erased as a withdrawn one is, leaving a tombstone (its
id, campaign, dates, status and reason), so counts and the audit trail stay whole.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from stories.kept_photos import delete_expired, expired_kept_photos
from stories.media_check import orphan_files
from stories.models import Story
from stories.share_images import story_cards
from stories.withdrawal import erase_story

from .models import Decision

logger = logging.getLogger(__name__)

ORPHAN_AGE = timedelta(days=1)


@dataclass
class Purged:
    stories: int = 0
    files: int = 0
    decisions: int = 0
    login_records: int = 0
    tasks: int = 0
    sessions: int = 0
    orphans: int = 0
    kept_photos: int = 0
    failed: list = field(default_factory=list)


def cutoff(days=None):
    return timezone.now() - timedelta(days=settings.RETENTION_DAYS if days is None else days)


def rejected_stories_due(before):
    """Rejected stories not changed since `before` whose content is still kept."""
    return (
        Story.objects.filter(status=Story.Status.REJECTED, updated_at__lt=before)
        .exclude(submitted_body="", submitted_title="")
        .order_by("pk")
    )


def stored_file_count(story):
    return len(story.photo_files) + len(story_cards(story))


def purge(*, days=None, dry_run=False):
    """Erase what is past its retention period; with dry_run, only count it."""
    before = cutoff(days)
    result = Purged()
    stories = list(rejected_stories_due(before))
    ended = Story.objects.filter(status__in=[Story.Status.REJECTED, Story.Status.WITHDRAWN])
    leftover = Decision.objects.filter(story__in=ended).filter(
        story__submitted_body="", story__submitted_title=""
    )
    # Log-in records name browsers and (hashed) clients: they are kept a shorter time.
    records_before = timezone.now() - timedelta(days=settings.LOGIN_RECORD_DAYS)
    records = [
        model.objects.filter(attempt_time__lt=records_before)
        for model in (AccessAttempt, AccessLog, AccessFailureLog)
    ]
    tasks = DBTaskResult.objects.filter(finished_at__lt=before)
    sessions = Session.objects.filter(expire_date__lt=timezone.now())
    # A day leaves time for any submission in progress to insert the row naming its files.
    orphans = list(orphan_files(older_than=timezone.now() - ORPHAN_AGE))
    if dry_run:
        result.kept_photos = expired_kept_photos().count()
        result.orphans = len(orphans)
        result.stories = len(stories)
        result.files = sum(stored_file_count(story) for story in stories)
        result.decisions = leftover.exclude(note="", before={}, after={}).count()
        result.login_records = sum(query.count() for query in records)
        result.tasks = tasks.count()
        result.sessions = sessions.count()
        return result

    for story in stories:
        files = stored_file_count(story)
        try:
            with transaction.atomic():
                locked = Story.objects.select_for_update().get(pk=story.pk)
                erase_story(locked)
        except Exception:
            # Files go first: what is left is erased on the next run.
            logger.exception("Could not erase rejected story %s.", story.pk)
            result.failed.append(story.pk)
            continue
        result.stories += 1
        result.files += files
    # Photos kept for a form being corrected live an hour.
    result.kept_photos = delete_expired()
    result.decisions = leftover.erase_text()
    result.login_records = sum(query.delete()[0] for query in records)
    result.tasks = tasks.delete()[0]
    result.sessions = sessions.delete()[0]
    for name in orphans:
        try:
            default_storage.delete(name)
            result.orphans += 1
        except Exception:
            logger.exception("Could not delete a stored file that no row names.")
    return result
