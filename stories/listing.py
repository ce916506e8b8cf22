"""The stories of a campaign page: filters that are plain links, pages without a total count.

Stories the visitor can read in the page's language come first, then the others. Pages are
found by offset over that order and one extra row tells whether an older page exists, so a page
costs the same whether the campaign has a hundred stories or a hundred thousand: slices of the
listing indexes, and a count only on a later page past every story in the language.
"""

import functools
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from campaigns.countries import COUNTRIES
from somos.database import planned_each_time
from somos.pagecache import REMOVALS, pages_of_campaign, versions_for
from somos.pageparts import kept_part

from .models import Story

PER_PAGE = 12
MAX_PAGE = 1000
ROLES = {value for value, _label in Story.AuthorRole.choices}
COUNTRY_CODES = {code for code, _name in COUNTRIES}


@dataclass(frozen=True)
class StoryFilters:
    theme: str = ""
    role: str = ""
    country: str = ""
    ignored: bool = False

    # What a campaign page's address may carry: its filters and its page number.
    query_parameters = ("theme", "role", "country", "page")

    @classmethod
    def from_query(cls, query):
        """Filters from the query string; unknown values are dropped, and `ignored` says so."""
        theme = query.get("theme", "")
        role = query.get("role", "")
        country = query.get("country", "").upper()
        valid_theme = (
            theme if theme and len(theme) <= 50 and theme.replace("-", "").isalnum() else ""
        )
        valid_role = role if role in ROLES else ""
        valid_country = country if country in COUNTRY_CODES else ""
        ignored = (theme, role, country) != (valid_theme, valid_role, valid_country)
        return cls(valid_theme, valid_role, valid_country, ignored)

    @property
    def active(self):
        return bool(self.theme or self.role or self.country)

    def canonical(self, query, number, theme_slugs):
        """Whether the query names these filters and page exactly as the page's own links do."""
        return (
            not self.ignored
            and (not self.theme or self.theme in theme_slugs)
            and query.get("country", self.country) == self.country
            and query.get("page", str(number)) == str(number)
        )

    def as_query(self, **changes):
        values = {"theme": self.theme, "role": self.role, "country": self.country, **changes}
        return urlencode({key: value for key, value in values.items() if value})

    def links(self, name, all_label, options):
        """Links for one filter: "all", then each option, the current one marked."""
        current = getattr(self, name)
        links = [{"label": all_label, "query": self.as_query(**{name: ""}), "current": not current}]
        links += [
            {"label": label, "query": self.as_query(**{name: value}), "current": value == current}
            for value, label in options
        ]
        return links

    def apply(self, stories):
        if self.theme:
            stories = stories.filter(themes__slug=self.theme)
        if self.role:
            stories = stories.filter(author_role=self.role)
        if self.country:
            stories = stories.filter(country=self.country)
        return stories


@dataclass(frozen=True)
class StoryPage:
    # Readable in the page's language, then the others, each in listing order.
    in_language: list
    in_other_languages: list
    number: int
    has_newer: bool
    has_older: bool
    invalid_number: bool

    @property
    def stories(self):
        return self.in_language + self.in_other_languages


def page_number(value):
    """The page asked for, and whether the value was unusable."""
    try:
        number = int(value or 1)
    except (TypeError, ValueError):
        return 1, True
    if number < 1 or number > MAX_PAGE:
        return 1, True
    return number, False


def language_first(stories, language, offset, limit):
    """`limit` stories from `offset`, those readable in the language first: two lists.

    Each query is a slice of the listing's indexes. A page makes one while the stories in the
    language last; the first page past them makes a second, for the others; a later page
    makes a count of those in the language, to say where the others start, and a query for them.
    """
    with planned_each_time():
        # Almost every story of a campaign, or almost none, may be in the language.
        readable = list(stories.readable_in(language)[offset : offset + limit])
        if len(readable) == limit:
            return readable, []
        readable_before = stories.readable_in(language).count() if offset else 0
        others_from = max(offset - readable_before, 0)
        wanted = limit - len(readable)
        others = stories.not_readable_in(language)[others_from : others_from + max(wanted, 1)]
        return readable, list(others)[:wanted]


@dataclass(frozen=True)
class FeaturedStories:
    lead: Story | None
    in_language: list
    in_other_languages: list


def featured_stories(language, count=7):
    """The home page's featured stories: the one it opens with, readable in the language when
    one is, then the others, those readable in the language first."""
    featured = Story.objects.published().filter(featured=True).in_listing_order().for_visitors()
    readable, others = language_first(featured, language, 0, count)
    lead = (readable or others or [None])[0]
    return FeaturedStories(
        lead=lead,
        in_language=[story for story in readable if story is not lead],
        in_other_languages=[story for story in others if story is not lead],
    )


def newest_of_campaign(request, campaign_id, slug, count):
    """The campaign's `count` newest stories, in listing order, as read for cards; kept per
    version of the campaign's pages and of REMOVALS, which every story published in it or
    removed anywhere sets anew."""

    def read():
        stories = Story.objects.published().filter(campaign_id=campaign_id)
        return list(stories.in_listing_order().for_cards()[:count])

    def key():
        versions = versions_for(request, [REMOVALS, pages_of_campaign(slug)]).values()
        return f"newest_stories:{slug}:{count}:" + ":".join(str(version) for version in versions)

    return kept_part(key, read)


@functools.lru_cache(maxsize=1024)
def listing_query(campaign_id, filters, parts_seconds):
    """The query of a campaign's stories through the filters, in listing order, as a listing
    reads them, published but for the date.

    Built once a process for each campaign, filters and PAGE_PARTS_CACHE_SECONDS (by which
    for_cards reads references or stories): building a query costs more than running it. Each
    page adds the date (published() is this and whose_date_has_come()), so the query kept holds
    nothing that changes with time or content (a campaign hidden since is one of its
    conditions), and it is only ever copied, never run itself, so threads share it safely.
    Bounded, since filters may be made up."""
    stories = Story.objects.filter(campaign_id=campaign_id).approved_in_shown_campaigns()
    return filters.apply(stories).in_listing_order().for_cards()


def story_page(campaign_id, filters, number, invalid):
    """Page `number` of the campaign's stories through the filters; `invalid`: whether the
    number asked for was unusable (see page_number)."""
    query = listing_query(campaign_id, filters, settings.PAGE_PARTS_CACHE_SECONDS)
    stories = query.whose_date_has_come()
    offset = (number - 1) * PER_PAGE
    readable, others = language_first(stories, get_language(), offset, PER_PAGE + 1)
    rows = readable + others
    return StoryPage(
        in_language=readable[:PER_PAGE],
        in_other_languages=others[: max(PER_PAGE - len(readable), 0)],
        number=number,
        has_newer=number > 1,
        has_older=len(rows) > PER_PAGE,
        invalid_number=invalid,
    )


def filter_groups(filters, themes):
    """The campaign page's filters, as groups of plain links; `themes` as (slug, name) pairs."""
    return [
        {
            "name": "theme",
            "label": _("Theme"),
            "links": filters.links("theme", _("All"), themes),
        },
        {
            "name": "role",
            "label": _("Written by"),
            "links": filters.links("role", _("Everyone"), Story.AuthorRole.choices),
        },
        {
            "name": "country",
            "label": _("Country"),
            "links": filters.links("country", _("All countries"), COUNTRIES),
        },
    ]
