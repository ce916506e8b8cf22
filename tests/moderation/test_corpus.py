"""The screening measured on labelled testimonies: tuned on one half, checked on the other.

The held-out half was written apart and is never read while tuning: only its figures per kind
are printed, never its texts or what was missed in them.
"""

import pytest

from moderation.lexicon import file_entries
from moderation.screening import Kind, screen

from .corpus import DEVELOPMENT, HELD_OUT, TRICKY_CLEAN

pytestmark = pytest.mark.django_db

MIN_RECALL = 0.95
MAX_FALSE_FLAGS = 0.05
LANGUAGES = {"es", "pt", "en", "pap"}


def found_kinds(text):
    return {finding.kind for finding in screen(text)}


def measure(corpus):
    """Recall per kind and the share of clean texts flagged; and what was missed."""
    expected = dict.fromkeys(Kind.values, 0)
    caught = dict.fromkeys(Kind.values, 0)
    clean = flagged = 0
    missed = []
    for entry in corpus:
        found = found_kinds(entry["text"])
        for kind in entry["expected"]:
            expected[kind] += 1
            caught[kind] += kind in found
            if kind not in found:
                missed.append((kind, entry["text"]))
        if not entry["expected"]:
            clean += 1
            flagged += bool(found)
    recall = {kind: caught[kind] / expected[kind] for kind in Kind.values if expected[kind]}
    return recall, flagged / clean, missed, (caught, expected, flagged, clean)


def report(name, corpus, counts):
    caught, expected, flagged, clean = counts
    lines = [f"\nscreening, {name}: {len(corpus)} texts"]
    for kind in Kind.values:
        if expected[kind]:
            share = caught[kind] / expected[kind]
            lines.append(f"  {kind:10} {caught[kind]:3}/{expected[kind]:3}  {share:6.1%}")
    lines.append(f"  false flags {flagged}/{clean}  {flagged / clean:.1%}")
    return "\n".join(lines)


@pytest.mark.parametrize("corpus", [DEVELOPMENT, HELD_OUT], ids=["development", "held-out"])
def test_each_half_is_large_balanced_and_in_the_four_languages(corpus):
    clean = [entry for entry in corpus if not entry["expected"]]
    assert len(corpus) >= 200
    assert len(clean) >= len(corpus) / 2
    assert {entry["language"] for entry in corpus} == LANGUAGES
    assert sum(entry["language"] == "pap" for entry in corpus) >= 30
    for kind in Kind.values:
        assert sum(kind in entry["expected"] for entry in corpus) >= 10, kind


def test_the_development_half_is_screened_to_the_goal(capsys):
    recall, false_flags, missed, counts = measure(DEVELOPMENT)

    with capsys.disabled():
        print(report("development half", DEVELOPMENT, counts))
    assert all(share >= MIN_RECALL for share in recall.values()), missed
    assert false_flags <= MAX_FALSE_FLAGS


def test_the_held_out_half_is_screened_to_the_goal(capsys):
    recall, false_flags, _missed, counts = measure(HELD_OUT)

    with capsys.disabled():
        print(report("held-out half", HELD_OUT, counts))
    # Only figures: the texts missed stay unseen, so that this half keeps meaning something.
    assert {kind: share >= MIN_RECALL for kind, share in recall.items()} == dict.fromkeys(
        recall, True
    )
    assert false_flags <= MAX_FALSE_FLAGS


def test_every_lexicon_entry_flags_its_example_sentence():
    missed = [entry for entry in file_entries() if Kind.INSULT not in found_kinds(entry.example)]
    assert missed == []
    assert {entry.language for entry in file_entries()} == LANGUAGES


def test_tricky_ordinary_phrases_are_never_flagged():
    assert {text: found_kinds(text) for text in TRICKY_CLEAN} == {
        text: set() for text in TRICKY_CLEAN
    }
