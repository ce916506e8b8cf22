"""Time to screen one 5,000-character story, the longest the form accepts.

Run: .venv/bin/python bench/screening.py   (no database needed: the lexicon of the files)

The text is made of the development half of the screening corpus (testimonies in the four
languages, with and without findings), so that every kind of pattern has something to find.
Goal on this machine: under 20 ms.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 50
LENGTH = 5000


def story():
    corpus = ROOT / "tests" / "moderation" / "corpus" / "development.json"
    entries = json.loads(corpus.read_text(encoding="utf-8"))
    return " ".join(entry["text"] for entry in entries)[:LENGTH]


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "somos.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from moderation.lexicon import Lexicon, file_entries
    from moderation.screening import screen

    lexicon = Lexicon([entry.phrase for entry in file_entries()])
    text = story()
    found = screen(text, lexicon=lexicon)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        screen(text, lexicon=lexicon)
        timings.append((time.perf_counter() - started) * 1000)
    kinds = sorted({finding.kind.value for finding in found})
    print(f"screening a story of {len(text):,} characters, {RUNS} runs ({', '.join(kinds)} found)")
    print(f"  median {statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms")
    print(f"  goal under 20 ms: {'met' if statistics.median(timings) < 20 else 'NOT met'}")


if __name__ == "__main__":
    main()
