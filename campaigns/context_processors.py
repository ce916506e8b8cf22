"""What every page's header and footer need of the campaigns."""

import hashlib

from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from somos.pagecache import campaigns_version, release
from somos.pageparts import kept_part

from .models import Campaign


def site_header_and_footer(request):
    """The header (but its language links) and the footer of every page, the version of the
    campaigns' colours' stylesheet, and the active campaigns' slugs, names and addresses by id
    (for pages that name a story's campaign without reading it); kept as made per language and
    release, and per CAMPAIGNS, which any change to a campaign sets anew. Read once a request."""
    if getattr(request, "navigation", None) is None:
        request.navigation = kept_header_and_footer(request)
    return request.navigation


def kept_header_and_footer(request):
    return kept_part(
        lambda: f"navigation:{release()}:{get_language()}:{campaigns_version(request)}",
        make_header_and_footer,
    )


def make_header_and_footer():
    campaigns = list(Campaign.objects.active().only("slug", "name", "colour"))
    fingerprint = "|".join(f"{c.slug}:{c.colour}" for c in campaigns)
    return {
        "header": render_to_string("includes/site_header.html", {"campaigns": campaigns}),
        "footer": render_to_string("includes/site_footer.html"),
        "colours_version": hashlib.sha256(fingerprint.encode()).hexdigest()[:12],
        "campaigns": {campaign.pk: named(campaign) for campaign in campaigns},
    }


def named(campaign):
    """What a page shows of a campaign it names: its slug, name and address."""
    return {"slug": campaign.slug, "name": str(campaign.name), "url": campaign.get_absolute_url()}


def navigation(request):
    # Read only by pages that show the header.
    return {"navigation": SimpleLazyObject(lambda: site_header_and_footer(request))}
