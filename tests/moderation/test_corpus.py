"""The screening measured on a labelled corpus of testimonies in es, pt, en and pap."""

from moderation.screening import screen

from .corpus import CORPUS, TRICKY_CLEAN

MIN_RECALL = 0.95
MAX_FALSE_FLAGS = 0.05


def found_kinds(text):
    return sorted({finding.kind for finding in screen(text)})


def test_the_corpus_is_large_and_balanced():
    clean = [entry for entry in CORPUS if not entry["expected"]]
    assert len(CORPUS) >= 80
    assert len(clean) >= len(CORPUS) / 2
    assert {entry["language"] for entry in CORPUS} == {"es", "pt", "en", "pap"}


def test_recall_and_false_flags_on_the_corpus(capsys):
    expected_total = caught = clean = false_flags = 0
    missed = []
    for entry in CORPUS:
        found = set(found_kinds(entry["text"]))
        expected = set(entry["expected"])
        if expected:
            expected_total += len(expected)
            caught += len(expected & found)
            if expected - found:
                missed.append((sorted(expected - found), entry["text"][:80]))
        else:
            clean += 1
            false_flags += bool(found)
    recall = caught / expected_total
    false_flag_rate = false_flags / clean

    with capsys.disabled():
        print(
            f"\nscreening corpus: {len(CORPUS)} texts, recall {recall:.1%} "
            f"({caught}/{expected_total} expected findings), false flags {false_flag_rate:.1%} "
            f"({false_flags}/{clean} clean texts)"
        )
    assert recall >= MIN_RECALL, missed
    assert false_flag_rate <= MAX_FALSE_FLAGS


def test_tricky_ordinary_phrases_are_never_flagged():
    assert {text: found_kinds(text) for text in TRICKY_CLEAN} == {text: [] for text in TRICKY_CLEAN}
