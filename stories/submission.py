"""Receiving a story: one function that stores it whole, or not at all."""

import base64
import logging
from dataclasses import dataclass

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from moderation.screening import screen_story
from somos.images import discard_photo_files, store_photo

from .kept_photos import kept_since
from .models import KeptPhoto, Story, hash_token

logger = logging.getLogger(__name__)


def management_token(submission_key):
    """The private token of the story sent with this key.

    Derived with the secret key, so a resent form gets the same link back while the database
    holds only the token's hash.
    """
    digest = salted_hmac("stories.management-token", submission_key, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


class NotStored(Exception):
    """The story could not be stored, and nothing of it was kept; the visitor may send it again.

    `part` says what failed: "photo" when the media storage refused a file, "story" when the
    database did, "kept_photo" when the photo kept from an earlier try expired meanwhile.
    """

    def __init__(self, part):
        super().__init__(part)
        self.part = part


@dataclass(frozen=True)
class Submitted:
    story: Story
    token: str
    is_new: bool


def submit_story(
    *,
    campaign,
    language,
    title,
    body,
    themes,
    author_display,
    author_name,
    author_role,
    country,
    city,
    show_city,
    photo,
    kept_photo,
    blur_requested,
    photo_alt,
    video_url,
    noindex,
    contact_email,
    consent_text,
    submission_key,
):
    """Store a new story with its photo, newly sent or kept from an earlier try of the form;
    a resent form returns the story it already stored."""
    token = management_token(submission_key)
    try:
        existing = Story.objects.filter(submission_key=submission_key).first()
    except DatabaseError as exc:
        raise database_lost() from exc
    if existing:
        return Submitted(story=existing, token=token, is_new=False)

    try:
        new_files = store_photo(photo) if photo else []
    except Exception as exc:
        # store_photo has removed what it wrote; the reason goes to the log, not to the visitor.
        logger.exception("The media storage refused the photo of a new story.")
        raise NotStored("photo") from exc
    # Only files written here are removed on failure: a kept photo's stay with its slot.
    photo_files = new_files or (kept_photo.files if kept_photo else [])
    photo = photo or kept_photo
    story = Story(
        campaign=campaign,
        language=language,
        author_display=author_display,
        author_name=author_name,
        author_role=author_role,
        country=country,
        city=city,
        show_city=show_city,
        photo_alt=photo_alt,
        photo_width=photo.width if photo else None,
        photo_height=photo.height if photo else None,
        photo_files=photo_files,
        blur_requested=blur_requested,
        faces=list(photo.faces) if photo else [],
        face_detection=photo.face_detection if photo else "",
        video_url=video_url,
        noindex=noindex,
        consent_text=consent_text,
        consented_at=timezone.now(),
        contact_email=contact_email,
        management_token_hash=hash_token(token),
        submission_key=submission_key,
    )
    setattr(story, f"title_{language}", title)
    setattr(story, f"body_{language}", body)
    story.submitted_title, story.submitted_body = title, body
    try:
        with transaction.atomic():
            story.full_clean()
            story.save()
            story.themes.set(themes)
            if kept_photo is not None and not take_kept_photo(kept_photo):
                raise NotStored("kept_photo")
            screen_story(story)
    except IntegrityError:
        # The same form arrived twice at once: the other request stored it.
        discard_photo_files(new_files)
        existing = Story.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return Submitted(story=existing, token=token, is_new=False)
    except DatabaseError as exc:
        discard_photo_files(new_files)
        raise database_lost() from exc
    except BaseException:
        discard_photo_files(new_files)
        raise
    return Submitted(story=story, token=token, is_new=True)


def take_kept_photo(slot):
    """Delete the slot whose files the story now names, in the story's transaction; False if
    it expired or went meanwhile (then `purge` deletes, or has deleted, its files)."""
    deleted, _ = KeptPhoto.objects.filter(pk=slot.pk, created_at__gte=kept_since()).delete()
    return bool(deleted)


def close_broken_connection():
    """Drop a connection the database broke, so that the answer is drawn on a new one."""
    if connection.connection is not None and not connection.is_usable():
        connection.close()


def database_lost():
    """Log a failed write and drop a broken connection."""
    logger.exception("The database refused a new story.")
    close_broken_connection()
    return NotStored("story")
