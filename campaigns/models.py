from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

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


class Campaign(models.Model):
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
    is_active = models.BooleanField(_("shown to visitors"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name

    @property
    def is_regional(self):
        return not self.country

    @property
    def text_colour(self):
        """Dark or light text, whichever contrasts more with the campaign colour."""
        if contrast_ratio(self.colour, DARK_TEXT) >= contrast_ratio(self.colour, LIGHT_TEXT):
            return DARK_TEXT
        return LIGHT_TEXT
