"""Search over published stories: PostgreSQL full-text search, or a substring match on SQLite."""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, FloatField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

from somos.database import planned_each_time

from .models import Story

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 30
# A word found in more stories of one language than this is ranked among this many of them.
CANDIDATES = 200
# The snippet: about this many characters, starting a little before the first word found.
SNIPPET_LENGTH = 240
SNIPPET_LEAD = 60
# Words of the search syntax (websearch_to_tsquery), not words looked for.
SEARCH_OPERATORS = {"or", "and", "not"}
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


# Runs of ASCII characters, which fold to their lower case one for one, or one other character.
FOLDED_PIECES = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]")


def folded(text):
    """The text without accents and in lower case, and for each of its characters the position
    of the character of `text` it comes from."""
    characters, positions = [], []
    for piece in FOLDED_PIECES.finditer(text):
        start, found = piece.start(), piece.group()
        if found.isascii():
            characters.append(found.lower())
            positions.extend(range(start, piece.end()))
            continue
        for part in unicodedata.normalize("NFD", found).lower():
            if not unicodedata.combining(part):
                characters.append(part)
                positions.append(start)
    return "".join(characters), positions


def word_pattern(text):
    """A pattern of the words searched for, as the search finds them: whatever the accents and
    the case, and in other forms of the same word (a rough stem: the word less its last two
    letters, from four letters on)."""
    stems = set()
    for word in re.findall(r"\w+", folded(text)[0]):
        if word in SEARCH_OPERATORS or len(word) < 2:
            continue
        stems.add(word[: max(4, len(word) - 2)])
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*")


def snippet(text, pattern):
    """About SNIPPET_LENGTH characters of the text around the first word found, escaped, with
    every word found in <mark>."""
    text = " ".join(text.split())
    plain, positions = folded(text)
    found = [
        (positions[m.start()], positions[m.end() - 1] + 1)
        for m in (pattern.finditer(plain) if pattern else ())
    ]
    start = 0
    if found and found[0][0] > SNIPPET_LEAD:
        start = text.rfind(" ", 0, found[0][0] - SNIPPET_LEAD) + 1
    end = len(text)
    if end - start > SNIPPET_LENGTH:
        cut = text.rfind(" ", start, start + SNIPPET_LENGTH)
        end = cut if cut > start else start + SNIPPET_LENGTH
    parts = ["…" if start else ""]
    cursor = start
    for first, last in found:
        if first < cursor or last > end:
            continue
        parts += [escape(text[cursor:first]), f"<mark>{escape(text[first:last])}</mark>"]
        cursor = last
    parts += [escape(text[cursor:end]), "…" if end < len(text) else ""]
    return mark_safe("".join(parts))


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
    with planned_each_time():
        # A common word and a rare one want different plans.
        candidates = list(found[0].union(*found[1:], all=True))
    if not candidates:
        return []
    rank_cases = []
    for language in LANGUAGES:
        rank_cases.append(
            When(language=language, then=SearchRank(vector(language), query(language, text)))
        )
    results = (
        stories.filter(pk__in=candidates)
        .annotate(
            rank=Case(*rank_cases, default=Value(0.0), output_field=FloatField()),
        )
        .order_by("-rank", "-published_at")[:MAX_RESULTS]
    )
    return with_snippets(results, text)


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
    return with_snippets(results, text)


def with_snippets(stories, text):
    pattern = word_pattern(text)
    return [Result(story=story, snippet=snippet(story.original_body, pattern)) for story in stories]
