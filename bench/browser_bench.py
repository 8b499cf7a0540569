"""Card browser queries at scale: ``python bench/browser_bench.py [N]``.

Builds N cards (default 100,000) and prints the median of 7 runs of: the first page of a
text search, the first page sorted by due, the match count, and a page deep in the list.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp import Collection
from studyapp.srs.scheduling import to_ms
from studyapp.store.bulk import make_review_due

WORDS = ("minister election harbour budget court ruling striker transfer vaccine trial merger shares "
         "earthquake rescue museum festival senator treaty summit tariff").split()  # fmt: skip


def median_ms(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=100_000)
    a = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as d, Collection.open(Path(d) / "c.sqlite3") as col:
        deck = col.create_deck("Bench")
        ids = col.add_cards(deck, ((f"Who said the {' '.join(rng.sample(WORDS, 4))} story {i}?",
                                    f"Person {i % 5000}") for i in range(a.n)))  # fmt: skip
        now = datetime.now(timezone.utc)
        half = ids[: a.n // 2]
        make_review_due(col._db, half, to_ms(now + timedelta(days=3)), to_ms(now - timedelta(days=5)))
        print(f"{a.n} cards")
        print(f"search 'harbour' first page: median {median_ms(lambda: col.find_cards('harbour', limit=200)):.1f} ms")
        print(f"search 'harbour court' first page: median {median_ms(lambda: col.find_cards('harbour court', limit=200)):.1f} ms")
        print(f"search rare 'story 99999' first page: median {median_ms(lambda: col.find_cards('story 99999', limit=200)):.1f} ms")
        print(f"sort by due first page: median {median_ms(lambda: col.find_cards('', sort='due', limit=200)):.1f} ms")
        print(f"sort by question first page: median {median_ms(lambda: col.find_cards('', sort='front', limit=200)):.1f} ms")
        print(f"count 'harbour': median {median_ms(lambda: col.count_cards('harbour')):.1f} ms")
        print(f"deck list counts: median {median_ms(lambda: col.deck_counts()):.1f} ms")


if __name__ == "__main__":
    main()
