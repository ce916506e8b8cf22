"""What a campaign's page shows besides its stories: its head, hero, filters, about and facts,
partners and press contacts.

These parts are kept as made per campaign, language and release, and per CAMPAIGNS, which any
change to a campaign, its facts, partners, contacts or the themes sets anew (a story's changes
leave them kept); the filters also per filter. A page made again finds the campaign's id in
them, and reads its pledge count and its stories' references, and the campaign only for parts
not kept.
"""

from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.translation import get_language

from campaigns.facts import MythsAndFacts
from campaigns.models import Campaign
from somos.pagecache import campaigns_version, release
from somos.pageparts import kept_parts

from .listing import filter_groups
from .models import Theme

TEMPLATES = {
    "hero": "includes/campaign_hero.html",
    "filters": "includes/story_filters.html",
    "about": "includes/campaign_about.html",
    "more": "includes/campaign_more.html",
}


def make_parts(slug, filters, names):
    campaign = get_object_or_404(Campaign.objects.active(), slug=slug)
    context = {"campaign": campaign, "filters": filters, "LANGUAGE_CODE": get_language()}
    themes = list(Theme.objects.all()) if {"head", "filters"} & set(names) else []
    if "filters" in names:
        context["filter_groups"] = filter_groups(filters, themes)
    if "about" in names:
        context["facts"] = MythsAndFacts(campaign.facts.all())
    if "more" in names:
        context["media_contacts"] = campaign.media_contacts.all()
    parts = {name: render_to_string(TEMPLATES[name], context) for name in TEMPLATES.keys() & names}
    if "head" in names:
        parts["head"] = {
            "id": campaign.pk,
            "name": str(campaign.name),
            "tagline": str(campaign.tagline),
            # Whether a theme in the address is one, without asking the database.
            "theme_slugs": [theme.slug for theme in themes],
        }
    return parts


def campaign_parts(request, slug, filters):
    """The parts of the page of the campaign `slug`, as kept or made now; a 404 when they are
    not kept and no active campaign has that slug. Kept parts are those of an active campaign:
    a campaign hidden or changed sets a new CAMPAIGNS version."""
    made_from = f"{release()}:{get_language()}:{slug}:{campaigns_version(request)}"
    keys = {name: f"campaign_part:{name}:{made_from}" for name in ("head", *TEMPLATES)}
    keys["filters"] += f":{filters.as_query()}"
    return kept_parts(keys, lambda names: make_parts(slug, filters, names))
