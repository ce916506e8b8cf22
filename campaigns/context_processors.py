"""What every page's header and footer need of the campaigns."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from somos.pagecache import release, removals_version

from .models import Campaign


def campaign_links(request):
    """The campaigns' names and links for the header, and the version of their colours'
    stylesheet; kept as made per language and release, and per REMOVALS, which any change to a
    campaign changes."""
    seconds = settings.PAGE_PARTS_CACHE_SECONDS
    key = f"navigation:{release()}:{get_language()}:{removals_version(request)}"
    links = cache.get(key) if seconds else None
    if links is None:
        campaigns = list(Campaign.objects.active().only("slug", "name", "colour"))
        fingerprint = "|".join(f"{c.slug}:{c.colour}" for c in campaigns)
        links = {
            "campaigns": [{"name": str(c.name), "url": c.get_absolute_url()} for c in campaigns],
            "colours_version": hashlib.sha256(fingerprint.encode()).hexdigest()[:12],
        }
        if seconds:
            cache.set(key, links, seconds)
    return links


def navigation(request):
    # Read only by pages that show the header.
    return {"navigation": SimpleLazyObject(lambda: campaign_links(request))}
