from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from somos.images import WebImage
from somos.pagecache import CAMPAIGNS, REMOVALS, InvalidatesPages

from .countries import COUNTRIES

hex_colour = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hexadecimal digits.")
)

DARK_TEXT = "#1b1b1b"
LIGHT_TEXT = "#ffffff"


def relative_luminance(colour):
    """Return the WCAG relative luminance of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """Return the WCAG contrast ratio between two #rrggbb colours."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class CampaignQuerySet(models.QuerySet):
    def active(self):
        """Campaigns shown to visitors, in the editors' order."""
        return self.filter(is_active=True).order_by("position", "slug")

    def with_pledge_counts(self):
        return self.annotate(pledge_count=Count("pledges"))


class Partner(InvalidatesPages, models.Model):
    dropped_by_changes = (REMOVALS, CAMPAIGNS)

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The full name, as said in each language.")
    )
    url = models.URLField(_("website"), blank=True)
    # The logo as re-encoded for the web: {"name", "width", "height"}.
    logo = models.JSONField(_("logo"), default=dict, blank=True, editable=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    @property
    def logo_url(self):
        return default_storage.url(self.logo["name"]) if self.logo else ""


class Campaign(InvalidatesPages, models.Model):
    dropped_by_changes = (REMOVALS, CAMPAIGNS)

    slug = models.SlugField(_("slug"), unique=True)
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        choices=COUNTRIES,
        help_text=_("Leave empty for a regional campaign."),
    )
    name = models.CharField(_("name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=200)
    introduction = models.TextField(_("introduction"))
    hashtag = models.CharField(_("hashtag"), max_length=60, blank=True)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#1f5f8b",
        validators=[hex_colour],
        help_text=_("The campaign's main colour, as #rrggbb."),
    )
    key_ideas = models.TextField(
        _("key ideas"), blank=True, help_text=_("One idea per line, e.g. Diversity.")
    )
    hero_alt = models.CharField(_("hero image description"), max_length=250, blank=True)
    # The hero image's web sizes, as somos.images stores them.
    hero_files = models.JSONField(_("hero image files"), default=list, blank=True, editable=False)
    briefing_kit = models.FileField(
        _("briefing kit"), upload_to="briefing-kits/", blank=True, max_length=200
    )
    partners = models.ManyToManyField(Partner, verbose_name=_("partners"), blank=True)
    # The About page: who runs the campaign and who answers for the personal data it receives.
    run_by = models.TextField(
        _("who runs the campaign"),
        blank=True,
        help_text=_("Shown on the About page: the organisations behind the campaign."),
    )
    data_controller = models.CharField(
        _("responsible for the data"),
        max_length=250,
        blank=True,
        help_text=_("The organisation responsible for the personal data, with its address."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Where people write to ask what is held about them or to have it erased."),
    )
    data_requests = models.TextField(
        _("how to ask about one's data"),
        blank=True,
        help_text=_("How people ask what is held about them or have it erased, and how soon."),
    )
    is_active = models.BooleanField(_("shown to visitors"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("stories:campaign", args=[self.slug])

    @property
    def is_regional(self):
        return not self.country

    @property
    def text_colour(self):
        """Dark or light text, whichever contrasts more with the campaign colour."""
        if contrast_ratio(self.colour, DARK_TEXT) >= contrast_ratio(self.colour, LIGHT_TEXT):
            return DARK_TEXT
        return LIGHT_TEXT

    @property
    def key_idea_list(self):
        return [line.strip() for line in (self.key_ideas or "").splitlines() if line.strip()]

    @property
    def hero(self):
        return WebImage(self.hero_files, self.hero_alt)


class Fact(InvalidatesPages, models.Model):
    """A sourced figure that answers a myth about refugees and migrants, shown beside it."""

    dropped_by_changes = (REMOVALS, CAMPAIGNS)

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="facts"
    )
    key = models.SlugField(_("key"), unique=True, max_length=80)
    myth = models.CharField(
        _("myth"),
        max_length=200,
        blank=True,
        help_text=_("The myth this figure answers. Figures that answer none come after the myths."),
    )
    statement = models.TextField(_("statement"))
    figure = models.CharField(
        _("figure"),
        max_length=60,
        help_text=_("With its unit, starting with a capital: e.g. More than 448,000 people."),
    )
    source_name = models.CharField(
        _("source"), max_length=200, help_text=_("The source's name in each language.")
    )
    source_url = models.URLField(_("source link"))
    figure_date = models.DateField(_("date of the figure"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("fact")
        verbose_name_plural = _("facts")
        ordering = ["campaign", "position"]

    def __str__(self):
        return f"{self.figure}: {self.statement[:60]}"

    @property
    def headline(self):
        """The figure as a headline: starting with a capital, whatever was typed."""
        return capfirst(self.figure or "")


class MediaContact(InvalidatesPages, models.Model):
    dropped_by_changes = (REMOVALS, CAMPAIGNS)

    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="media_contacts",
    )
    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=120)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("media contact")
        verbose_name_plural = _("media contacts")
        ordering = ["campaign", "position", "name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"


# How long a campaign page made again may count pledges as counted before, when the cache missed
# that another was taken.
PLEDGE_COUNT_SECONDS = 60


def pledge_count_key(campaign_id):
    return f"pledge_count:{campaign_id}"


class PledgeQuerySet(models.QuerySet):
    def count_shown(self, campaign_id):
        """The campaign's pledges as its page counts them: kept in the cache, and forgotten
        each time one is taken (Pledge.save), so that a page made after a pledge counts it."""
        count = cache.get(pledge_count_key(campaign_id))
        if count is None:
            count = self.filter(campaign_id=campaign_id).count()
            cache.set(pledge_count_key(campaign_id), count, PLEDGE_COUNT_SECONDS)
        return count


class Pledge(models.Model):
    """A visitor's pledge not to discriminate: no name, no e-mail, no address kept.

    Taking one drops no cached page: the counts on campaign and home pages only mention
    pledges, and reach them within PAGE_CACHE_SECONDS; the thanks page is made anew.
    """

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="pledges"
    )
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("taken"), auto_now_add=True)

    objects = PledgeQuerySet.as_manager()

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_country_display()} ({self.language})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        campaign_id = self.campaign_id
        transaction.on_commit(lambda: cache.delete(pledge_count_key(campaign_id)))
