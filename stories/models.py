import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from campaigns.countries import COUNTRIES
from campaigns.models import Campaign
from somos.images import WebImage
from somos.pagecache import (
    CAMPAIGNS,
    HOME,
    REMOVALS,
    STORIES,
    InvalidatesPages,
    page_of_story,
    pages_of_campaign,
)

from .text import opening_words


class Theme(InvalidatesPages, models.Model):
    dropped_by_changes = (REMOVALS, CAMPAIGNS)

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=60)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name


class ConsentTextQuerySet(models.QuerySet):
    def current(self, language):
        """The newest consent text in the language, or in Spanish when it has none."""
        for code in (language, settings.LANGUAGE_CODE):
            text = self.filter(language=code).order_by("-version").first()
            if text:
                return text
        return None


class ConsentText(models.Model):
    """The wording a storyteller agrees to. Once agreed to, a version is never rewritten."""

    version = models.CharField(
        _("version"), max_length=20, help_text=_("For example 2026-11. A newer version wins.")
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    publication = models.TextField(_("consent to publication"))
    photo_rights = models.TextField(_("rights to the photo"))
    age = models.TextField(_("age or guardian's consent"))
    privacy_notice = models.TextField(_("short privacy notice"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ConsentTextQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        ordering = ["-version", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "language"], name="one_consent_text_per_version_and_language"
            )
        ]

    def __str__(self):
        return f"{self.version} ({self.language})"

    def save(self, *args, **kwargs):
        self.refuse_rewriting()
        super().save(*args, **kwargs)

    def clean(self):
        self.refuse_rewriting()

    def refuse_rewriting(self):
        if self.pk and Story.objects.filter(consent_text_id=self.pk).exists():
            raise ValidationError(
                _("Storytellers have agreed to this version. Write a new version instead.")
            )


def hash_token(token):
    """The form in which a management token is stored: its SHA-256, in hexadecimal."""
    return hashlib.sha256(token.encode()).hexdigest()


LANGUAGE_IN_A_SENTENCE = {
    "es": pgettext_lazy("language name within a sentence", "Spanish"),
    "en": pgettext_lazy("language name within a sentence", "English"),
    "pt": pgettext_lazy("language name within a sentence", "Portuguese"),
    "pap": pgettext_lazy("language name within a sentence", "Papiamentu"),
}


def reviewed_into(language):
    """The condition of Story.has_reviewed_translation, as a query. On PostgreSQL it is asked
    as containment, which the index of translation statuses answers."""
    if connection.vendor == "postgresql":
        marked = models.Q(translation_status__contains={language: "reviewed"})
    else:
        marked = models.Q(**{f"translation_status__{language}": "reviewed"})
    return (
        marked
        & models.Q(**{f"title_{language}__gt": ""})
        & models.Q(**{f"body_{language}__gt": ""})
    )


class StoryQuerySet(models.QuerySet):
    def published(self):
        """Stories visitors may see: approved, with a publication date that has come, in a
        campaign that is shown to visitors."""
        return self.approved_in_shown_campaigns().whose_date_has_come()

    def approved_in_shown_campaigns(self):
        """published() but for the publication date, the one condition that changes by itself:
        a query of it may be built once and reused (stories.listing)."""
        return self.filter(status=Story.Status.APPROVED, campaign__is_active=True)

    def whose_date_has_come(self):
        return self.filter(published_at__lte=timezone.now())

    def in_listing_order(self):
        """Featured first, then newest."""
        return self.order_by("-featured", "-published_at", "-pk")

    def readable_in(self, language):
        """Stories written in the language or with a reviewed translation into it."""
        return self.filter(models.Q(language=language) | reviewed_into(language))

    def not_readable_in(self, language):
        """Stories a visitor of this language would read in another one. Named by their
        languages, so that the language index finds them when there are few."""
        others = [code for code, _name in settings.LANGUAGES if code != language]
        return self.filter(language__in=others).exclude(reviewed_into(language))

    def as_references(self):
        """Only each story's id, version and campaign, as rows rather than stories: enough to
        find its kept card (cards_for) or page."""
        return self.values_list("pk", "updated_at", "campaign_id", named=True)

    def for_cards(self):
        """What a listing of cards reads: references when cards are kept, since only stories
        whose cards are not kept are read again in full (cards_for), else the stories in full."""
        return self.as_references() if settings.PAGE_PARTS_CACHE_SECONDS else self.for_visitors()

    def for_visitors(self):
        """Without what no public page shows: how to reach the author, the text as sent,
        moderators' notes and the photo's face boxes stay in the database."""
        return self.defer(*NOT_SHOWN_TO_VISITORS)

    def by_management_token(self, token):
        return self.filter(management_token_hash=hash_token(token))

    def for_moderator(self, user):
        """The stories a staff member may see and act on: those of their own campaigns."""
        if user.is_superuser:
            return self
        return self.filter(campaign__moderator_assignments__user=user).distinct()


# Fields of a story that public pages never read (StoryQuerySet.for_visitors).
NOT_SHOWN_TO_VISITORS = (
    "submitted_title",
    "submitted_body",
    "blur_requested",
    "face_detection",
    "faces",
    "rejection_reason",
    "note_to_author",
    "consent_text",
    "consented_at",
    "contact_email",
    "management_token_hash",
    "submission_key",
)


class Story(InvalidatesPages, models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("submitted")
        HELD = "held", _("held for protection")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        WITHDRAWN = "withdrawn", _("withdrawn")

    class RejectionReason(models.TextChoices):
        PERSONAL_DATA = "personal_data", _("It contains personal data")
        HATE = "hate", _("It contains hate or insults")
        NOT_TESTIMONY = "not_testimony", _("It is not a testimony")
        SPAM = "spam", _("Spam")
        DUPLICATE = "duplicate", _("It repeats another story")
        OTHER = "other", _("Another reason")

    class AuthorDisplay(models.TextChoices):
        FULL_NAME = "full_name", _("My full name")
        FIRST_NAME = "first_name", _("My first name only")
        ANONYMOUS = "anonymous", _("Anonymous")

    class AuthorRole(models.TextChoices):
        MIGRANT = "migrant", pgettext_lazy("author role", "migrant")
        REFUGEE = "refugee", pgettext_lazy("author role", "refugee")
        HOST_COMMUNITY = "host_community", pgettext_lazy("author role", "host community")
        OTHER = "other", pgettext_lazy("author role", "other")

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.PROTECT, related_name="stories"
    )
    language = models.CharField(
        _("original language"), max_length=5, choices=settings.LANGUAGES, default="es"
    )
    title = models.CharField(_("title"), max_length=120, blank=True)
    body = models.TextField(_("story"), blank=True)
    # Per language other than the original: "draft" or "reviewed". Only reviewed ones are shown.
    translation_status = models.JSONField(_("translation status"), default=dict, blank=True)
    # As the author sent them, kept for the record while moderators redact the public text.
    submitted_title = models.CharField(_("submitted title"), max_length=120, blank=True)
    submitted_body = models.TextField(_("submitted story"), blank=True)

    author_display = models.CharField(
        _("how the author is named"),
        max_length=12,
        choices=AuthorDisplay.choices,
        default=AuthorDisplay.ANONYMOUS,
    )
    author_name = models.CharField(_("author's name"), max_length=80, blank=True)
    author_role = models.CharField(
        _("author's role"), max_length=20, choices=AuthorRole.choices, blank=True
    )
    country = models.CharField(
        _("country of residence"), max_length=2, choices=COUNTRIES, blank=True
    )
    city = models.CharField(_("city"), max_length=80, blank=True)
    show_city = models.BooleanField(_("show the city"), default=True)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True)

    photo_alt = models.CharField(_("photo description"), max_length=250, blank=True)
    photo_width = models.PositiveIntegerField(_("photo width"), null=True, blank=True)
    photo_height = models.PositiveIntegerField(_("photo height"), null=True, blank=True)
    # Every stored file made from the photo: [{"name", "width", "height", "format"}, ...].
    photo_files = models.JSONField(_("photo files"), default=list, blank=True)
    blur_requested = models.BooleanField(_("author asked to blur faces"), default=False)
    # "found", "none" or "failed" once faces were looked for; see somos.faces.
    face_detection = models.CharField(_("face detection"), max_length=10, blank=True)
    # Faces in the photo, in fractions of its width and height:
    # [{"box": [x0, y0, x1, y1], "blurred": bool}, ...]. A blurred face stays blurred.
    faces = models.JSONField(_("faces"), default=list, blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    noindex = models.BooleanField(_("ask search engines not to index"), default=False)
    is_sample = models.BooleanField(
        _("sample"), default=False, help_text=_("Invented for the demonstration.")
    )
    # The stored share image, named after what it shows so a change makes a new one.
    share_image = models.CharField(max_length=200, blank=True, editable=False)

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED
    )
    featured = models.BooleanField(_("featured"), default=False)
    rejection_reason = models.CharField(
        _("reason for not publishing"), max_length=20, choices=RejectionReason.choices, blank=True
    )
    note_to_author = models.TextField(_("note to the author"), blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    consent_text = models.ForeignKey(
        ConsentText,
        verbose_name=_("consent text agreed to"),
        on_delete=models.PROTECT,
        related_name="stories",
        null=True,
        blank=True,
    )
    consented_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    contact_email = models.EmailField(_("private contact e-mail"), blank=True)
    management_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # Carried by the form, so a double click or a resent form stores one story.
    submission_key = models.CharField(max_length=36, unique=True, editable=False)

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-submitted_at"]
        indexes = [
            models.Index(
                fields=["campaign", "status", "-featured", "-published_at", "-id"],
                name="story_campaign_listing",
            ),
            models.Index(
                fields=["status", "-featured", "-published_at", "-id"], name="story_listing"
            ),
            # A campaign's stories by country or by who wrote them: a filter that matches few of
            # many stories is found without reading them all.
            models.Index(
                fields=["campaign", "country", "status", "-featured", "-published_at", "-id"],
                name="story_campaign_country",
            ),
            models.Index(
                fields=["campaign", "author_role", "status", "-featured", "-published_at", "-id"],
                name="story_campaign_role",
            ),
            models.Index(
                fields=["campaign", "status", "language", "-featured", "-published_at", "-id"],
                name="story_campaign_language",
            ),
        ]

    def __str__(self):
        return self.original_title or _("Story %(id)s") % {"id": self.pk}

    def save(self, *args, update_fields=None, **kwargs):
        # Every change gives the story a new version: its kept card and page parts are found
        # by it (stories/story_page.py), so a save of some fields alone sets it too.
        if update_fields:
            update_fields = {*update_fields, "updated_at"}
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self):
        return reverse("stories:detail", args=[self.pk])

    @property
    def original_title(self):
        return getattr(self, f"title_{self.language}", "") or ""

    @property
    def original_body(self):
        return getattr(self, f"body_{self.language}", "") or ""

    def has_reviewed_translation(self, language):
        return (
            self.translation_status.get(language) == "reviewed"
            and bool(getattr(self, f"title_{language}", ""))
            and bool(getattr(self, f"body_{language}", ""))
        )

    @property
    def published_languages(self):
        """The languages visitors may read the story in: the original and reviewed ones."""
        return [self.language] + [
            code
            for code, _name in settings.LANGUAGES
            if code != self.language and self.has_reviewed_translation(code)
        ]

    @property
    def shown_language(self):
        """The language the story is shown in on this page: a reviewed translation, or the
        original."""
        language = get_language()
        if language != self.language and self.has_reviewed_translation(language):
            return language
        return self.language

    @property
    def shown_title(self):
        return getattr(self, f"title_{self.shown_language}", "") or ""

    @property
    def shown_body(self):
        return getattr(self, f"body_{self.shown_language}", "") or ""

    @property
    def shown_opening(self):
        """A short quote for a page that leads with the story: its first sentence."""
        return opening_words(self.shown_body)

    @property
    def language_name(self):
        return get_language_info(self.language)["name_translated"]

    @property
    def shown_language_name(self):
        """The name, in the page's language, of the language the story is shown in, as written
        within a sentence (lower case in Spanish, for instance)."""
        return LANGUAGE_IN_A_SENTENCE[self.shown_language]

    @property
    def shown_name(self):
        """The author's name as they chose to be named, or "Anonymous"."""
        name = self.author_name.strip()
        if not name or self.author_display == self.AuthorDisplay.ANONYMOUS:
            return _("Anonymous")
        if self.author_display == self.AuthorDisplay.FIRST_NAME:
            return name.split()[0]
        return name

    @property
    def shown_place(self):
        if self.city and self.show_city:
            return self.city
        return self.get_country_display()

    @property
    def byline(self):
        """For example "Anonymous · host community · Lima"."""
        parts = [str(self.shown_name)]
        if self.author_role and self.author_role != self.AuthorRole.OTHER:
            parts.append(str(self.get_author_role_display()))
        if self.shown_place:
            parts.append(str(self.shown_place))
        return " · ".join(parts)

    def forget_photo(self):
        """Clear every field that names or describes the stored photo (its sizes, faces and
        share cards); return their names, for a save of those fields alone."""
        self.photo_files = []
        self.faces = []
        self.share_image = ""
        self.photo_width = self.photo_height = None
        return ["photo_files", "faces", "share_image", "photo_width", "photo_height"]

    def pages_showing_it_directly(self):
        """The pages a newly published or featured story appears on at once: its own, its
        campaign's, the lists of all stories, and the home page when it is featured."""
        pages = [page_of_story(self.pk), pages_of_campaign(self.campaign.slug), STORIES]
        return (*pages, HOME) if self.featured else tuple(pages)

    @property
    def is_withdrawn(self):
        return self.status == self.Status.WITHDRAWN

    @property
    def photo(self):
        return WebImage(self.photo_files, self.photo_alt)


class KeptPhoto(models.Model):
    """A photo's web sizes kept for a short time while its form is corrected (see kept_photos).

    Only the key's hash is stored; the slot belongs to the form whose signed token carries
    `submission_key`.
    """

    key_hash = models.CharField(max_length=64, unique=True)
    submission_key = models.CharField(max_length=64, db_index=True)
    files = models.JSONField(default=list)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    # As Story.faces.
    faces = models.JSONField(default=list, blank=True)
    face_detection = models.CharField(max_length=10, blank=True)
    blur_requested = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("kept photo")
        verbose_name_plural = _("kept photos")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"
