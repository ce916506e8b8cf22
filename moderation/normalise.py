"""Views of a text that see through disguises, each mapped back to the original positions.

People who want a slur or a phone number past a filter write it "v e n e c o", "v3n3c0",
"venecoooo", "VeNeCo", with fullwidth digits or accents where none belong. Screening matches
against a normalised view and reports the span of the original text, so that a moderator's
highlight covers exactly what the author typed.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

# Digits and symbols written for the letters they look like, in the letters view only.
LOOKALIKES = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
    "€": "e",
    "!": "i",
    "|": "l",
}
# Separators put between single letters to break a word up: "v.e.n.e.c.o", "v-e-n-e-c-o".
SPACED_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_](?:[\s.\-_*·'’/]{1,3}[^\W\d_](?![^\W\d_])){2,}")


@dataclass(frozen=True)
class View:
    """A normalised text; `starts[i]` and `ends[i]` are the original span of its character i."""

    text: str
    starts: tuple
    ends: tuple

    def original_span(self, start, end):
        """The span of the original text that characters start..end of the view came from."""
        return self.starts[start], self.ends[end - 1]


# A text uses few distinct characters: each is folded once per process.
@functools.lru_cache(maxsize=4096)
def fold_char(char):
    """The character in compatibility form, without accents and in lower case."""
    compatible = unicodedata.normalize("NFKC", char)
    base = "".join(
        c for c in unicodedata.normalize("NFD", compatible) if not unicodedata.combining(c)
    )
    return base.casefold()


def folded(text):
    """Accents and case removed, compatibility forms (fullwidth digits) made plain."""
    characters, starts, ends = [], [], []
    for index, char in enumerate(text):
        folded_char = fold_char(char)
        if len(folded_char) == 1:
            characters.append(folded_char)
            starts.append(index)
            ends.append(index + 1)
            continue
        for part in folded_char:
            characters.append(part)
            starts.append(index)
            ends.append(index + 1)
    return View("".join(characters), tuple(starts), tuple(ends))


def letters(text, view=None):
    """The folded text with look-alikes read as letters, spaced letters joined and repeated
    letters collapsed: the view slurs and phrases are matched in.

    `view`: the folded view of the text, when it is already made.
    """
    view = view or folded(text)
    source = view.text
    # A symbol stands for a letter only inside a word: "m!erda", not "¡fuera!".
    characters = [
        LOOKALIKES.get(char, char)
        if char.isdigit() or (index + 1 < len(source) and source[index + 1].isalnum())
        else char
        for index, char in enumerate(source)
    ]
    starts, ends = list(view.starts), list(view.ends)

    # Join letters spaced out by separators.
    joined = "".join(characters)
    keep = [True] * len(characters)
    for match in SPACED_LETTERS.finditer(joined):
        for index in range(match.start(), match.end()):
            if not characters[index].isalpha():
                keep[index] = False
    characters = [c for c, k in zip(characters, keep, strict=True) if k]
    starts = [s for s, k in zip(starts, keep, strict=True) if k]
    ends = [e for e, k in zip(ends, keep, strict=True) if k]

    # Collapse runs of the same letter; the kept one stands for the whole run.
    out_chars, out_starts, out_ends = [], [], []
    for char, start, end in zip(characters, starts, ends, strict=True):
        if out_chars and char.isalpha() and out_chars[-1] == char:
            out_ends[-1] = end
            continue
        out_chars.append(char)
        out_starts.append(start)
        out_ends.append(end)
    return View("".join(out_chars), tuple(out_starts), tuple(out_ends))


def letters_only(text):
    """The letters view of a lexicon phrase or word, as a plain string."""
    return letters(text).text
