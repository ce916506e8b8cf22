"""Moderators' decisions on stories: each one a single transaction that leaves an audit entry.

Every write to a story from the admin comes through here: decisions, edits and translations.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stories.models import Story

from .models import Decision
from .notifications import notify_author
from .screening import screen_story


class DecisionConflict(Exception):
    """Another moderator decided on the story first."""


class OpenFlags(Exception):
    """The story has screening findings; approving it needs an explicit confirmation."""


UNDECIDED = (Story.Status.SUBMITTED, Story.Status.HELD)
EDITABLE = (Story.Status.SUBMITTED, Story.Status.HELD, Story.Status.APPROVED, Story.Status.REJECTED)


def _locked(story, moderator, *, allowed):
    """The story, locked for this decision, after checking who may decide and on what."""
    if not Story.objects.for_moderator(moderator).filter(pk=story.pk).exists():
        raise PermissionDenied
    locked = Story.objects.select_for_update().get(pk=story.pk)
    if locked.status not in allowed:
        raise DecisionConflict(
            _("Another moderator has already decided on “%(title)s”.")
            % {"title": locked.original_title or locked.pk}
        )
    return locked


@transaction.atomic
def approve(*, story, moderator, flags_confirmed=False):
    """Publish the story now; with open screening flags only once they are confirmed."""
    story = _locked(story, moderator, allowed=UNDECIDED)
    if story.findings.exists() and not flags_confirmed:
        raise OpenFlags
    story.status = Story.Status.APPROVED
    story.published_at = timezone.now()
    story.rejection_reason = ""
    story.save()
    notify_author(story)
    return Decision.objects.create(story=story, moderator=moderator, action=Decision.Action.APPROVE)


@transaction.atomic
def reject(*, story, moderator, reason, note=""):
    """Keep the story off the site, with a reason the author will see."""
    if reason not in Story.RejectionReason.values:
        raise ValueError(f"unknown reason {reason!r}")
    story = _locked(story, moderator, allowed=UNDECIDED)
    story.status = Story.Status.REJECTED
    story.rejection_reason = reason
    story.note_to_author = note
    story.save()
    notify_author(story)
    return Decision.objects.create(
        story=story, moderator=moderator, action=Decision.Action.REJECT, reason=reason, note=note
    )


@transaction.atomic
def hold_for_protection(*, story, moderator, note=""):
    """Keep a story whose author may be in danger aside; the author sees only "under review"."""
    story = _locked(story, moderator, allowed=(Story.Status.SUBMITTED,))
    story.status = Story.Status.HELD
    story.save()
    return Decision.objects.create(
        story=story, moderator=moderator, action=Decision.Action.HOLD, note=note
    )


@transaction.atomic
def set_featured(*, story, moderator, featured):
    story = _locked(story, moderator, allowed=(Story.Status.APPROVED,))
    story.featured = featured
    story.save()
    action = Decision.Action.FEATURE if featured else Decision.Action.UNFEATURE
    return Decision.objects.create(story=story, moderator=moderator, action=action)


@transaction.atomic
def edit(*, story, moderator, changes, themes=None):
    """Save a moderator's changes to the story's fields (and themes), and screen it again.

    A change of the public title or text is a redaction: what it was and what it became go into
    the audit trail. Other changes are recorded by the names of the fields changed.
    """
    locked = _locked(story, moderator, allowed=EDITABLE)
    before = {"title": locked.original_title, "body": locked.original_body}
    for field, value in changes.items():
        setattr(locked, field, value)
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
