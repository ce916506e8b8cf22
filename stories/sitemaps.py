from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from campaigns.models import Campaign

from .models import Story


class I18nSitemap(Sitemap):
    """Each page once per language, with hreflang alternates for the others."""

    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(I18nSitemap):
    priority = 0.8

    def items(self):
        return ["stories:home", "stories:share", "campaigns:pledge", "stories:privacy"]

    def location(self, name):
        return reverse(name)


class CampaignSitemap(I18nSitemap):
    priority = 0.9

    def items(self):
        return Campaign.objects.active()


class StorySitemap(I18nSitemap):
    """Published stories, except those whose authors asked not to be indexed."""

    # Addresses per sitemap page, each language counted: small enough to make and fetch fast.
    limit = 5_000

    def items(self):
        return (
            Story.objects.published().filter(noindex=False).order_by("pk").only("pk", "updated_at")
        )

    def lastmod(self, story):
        return story.updated_at


SITEMAPS = {"pages": PagesSitemap, "campaigns": CampaignSitemap, "stories": StorySitemap}
