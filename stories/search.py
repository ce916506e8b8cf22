"""Search over published stories: PostgreSQL full-text search, or a substring match on SQLite."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, FloatField, Q, TextField, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from .models import Story

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 30
# A word found in more stories of one language than this is ranked among this many of them.
CANDIDATES = 200
# Markers no storyteller types; the snippet is escaped, then they become <mark>.
START, STOP = "\x02", "\x03"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class Result:
    story: Story
    snippet: str


def clean_query(text):
    """The query as searched: single spaces, no control characters, at most 200 characters."""
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


# A results page is kept in the page cache only for a plain query of a few words that found
# something: what visitors search for again and again. Each other query would be a page of its
# own, and made-up ones could fill the cache.
KEPT_QUERY = re.compile(r"\w+( \w+){0,2}")


def worth_keeping(text, results):
    """Whether the results page for `text` may be kept in the page cache."""
    return (
        bool(results)
        and len(text) <= 40
        and KEPT_QUERY.fullmatch(text) is not None
        # As typed, or as a phone's keyboard capitalises it: not every mix of capitals.
        and text in (text.lower(), text.capitalize())
    )


def highlighted(snippet):
    return mark_safe(escape(snippet).replace(START, "<mark>").replace(STOP, "</mark>"))


def vector(language):
    config = f"{language}_unaccent"
    return SearchVector(f"title_{language}", weight="A", config=config) + SearchVector(
        f"body_{language}", weight="B", config=config
    )


def query(language, text):
    return SearchQuery(text, config=f"{language}_unaccent", search_type="websearch")


def search_stories(text):
    """Published stories matching the text, best first, each with a highlighted snippet."""
    text = clean_query(text)
    if not text:
        return []
    stories = Story.objects.published().select_related("campaign")
    if connection.vendor != "postgresql":
        return substring_search(stories, text)

    # Found through each language's index, at most CANDIDATES a language, and only then
    # ranked: a word in every story costs no more than a rare one.
    found = [
        stories.filter(language=language)
        .annotate(**{f"vector_{language}": vector(language)})
        .filter(**{f"vector_{language}": query(language, text)})
        .order_by()
        .values_list("pk", flat=True)[:CANDIDATES]
        for language in LANGUAGES
    ]
    candidates = list(found[0].union(*found[1:], all=True))
    if not candidates:
        return []
    rank_cases, snippet_cases = [], []
    for language in LANGUAGES:
        rank_cases.append(
            When(language=language, then=SearchRank(vector(language), query(language, text)))
        )
        snippet_cases.append(
            When(
                language=language,
                then=SearchHeadline(
                    f"body_{language}",
                    query(language, text),
                    config=f"{language}_unaccent",
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=30,
                    min_words=12,
                ),
            )
        )
    results = (
        stories.filter(pk__in=candidates)
        .annotate(
            rank=Case(*rank_cases, default=Value(0.0), output_field=FloatField()),
            snippet=Case(*snippet_cases, default=Value(""), output_field=TextField()),
        )
        .order_by("-rank", "-published_at")[:MAX_RESULTS]
    )
    return [Result(story=story, snippet=highlighted(story.snippet)) for story in results]


def substring_search(stories, text):
    words = text.split()[:8]
    condition = Q()
    for word in words:
        in_story = Q()
        for language in LANGUAGES:
            in_story |= Q(language=language) & (
                Q(**{f"title_{language}__icontains": word})
                | Q(**{f"body_{language}__icontains": word})
            )
        condition &= in_story
    results = stories.filter(condition).order_by("-published_at")[:MAX_RESULTS]
    return [
        Result(story=story, snippet=escape(Truncator(story.original_body).words(30)))
        for story in results
    ]
