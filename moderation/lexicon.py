"""The lexicon of slurs and xenophobic phrases: one data file per language, plus the entries
moderators add in the admin, which take effect without a deploy.

An entry is a phrase, written as people say it, with a small syntax for inflections:

    vuelv(e|an|anse) a (tu|su) (pais|tierra)   alternatives in brackets
    invasor*                                   any ending: invasor, invasora, invasores
    *veneco*                                   also inside a longer word or a hashtag
    ilegal(es)?                                an optional part

Words match whole unless marked with *, ignoring case and accents, and also when written with
look-alike digits, spaced out or with letters repeated (see normalise.py). Words may be run
together, as in hashtags. Each line of a file is `phrase | example sentence` (a bar with a
space on each side): the example is a sentence the entry must flag, and the tests check it.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from .normalise import letters_only

FOLDER = Path(__file__).resolve().parent / "lexicon"
# Between the words of a phrase: spaces or the marks of a hashtag, or nothing at all.
BETWEEN_WORDS = r"[\s_\-#.·'’]*"
LETTER = r"[^\W\d_]"
WORD_START = rf"(?<!{LETTER})"


class PhraseError(ValueError):
    """The phrase is not written in the lexicon's syntax."""


@dataclass(frozen=True)
class Entry:
    language: str
    phrase: str
    example: str


def file_entries():
    """Every entry of the lexicon files, of every language of the site."""
    entries = []
    for code, _name in settings.LANGUAGES:
        path = FOLDER / f"{code}.txt"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            phrase, _bar, example = line.rpartition(" | ")
            entries.append(Entry(code, phrase.strip(), example.strip()))
    return entries


def phrase_pattern(phrase):
    """The regular expression of a phrase, with its word boundaries."""
    phrase = " ".join(phrase.split())
    if not phrase:
        raise PhraseError(phrase)
    body, position = _sequence(phrase, 0)
    if position != len(phrase):
        raise PhraseError(phrase)
    start = "" if phrase.startswith("*") else WORD_START
    end = "" if phrase.endswith("*") else rf"(?!{LETTER})"
    return f"{start}{body}{end}"


def _sequence(phrase, position):
    """Parse from `position` up to a closing bracket or bar; return (pattern, position)."""
    pattern, literal = [], []

    def flush():
        if literal:
            pattern.append(re.escape(letters_only("".join(literal))))
            literal.clear()

    while position < len(phrase) and phrase[position] not in ")|":
        char = phrase[position]
        if char == "(":
            flush()
            choices, position = _choices(phrase, position + 1)
            optional = position < len(phrase) and phrase[position] == "?"
            position += optional
            pattern.append(f"(?:{'|'.join(choices)}){'?' if optional else ''}")
            continue
        if char == "*":
            flush()
            pattern.append(f"{LETTER}*")
        elif char == " ":
            flush()
            pattern.append(BETWEEN_WORDS)
        elif char in "?":
            raise PhraseError(phrase)
        else:
            literal.append(char)
        position += 1
    flush()
    return "".join(pattern), position


def _choices(phrase, position):
    """Parse the alternatives of a bracket, after its opening; return (patterns, position)."""
    choices = []
    while True:
        choice, position = _sequence(phrase, position)
        choices.append(choice)
        if position >= len(phrase):
            raise PhraseError(phrase)
        if phrase[position] == ")":
            return choices, position + 1
        position += 1


class Lexicon:
    """All the phrases, compiled for matching in the letters view of a text."""

    def __init__(self, phrases):
        # Most phrases start at the start of a word: checking that once per position, before
        # trying them, makes matching several times faster.
        at_word_start, anywhere = set(), set()
        for phrase in phrases:
            pattern = phrase_pattern(phrase)
            if pattern.startswith(WORD_START):
                at_word_start.add(pattern.removeprefix(WORD_START))
            else:
                anywhere.add(pattern)
        self.patterns = [
            re.compile(prefix + "(?:" + "|".join(sorted(group, key=len, reverse=True)) + ")")
            for prefix, group in ((WORD_START, at_word_start), ("", anywhere))
            if group
        ]

    def finditer(self, text):
        for pattern in self.patterns:
            yield from pattern.finditer(text)
