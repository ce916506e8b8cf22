"""Tidying of what storytellers type, before it is checked or stored, and cutting it for show."""

import re
import unicodedata

# Invisible characters that can hide or reorder text: zero-width spaces, word joiners, byte
# order marks and bidirectional overrides. Zero-width joiners stay: emoji need them.
INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BLANK_LINES = re.compile(r"\n{3,}")
SPACES = re.compile(r"[ \t]+")


def tidy_text(value, *, multiline=False):
    """Return the text in NFC without control or invisible characters and stray spaces."""
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    value = CONTROL.sub("", INVISIBLE.sub("", value))
    if multiline:
        lines = [SPACES.sub(" ", line).strip() for line in value.split("\n")]
        return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return SPACES.sub(" ", value.replace("\n", " ")).strip()


def longest_word(value):
    return max(value.split(), key=len, default="")


SENTENCE_END = re.compile(r"(?<=[.!?…])\s")


def opening_words(value, limit=180):
    """The text's first sentence, or its first words up to `limit` characters with an ellipsis."""
    first = SENTENCE_END.split(value.strip(), maxsplit=1)[0].strip()
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
