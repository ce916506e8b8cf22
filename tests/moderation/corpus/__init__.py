"""Labelled testimonies for measuring the screening, split once into two halves.

Each entry is a short testimony as people type them on a phone (informal punctuation, typos,
missing accents) in Spanish ("es"), Portuguese ("pt"), English ("en") or Papiamentu ("pap",
Curaçao orthography), with the sorted list of kinds of findings it contains: "phone",
"email", "id_number", "link", "insult" and "address". An empty list means the text is clean
and must not be flagged. At least half of the texts are clean, and hard on purpose: years,
ages, prices, sums of money, school grades, dates, bus lines, countries, nationalities, food,
street names without a number, documents mentioned without their number, and words such as
"basura", "arroba" or "volví a mi país" used innocently. Every number, address and name is
invented.

The split was made before the screening was changed to meet it:

- ``DEVELOPMENT``: `first.json`, the texts the screening was first written against, and
  `development.json`, written later to the same brief. The screening is tuned on these.
- ``HELD_OUT``: `heldout.json`, written independently to the same brief and never read while
  tuning. Only its figures per kind are printed, never its texts or its misses.

``TRICKY_CLEAN`` lists short phrases that must never be flagged.
"""

import json
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def load(name):
    return json.loads((FOLDER / name).read_text(encoding="utf-8"))


DEVELOPMENT = load("first.json") + load("development.json")
HELD_OUT = load("heldout.json") if (FOLDER / "heldout.json").is_file() else []
TRICKY_CLEAN = load("tricky_clean.json")
