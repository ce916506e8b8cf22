"""What every page's header and footer need: the campaigns and the language links."""

import hashlib

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info, override

from .models import Campaign


def language_links(request):
    """Links to the current page in each language, or to its home page when it has no match."""
    current = get_language()
    path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        if url == path and code != current:
            with override(code):
                url = reverse("campaigns:home")
        info = get_language_info(code)
        links.append(
            {"code": code, "name": info["name_local"], "url": url, "current": code == current}
        )
    return links


def navigation(request):
    # The header shows only their names and links; the colours name the stylesheet's version.
    campaigns = list(Campaign.objects.active().only("slug", "name", "colour"))
    fingerprint = "|".join(f"{c.slug}:{c.colour}" for c in campaigns)
    return {
        "canonical_url": request.build_absolute_uri(request.path),
        "nav_campaigns": campaigns,
        "campaign_colours_version": hashlib.sha256(fingerprint.encode()).hexdigest()[:12],
        "language_links": language_links(request),
    }
