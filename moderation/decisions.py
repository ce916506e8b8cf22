"""Moderators' decisions on stories: each one a single transaction that leaves an audit entry.

Every write to a story from the admin comes through here: decisions, edits and translations.

Faces: a moderator may blur faces on a story's photo before it is published, whether or not the
author asked (a child in the background), drawing a box where the detector found none, and may
take off the list a box that is no face. The original photo is never stored, so every web size
is made again from the largest stored one: a little softer for being re-encoded, which is the
price of never keeping the original. A blurred face stays blurred.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from somos.images import (
    discard_photo_files,
    largest_jpeg,
    read_file,
    remake_photo,
    store_photo,
)
from somos.pagecache import HOME
from stories.models import Story
from stories.withdrawal import delete_story_files

from .models import Decision
from .notifications import notify_author
from .screening import Kind, screen_story


class DecisionConflict(Exception):
    """The story is not in the state the decision needs: another moderator decided first, the
    author withdrew it, it is held, or it changed since the moderator opened it."""


class OpenFlags(Exception):
    """The story has screening findings; approving it needs an explicit confirmation."""


UNDECIDED = (Story.Status.SUBMITTED, Story.Status.HELD)
EDITABLE = (Story.Status.SUBMITTED, Story.Status.HELD, Story.Status.APPROVED, Story.Status.REJECTED)


def _locked(story, moderator, *, allowed, version=None):
    """The story, locked and read again for this decision, after checking who may decide and
    that it is still in a state the decision applies to.

    `version`: the story's `updated_at` when the moderator opened it; the decision is refused if
    it changed since.
    """
    if not Story.objects.for_moderator(moderator).filter(pk=story.pk).exists():
        raise PermissionDenied
    locked = Story.objects.select_for_update().get(pk=story.pk)
    if locked.status == Story.Status.WITHDRAWN:
        raise DecisionConflict(
            _("Story %(id)s was withdrawn by its author: nothing more can be done with it.")
            % {"id": locked.pk}
        )
    if locked.status == Story.Status.HELD and Story.Status.HELD not in allowed:
        raise DecisionConflict(
            _("“%(title)s” is held for the author's protection: release the hold first.")
            % {"title": locked.original_title or locked.pk}
        )
    if locked.status not in allowed:
        raise DecisionConflict(
            _("Another moderator has already decided on “%(title)s”.")
            % {"title": locked.original_title or locked.pk}
        )
    if version is not None and locked.updated_at != version:
        raise DecisionConflict(
            _("“%(title)s” changed while you had it open. Nothing was saved: check it again.")
            % {"title": locked.original_title or locked.pk}
        )
    return locked


@transaction.atomic
def approve(*, story, moderator, flags_confirmed=False):
    """Publish the story now; with open screening flags only once they are confirmed.

    A held story is refused: its hold is released first, by a decision of its own.
    """
    story = _locked(story, moderator, allowed=(Story.Status.SUBMITTED,))
    if story.findings.filter(language__in=story.published_languages).exists() and not (
        flags_confirmed
    ):
        raise OpenFlags
    story.status = Story.Status.APPROVED
    story.published_at = timezone.now()
    story.rejection_reason = ""
    # Publishing only adds: the pages that show the story directly are dropped, not every page.
    story.save(
        update_fields=["status", "published_at", "rejection_reason", "updated_at"],
        drops=story.pages_showing_it_directly(),
    )
    notify_author(story)
    return Decision.objects.create(story=story, moderator=moderator, action=Decision.Action.APPROVE)


@transaction.atomic
def reject(*, story, moderator, reason, note=""):
    """Keep the story off the site, with a reason the author will see."""
    if reason not in Story.RejectionReason.values:
        raise ValueError(f"unknown reason {reason!r}")
    story = _locked(story, moderator, allowed=(Story.Status.SUBMITTED,))
    story.status = Story.Status.REJECTED
    story.rejection_reason = reason
    story.note_to_author = note
    story.save(update_fields=["status", "rejection_reason", "note_to_author", "updated_at"])
    notify_author(story)
    return Decision.objects.create(
        story=story, moderator=moderator, action=Decision.Action.REJECT, reason=reason, note=note
    )


@transaction.atomic
def hold_for_protection(*, story, moderator, note=""):
    """Keep a story whose author may be in danger aside; the author sees only "under review"."""
    story = _locked(story, moderator, allowed=(Story.Status.SUBMITTED,))
    story.status = Story.Status.HELD
    story.save(update_fields=["status", "updated_at"])
    return Decision.objects.create(
        story=story, moderator=moderator, action=Decision.Action.HOLD, note=note
    )


@transaction.atomic
def release_hold(*, story, moderator, note):
    """Put a held story back in the queue; the reason is required and kept in the trail."""
    if not note.strip():
        raise ValueError("releasing a hold needs a reason")
    story = _locked(story, moderator, allowed=(Story.Status.HELD,))
    story.status = Story.Status.SUBMITTED
    story.save(update_fields=["status", "updated_at"])
    return Decision.objects.create(
        story=story, moderator=moderator, action=Decision.Action.RELEASE, note=note
    )


@transaction.atomic
def take_down(*, story, moderator, reason, note="", for_protection=False):
    """Take a published story off the site at once.

    For the author's protection it is held, and the author hears nothing; otherwise it is
    rejected with the reason, and the author is told in their language.
    """
    if not for_protection and reason not in Story.RejectionReason.values:
        raise ValueError(f"unknown reason {reason!r}")
    story = _locked(story, moderator, allowed=(Story.Status.APPROVED,))
    story.featured = False
    if for_protection:
        story.status = Story.Status.HELD
        story.save(update_fields=["status", "featured", "updated_at"])
    else:
        story.status = Story.Status.REJECTED
        story.rejection_reason = reason
        story.note_to_author = note
        story.save(
            update_fields=["status", "featured", "rejection_reason", "note_to_author", "updated_at"]
        )
        notify_author(story)
    return Decision.objects.create(
        story=story,
        moderator=moderator,
        action=Decision.Action.TAKE_DOWN,
        reason="" if for_protection else reason,
        note=note,
        after={"for_protection": for_protection},
    )


@transaction.atomic
def remove_photo(*, story, moderator, note=""):
    """Delete the story's photo, every size of it and its share card; the story stays.

    Files go first: if the storage fails, nothing changes and the moderator can try again.
    """
    story = _locked(story, moderator, allowed=EDITABLE)
    delete_story_files(story)
    story.photo_alt = ""
    story.save(update_fields=[*story.forget_photo(), "photo_alt", "updated_at"])
    return Decision.objects.create(
        story=story, moderator=moderator, action=Decision.Action.REMOVE_PHOTO, note=note
    )


@transaction.atomic
def set_featured(*, story, moderator, featured):
    story = _locked(story, moderator, allowed=(Story.Status.APPROVED,))
    story.featured = featured
    # The home page lists featured stories: it changes either way.
    story.save(
        update_fields=["featured", "updated_at"],
        drops=(*story.pages_showing_it_directly(), HOME),
    )
    action = Decision.Action.FEATURE if featured else Decision.Action.UNFEATURE
    return Decision.objects.create(story=story, moderator=moderator, action=action)


@transaction.atomic
def edit(*, story, moderator, changes, themes=None, version=None):
    """Save a moderator's changes to the story's fields (and themes), and screen it again.

    Only the changed fields are written, and only if the story did not change since `version`.
    A change of the public title or text is a redaction: what it was and what it became go into
    the audit trail, and reviewed translations go back to drafts, to be checked against it.
    Other changes are recorded by the names of the fields changed.
    """
    locked = _locked(story, moderator, allowed=EDITABLE, version=version)
    before = {"title": locked.original_title, "body": locked.original_body}
    for field, value in changes.items():
        setattr(locked, field, value)
    redacted = (locked.original_title, locked.original_body) != (before["title"], before["body"])
    if redacted and "translation_status" not in changes:
        locked.translation_status = dict.fromkeys(locked.translation_status, "draft")
        changes = {**changes, "translation_status": locked.translation_status}
    if changes:
        locked.save(update_fields=[*changes, "updated_at"])
    if themes is not None:
        locked.themes.set(themes)
    after = {"title": locked.original_title, "body": locked.original_body}
    record_redaction(story=locked, moderator=moderator, before=before, after=after)
    text_fields = {f"{name}_{locked.language}" for name in ("title", "body")}
    other = sorted(set(changes) - text_fields) + (["themes"] if themes is not None else [])
    if other:
        Decision.objects.create(
            story=locked, moderator=moderator, action=Decision.Action.EDIT, after={"fields": other}
        )
    screen_story(locked)
    return locked


@transaction.atomic
def start_translations(*, story, moderator):
    """Copy the public (redacted) text into every language that has none, as drafts.

    Returns the languages started.
    """
    locked = _locked(story, moderator, allowed=EDITABLE)
    started = [
        code
        for code, _name in settings.LANGUAGES
        if code != locked.language and not getattr(locked, f"title_{code}")
    ]
    if not started:
        return []
    changed = ["translation_status", "updated_at"]
    for code in started:
        setattr(locked, f"title_{code}", locked.original_title)
        setattr(locked, f"body_{code}", locked.original_body)
        locked.translation_status[code] = "draft"
        changed += [f"title_{code}", f"body_{code}"]
    locked.save(update_fields=changed)
    Decision.objects.create(
        story=locked,
        moderator=moderator,
        action=Decision.Action.TRANSLATE,
        after={"languages": started},
    )
    return started


# What replaces a finding redacted in one click, in the language of the text it is in.
REDACTION_LABELS = {
    Kind.PHONE: gettext_lazy("[phone number removed]"),
    Kind.EMAIL: gettext_lazy("[e-mail address removed]"),
    Kind.ID_NUMBER: gettext_lazy("[identity number removed]"),
    Kind.LINK: gettext_lazy("[link removed]"),
    Kind.INSULT: gettext_lazy("[insult removed]"),
    Kind.ADDRESS: gettext_lazy("[address removed]"),
}


@transaction.atomic
def redact_finding(*, story, moderator, finding):
    """Replace what a finding matched with a bracketed label, in every language version.

    The words matched are replaced wherever they appear in the story's title and text, each
    language getting the label in its own words; the author's original stays for the record.
    Reviewed translations in which the screening still finds something go back to drafts.
    """
    locked = _locked(story, moderator, allowed=EDITABLE)
    text = getattr(locked, f"{finding.field}_{finding.language}") or ""
    matched = text[finding.start : finding.end]
    current = locked.findings.filter(
        pk=finding.pk, start=finding.start, end=finding.end, field=finding.field
    )
    if not matched.strip() or not current.exists():
        raise DecisionConflict(
            _("“%(title)s” changed since it was screened. Nothing was saved: check it again.")
            % {"title": locked.original_title or locked.pk}
        )
    before = {"title": locked.original_title, "body": locked.original_body}
    changed = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            label = str(REDACTION_LABELS[finding.kind])
        for field in ("title", "body"):
            name = f"{field}_{code}"
            value = getattr(locked, name) or ""
            if matched in value:
                setattr(locked, name, value.replace(matched, label))
                changed.append(name)
    locked.save(update_fields=[*changed, "updated_at"])
    record_redaction(
        story=locked,
        moderator=moderator,
        before=before,
        after={"title": locked.original_title, "body": locked.original_body},
    )
    screen_story(locked)
    still_found = set(locked.findings.values_list("language", flat=True))
    reviewed = {code for code, status in locked.translation_status.items() if status == "reviewed"}
    if reviewed & still_found:
        for code in reviewed & still_found:
            locked.translation_status[code] = "draft"
        locked.save(update_fields=["translation_status", "updated_at"])
    return locked


def record_redaction(*, story, moderator, before, after):
    """Note in the audit trail how a moderator changed the public title or text."""
    changed = {field for field in before if before[field] != after.get(field)}
    if not changed:
        return None
    return Decision.objects.create(
        story=story,
        moderator=moderator,
        action=Decision.Action.REDACT,
        before={field: before[field] for field in sorted(changed)},
        after={field: after[field] for field in sorted(changed)},
    )


MAX_DRAWN = 100


class BadFaces(ValueError):
    """The boxes sent do not describe faces on this photo."""


def face_box(value):
    """A box drawn by a moderator, as fractions of the photo: [x0, y0, x1, y1]."""
    try:
        x0, y0, x1, y1 = (min(1.0, max(0.0, float(v))) for v in value)
    except (TypeError, ValueError) as exc:
        raise BadFaces(value) from exc
    if x1 - x0 < 0.005 or y1 - y0 < 0.005:
        raise BadFaces(value)
    return [round(x0, 4), round(y0, 4), round(x1, 4), round(y1, 4)]


@transaction.atomic
def change_faces(*, story, moderator, blur=(), remove=(), added=(), version=None):
    """Blur listed faces (`blur`, their positions in `story.faces`) and drawn ones (`added`,
    boxes in fractions), and take off the list boxes that are no face (`remove`), before the
    story is published. Every size of the photo is made again from the largest stored one,
    with the new faces blurred; the old files go once the change is committed.
    """
    story = _locked(story, moderator, allowed=UNDECIDED, version=version)
    if not story.photo_files:
        raise DecisionConflict(_("This story has no photo any more."))
    faces = [dict(face) for face in story.faces]
    if any(not 0 <= i < len(faces) for i in (*blur, *remove)):
        raise DecisionConflict(
            _("The faces of this photo changed while you had it open. Check them again.")
        )
    if len(added) > MAX_DRAWN:
        raise BadFaces(added)
    new = [{"box": face_box(box), "blurred": True, "drawn": True} for box in added]
    to_blur = [faces[i] for i in sorted(set(blur)) if not faces[i]["blurred"]] + new
    removed = {i for i in remove if not faces[i]["blurred"] and i not in blur}
    if not to_blur and not removed:
        return None
    listed = len(faces)
    for face in to_blur:
        face["blurred"] = True
    faces = [face for i, face in enumerate(faces) if i not in removed] + new
    fields = ["faces"]
    new_files = []
    if to_blur:
        old_files = story.photo_files
        prepared = remake_photo(read_file(largest_jpeg(old_files)), blur=to_blur, faces=faces)
        new_files = store_photo(prepared)
        story.photo_files = new_files
        story.photo_width, story.photo_height = prepared.width, prepared.height
        fields += ["photo_files", "photo_width", "photo_height"]
        # The old sizes, with the faces unblurred, go as soon as the change is committed.
        transaction.on_commit(lambda: discard_photo_files(old_files))
    story.faces = faces
    try:
        story.save(update_fields=[*fields, "updated_at"])
        return Decision.objects.create(
            story=story,
            moderator=moderator,
            action=Decision.Action.FACES,
            before={"faces": listed},
            after={"blurred": len(to_blur), "drawn": len(new), "removed": len(removed)},
        )
    except BaseException:
        discard_photo_files(new_files)
        raise
