"""Progress dashboard statistics: ``python bench/stats_bench.py N M [--deck] [--repeat R]``.

Builds (or reuses, the same day) a collection of N cards and M reviews with
``bench/make_collection.py`` under ``/tmp/studyapp-bench/``, opens it, lets the open-time
background check finish, then times R (default 5) computations of everything the progress
dashboard shows (``Collection.progress()``: reviews per day by state, true retention,
due forecast, cards by state, heatmap year, streak, totals) and prints the median. With
``--deck`` it also times the same for the first deck alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_collection import build  # noqa: E402

from studyapp import Collection  # noqa: E402

CACHE = Path("/tmp/studyapp-bench")


def collection(n: int, m: int) -> Path:
    """The cached bench collection for (N, M), built today if missing."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"stats-{n}-{m}-{date.today():%Y%m%d}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        for stale in CACHE.glob(tmp.name + "*"):
            stale.unlink()
        t = build(n, m, tmp)
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.rename(path)
        print(f"built {path} in {t['total']:.2f} s (simulate {t['simulate']:.2f} s, bulk write {t['write']:.2f} s)")
    return path


def median_ms(col: Collection, repeat: int, deck: str | None = None) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        col.progress(deck=deck)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("m", type=int)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--deck", action="store_true", help="also time the first deck alone")
    a = ap.parse_args()
    path = collection(a.n, a.m)
    with Collection.open(path, auto_backup=False) as col:
        col.background.wait()
        p = col.progress()
        print(f"N={a.n} M={a.m}: {p.total_reviews:,} reviews, streak {p.streak} d, {p.days_studied} study days")
        print(f"dashboard statistics median {median_ms(col, a.repeat):.1f} ms (of {a.repeat})")
        if a.deck:
            deck = col.decks()[0]
            n = col.review_count(deck)
            print(f"deck {deck.name!r} ({n:,} reviews) median {median_ms(col, a.repeat, deck.name):.1f} ms")


if __name__ == "__main__":
    main()
