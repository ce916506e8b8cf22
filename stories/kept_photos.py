"""A photo kept for an hour while its form is corrected, so that nobody uploads it twice.

When a form with a good photo comes back with an error, the photo's web sizes (already
re-encoded without metadata: the upload itself is never stored) are written under a random
name that no page links to, and a KeptPhoto row names them. The form carries the slot's key in
a hidden field; the slot belongs to the submission key inside the form's signed token, so a key
alone, or a key with another form, claims nothing. Only the key's hash is stored.

A slot ends when its story is stored (the story takes its files), when the author removes or
replaces the photo, or after an hour: `purge` deletes expired slots and their files.
"""

import base64
import logging
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from somos.images import (
    delete_photo_files,
    discard_photo_files,
    jpeg_sizes,
    largest_jpeg,
    read_file,
    remake_photo,
    store_photo,
)

from .models import KeptPhoto, hash_token

logger = logging.getLogger(__name__)

KEEP_FOR = timedelta(hours=1)


def keep_photo(prepared, submission_key, *, blur_requested=False):
    """Store a prepared photo in a new slot of this form; return the slot and its key.

    Raises what the storage raised, having removed what was written.
    """
    files = store_photo(prepared)
    key = secrets.token_urlsafe(32)
    try:
        slot = KeptPhoto.objects.create(
            key_hash=hash_token(key),
            submission_key=submission_key,
            files=files,
            width=prepared.width,
            height=prepared.height,
            faces=list(prepared.faces),
            face_detection=prepared.face_detection,
            blur_requested=blur_requested,
        )
    except BaseException:
        discard_photo_files(files)
        raise
    # A form keeps one photo at most, however often it is sent.
    for older in KeptPhoto.objects.filter(submission_key=submission_key).exclude(pk=slot.pk):
        release(older)
    return slot, key


def blur_kept(slot):
    """The kept photo with its faces looked for and blurred, made from its largest size, in a
    new slot of the same form; the old slot goes. Returns the new slot and its key."""
    prepared = remake_photo(read_file(largest_jpeg(slot.files)))
    blurred, key = keep_photo(prepared, slot.submission_key, blur_requested=True)
    release(slot)
    return blurred, key


def find_kept(key, submission_key):
    """The unexpired slot with this key that belongs to this form, or None."""
    if not key or not submission_key:
        return None
    return KeptPhoto.objects.filter(
        key_hash=hash_token(key),
        submission_key=submission_key,
        created_at__gte=kept_since(),
    ).first()


def kept_since():
    """Slots made before this have expired."""
    return timezone.now() - KEEP_FOR


def release(slot):
    """Delete a slot that is no longer wanted, and its files; failures are only logged."""
    if slot is None:
        return
    deleted, _ = KeptPhoto.objects.filter(pk=slot.pk).delete()
    if deleted:
        discard_photo_files(slot.files)


def expired_kept_photos():
    return KeptPhoto.objects.filter(created_at__lt=kept_since()).order_by("pk")


def delete_expired():
    """Delete the slots older than an hour and their files; return how many went."""
    count = 0
    for slot in expired_kept_photos():
        try:
            with transaction.atomic():
                deleted, _ = KeptPhoto.objects.filter(pk=slot.pk).delete()
                # None when a story took the slot meanwhile: its files are the story's now.
                if deleted:
                    delete_photo_files(slot.files)
        except Exception:
            logger.exception("Could not delete an expired kept photo; the next purge will.")
            continue
        count += 1
    return count


def preview(slot):
    """The slot's smallest JPEG as a data: address, so that no address of the file is shown;
    empty if the storage cannot be read."""
    jpegs = jpeg_sizes(slot.files)
    if not jpegs:
        return ""
    smallest = jpegs[0]
    try:
        content = read_file(smallest["name"])
    except Exception:
        logger.exception("Could not read a kept photo for its preview.")
        return ""
    return "data:image/jpeg;base64," + base64.b64encode(content).decode()
