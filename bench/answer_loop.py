"""Answer latency: ``python bench/answer_loop.py N K [--repeat R]``.

Builds N cards in a fresh collection (daily limits raised above K), makes all of them due
for review, then K times fetches the next card and answers it GOOD through the public API,
each answer committed. Prints the build time and ``answer latency median X ms p95 Y ms``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp import Collection, Rating
from studyapp.srs.scheduling import to_ms
from studyapp.store.bulk import make_review_due


def run(n: int, k: int, folder: Path) -> tuple[float, list[float]]:
    now = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    with Collection.open(folder / "bench.sqlite3") as col:
        deck = col.create_deck("Bench")
        col.update_preset(deck, reviews_per_day=k + 1, new_per_day=k + 1)
        ids = col.add_cards(deck, ((f"question {i}", f"answer {i}") for i in range(n)))
        make_review_due(col._db, ids, to_ms(now - timedelta(days=1)), to_ms(now - timedelta(days=11)))
        build = time.perf_counter() - t0
        lat = []
        for _ in range(k):
            t = time.perf_counter()
            card = col.next_card()
            assert card is not None
            col.answer(card.id, Rating.GOOD, duration_ms=3000)
            lat.append((time.perf_counter() - t) * 1000)
        assert col.review_count() == k
    return build, lat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int)
    ap.add_argument("k", type=int)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    for _ in range(a.repeat):
        with tempfile.TemporaryDirectory() as d:
            build, lat = run(a.n, a.k, Path(d))
        lat.sort()
        p95 = lat[min(len(lat) - 1, int(len(lat) * 0.95))]
        print(f"N={a.n} K={a.k} build {build:.2f} s")
        print(f"answer latency median {statistics.median(lat):.3f} ms p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()
