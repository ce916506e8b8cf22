"""What a campaign's page shows besides its stories: its head, hero, filters, about and facts,
partners and press contacts, and the page around them.

These parts are kept as made per campaign, language and release, and per CAMPAIGNS, which any
change to a campaign, its facts, partners, contacts or the themes sets anew (a story's changes
leave them kept). The whole page but its stories and its pledge count, its frame, is kept the
same way per address, with the filters made for it from the themes kept with the head. A page
made again finds the campaign's id in the frame, reads its stories' references (and its pledge
count, when another was taken since it was kept), and fills the frame's two holes; the campaign
is read only for parts not kept.
"""

import zlib

from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from campaigns.facts import MythsAndFacts
from campaigns.models import Campaign, Pledge
from somos.pagecache import campaigns_version, release
from somos.pageparts import found_part, keep_part, keeping, kept_parts

from .listing import StoryFilters, filter_groups, page_number, story_page
from .models import Theme

TEMPLATES = {
    "hero": "includes/campaign_hero.html",
    "about": "includes/campaign_about.html",
    "more": "includes/campaign_more.html",
}


def make_parts(slug, names):
    campaign = get_object_or_404(Campaign.objects.active(), slug=slug)
    context = {"campaign": campaign, "LANGUAGE_CODE": get_language()}
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
            # The filters' themes, and whether a theme in the address is one, without asking
            # the database.
            "themes": [(theme.slug, str(theme.name)) for theme in Theme.objects.all()],
        }
    return parts


def campaign_parts(request, slug, filters):
    """The parts of the page of the campaign `slug`, as kept or made now; a 404 when they are
    not kept and no active campaign has that slug. Kept parts are those of an active campaign:
    a campaign hidden or changed sets a new CAMPAIGNS version. The filters are made each time,
    from the themes kept with the head: a filter may be any word, and none may fill the cache."""
    names = ("head", *TEMPLATES)

    def keys():
        made_from = f"{release()}:{get_language()}:{slug}:{campaigns_version(request)}"
        return {name: f"campaign_part:{name}:{made_from}" for name in names}

    parts = kept_parts(names, keys, lambda missing: make_parts(slug, missing))
    groups = filter_groups(filters, parts["head"]["themes"])
    parts["filters"] = render_to_string(
        "includes/story_filters.html", {"filters": filters, "filter_groups": groups}
    )
    return parts


# Where a frame leaves room for what changes with the campaign's stories and pledges. Comments:
# no text of the page can contain one, since what the page shows is escaped.
STORIES_HOLE = "<!--somos:stories-->"
PLEDGES_HOLE = "<!--somos:pledges-->"


def frame_key(request, filters, number):
    address = f"{request.scheme}://{request.get_host()}{request.path}?{filters.as_query()}&{number}"
    return f"campaign_frame:{release()}:{campaigns_version(request)}:{address}"


def make_frame(request, slug, filters, number):
    """The campaign's page for these filters and page number with holes for its stories and
    pledge count, and what a page made around it needs of the campaign: {"id", "theme_slugs",
    "html"}; a 404 when no active campaign has that slug."""
    parts = campaign_parts(request, slug, filters)
    context = {
        "campaign": {"slug": slug},
        "parts": parts,
        "filters": filters,
        "number": number,
        "stories": mark_safe(STORIES_HOLE),
        "pledges": mark_safe(PLEDGES_HOLE),
    }
    return {
        "id": parts["head"]["id"],
        "theme_slugs": [theme for theme, _name in parts["head"]["themes"]],
        "html": render_to_string("stories/campaign.html", context, request),
    }


def campaign_page(request, slug):
    """The page of the campaign `slug` for the filters and page number asked for, and whether
    it was asked for by its own address (else it should not be cached).

    Its frame is kept per address (filters as understood) and CAMPAIGNS, compressed since there
    is one per address, and only when asked for by its own address, so that made-up filters
    cannot fill the cache."""
    filters = StoryFilters.from_query(request.GET)
    number, invalid = page_number(request.GET.get("page"))
    key = frame_key(request, filters, number) if keeping() else None
    kept = found_part(key) if key else None
    if kept is None:
        frame = make_frame(request, slug, filters, number)
    else:
        frame = {**kept, "html": zlib.decompress(kept["html"]).decode()}
    page = story_page(frame["id"], filters, number, invalid)
    stories = render_to_string(
        "includes/campaign_stories.html",
        {"page": page, "filters": filters, "LANGUAGE_CODE": get_language()},
    )
    pledges = render_to_string(
        "includes/pledge_count.html",
        {"pledge_count": Pledge.objects.count_shown(frame["id"])},
    )
    html = frame["html"].replace(STORIES_HOLE, stories, 1).replace(PLEDGES_HOLE, pledges, 1)
    own_address = filters.canonical(request.GET, page.number, frame["theme_slugs"])
    if own_address and key and kept is None:
        keep_part(key, {**frame, "html": zlib.compress(frame["html"].encode(), 1)})
    return html, own_address
