import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.models import Campaign
from stories.models import Story

from .screening import Kind


class ScreeningFinding(models.Model):
    """Something the screening found in a story, by kind and position; never the text itself."""

    Kind = Kind

    class Field(models.TextChoices):
        TITLE = "title", _("title")
        BODY = "body", _("story")

    story = models.ForeignKey(
        Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="findings"
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    field = models.CharField(_("field"), max_length=5, choices=Field.choices)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    found_at = models.DateTimeField(_("found"), auto_now_add=True)

    class Meta:
        verbose_name = _("screening finding")
        verbose_name_plural = _("screening findings")
        ordering = ["story", "field", "start"]
        indexes = [models.Index(fields=["kind", "story"])]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.language} {self.field} {self.start}–{self.end})"


class LexiconEntry(models.Model):
    """A slur or xenophobic phrase added by a moderator, screened for from the next save on."""

    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    phrase = models.CharField(
        _("phrase"),
        max_length=200,
        help_text=_(
            "As people say it. (a|b) for alternatives, * for any ending, a leading * to find it "
            "inside longer words and hashtags, (es)? for an optional part."
        ),
    )
    example = models.CharField(
        _("example sentence"),
        max_length=300,
        help_text=_("A sentence the phrase must be found in, to check that it works."),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("lexicon entry")
        verbose_name_plural = _("lexicon entries")
        ordering = ["language", "phrase"]
        constraints = [
            models.UniqueConstraint(fields=["language", "phrase"], name="one_lexicon_phrase")
        ]

    def __str__(self):
        return self.phrase

    def clean(self):
        from .lexicon import PhraseError, phrase_pattern
        from .normalise import letters

        try:
            pattern = re.compile(phrase_pattern(self.phrase))
        except (PhraseError, re.error) as exc:
            raise ValidationError(
                {"phrase": _("This phrase is not written as the help text shows.")}
            ) from exc
        if not pattern.search(letters(self.example).text):
            raise ValidationError(
                {"example": _("The phrase is not found in this sentence: check both.")}
            )


class EnrolmentLinkQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class EnrolmentLink(models.Model):
    """A one-time link an administrator gives a staff member to set up two-step verification.

    With REQUIRE_2FA, only its holder can enrol an authenticator for the account: a password
    alone, however it was learnt, is not enough. Only the link's SHA-256 is kept.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="enrolment_links",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    objects = EnrolmentLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("two-step enrolment link")
        verbose_name_plural = _("two-step enrolment links")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.user} · {self.created_at:%Y-%m-%d}"


class Assignment(models.Model):
    """A staff member who moderates the stories of a campaign."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        on_delete=models.CASCADE,
        related_name="moderator_assignments",
    )
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="moderator_assignments",
    )

    class Meta:
        verbose_name = _("moderator of a campaign")
        verbose_name_plural = _("moderators of campaigns")
        constraints = [
            models.UniqueConstraint(fields=["user", "campaign"], name="one_assignment_per_campaign")
        ]

    def __str__(self):
        return f"{self.user} → {self.campaign}"


class DecisionQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit trail is append-only.")

    def delete(self):
        raise PermissionError("The audit trail is append-only.")

    def erase_text(self):
        """Blank the notes and redaction texts, when the story they quote is erased.

        The one change the trail allows: who decided what, and when, stays.
        """
        text = ~models.Q(note="") | ~models.Q(before={}) | ~models.Q(after={})
        return models.QuerySet.update(self.filter(text), note="", before={}, after={})


class Decision(models.Model):
    """One entry of the audit trail: who decided what on a story, when and why. Never changed."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("approved")
        REJECT = "reject", _("rejected")
        HOLD = "hold", _("held for protection")
        FEATURE = "feature", _("featured")
        UNFEATURE = "unfeature", _("unfeatured")
        REDACT = "redact", _("redacted")
        EDIT = "edit", _("edited")
        TRANSLATE = "translate", _("translations started")
        RELEASE = "release", _("hold released")
        TAKE_DOWN = "take_down", _("taken down")
        REMOVE_PHOTO = "rm_photo", _("photo removed")
        FACES = "faces", _("faces blurred or boxes removed")

    story = models.ForeignKey(
        Story, verbose_name=_("story"), on_delete=models.PROTECT, related_name="decisions"
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        on_delete=models.PROTECT,
        related_name="moderation_decisions",
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    reason = models.CharField(
        _("reason"), max_length=20, choices=Story.RejectionReason.choices, blank=True
    )
    note = models.TextField(_("note"), blank=True)
    before = models.JSONField(_("before"), default=dict, blank=True)
    after = models.JSONField(_("after"), default=dict, blank=True)
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")
        ordering = ["-decided_at", "-id"]

    def __str__(self):
        return f"{self.get_action_display()} · {self.story_id} · {self.moderator}"

    def save(self, *args, **kwargs):
        if self.pk:
            raise PermissionError("The audit trail is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit trail is append-only.")


class Digest(models.Model):
    """When a campaign's moderators were last told about new submissions."""

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="digests"
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)
    story_count = models.PositiveIntegerField(_("new stories"))

    class Meta:
        verbose_name = _("moderators' digest")
        verbose_name_plural = _("moderators' digests")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.campaign} · {self.sent_at:%Y-%m-%d %H:%M}"
