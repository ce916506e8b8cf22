"""What every page's header and footer need of the campaigns."""

import hashlib

from .models import Campaign


def navigation(request):
    # The header shows only their names and links; the colours name the stylesheet's version.
    campaigns = list(Campaign.objects.active().only("slug", "name", "colour"))
    fingerprint = "|".join(f"{c.slug}:{c.colour}" for c in campaigns)
    return {
        "nav_campaigns": campaigns,
        "campaign_colours_version": hashlib.sha256(fingerprint.encode()).hexdigest()[:12],
    }
