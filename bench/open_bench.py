"""Cost of opening a big collection with its data-safety checks: ``python bench/open_bench.py [N] [--repeat R]``.

Builds N cards (default 100,000) in 10 decks, half of them due, with 3 reviews per card in
the log, then measures (best and median of R runs, warm page cache):

- the open-time checks alone (header, schema, small tables; plus a full quick_check for
  files up to 16 MB),
- ``Collection.open`` + ``deck_counts()`` (what the GUI does before drawing the deck list),
  with no backup due (for files over 16 MB the background thread runs a quick_check) and with
  one due (the background thread copies and checks the file while the deck list is computed),
- the background work itself: backup copy, ``quick_check``, ``integrity_check``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp import Collection
from studyapp.srs.scheduling import to_ms
from studyapp.store.backup import backup_dir, create_backup
from studyapp.store.bulk import make_review_due
from studyapp.store.integrity import full_check, header_problem, quick_check_on_open, structure_problem


def build(path: Path, n: int) -> None:
    now = datetime.now(timezone.utc)
    with Collection.open(path, auto_backup=False) as col:
        ids: list[int] = []
        for d in range(10):
            deck = col.create_deck(f"Deck {d}")
            part = col.add_cards(deck, ((f"Who held post {i} of deck {d} in June 2013?", f"Person {i}") for i in range(n // 10)))
            make_review_due(col._db, part[: len(part) // 2], to_ms(now - timedelta(days=1)), to_ms(now - timedelta(days=11)))
            ids += part
        db = col._db
        db.execute("BEGIN IMMEDIATE")
        t = to_ms(now)
        db.executemany(
            "INSERT INTO review(card_id, rating, reviewed_ms, duration_ms, state_before, stability_before, difficulty_before, "
            "due_before_ms, last_review_before_ms, state_after, stability_after, difficulty_after, due_after_ms) "
            "VALUES (?, 3, ?, 4000, 2, 10.0, 5.0, ?, ?, 2, 20.0, 5.0, ?)",
            [(ids[i % len(ids)], t - i * 60_000, t - i * 60_000, t - i * 60_000 - 86_400_000, t + 86_400_000) for i in range(3 * n)],
        )
        db.execute("COMMIT")


def timed(f: Callable[[], object], repeat: int) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        runs.append((time.perf_counter() - t) * 1000)
    return min(runs), statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=100_000)
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "collection.sqlite3"
        t = time.perf_counter()
        build(path, a.n)
        print(f"N={a.n} cards, {3 * a.n} reviews, {path.stat().st_size / 1e6:.1f} MB, built in {time.perf_counter() - t:.1f} s")

        on_open = quick_check_on_open(path)
        print("full quick_check: " + ("on open (file <= 16 MB)" if on_open else "in the background after open (file > 16 MB)"))

        def checks() -> None:
            assert header_problem(path) is None
            conn = sqlite3.connect(path)
            assert structure_problem(conn, full=on_open) is None
            conn.close()

        closing: list[float] = []

        def open_list(auto_backup: bool = True) -> None:
            col = Collection.open(path, auto_backup=auto_backup)
            assert len(col.deck_counts()) == 10
            t = time.perf_counter()
            col.close()
            closing.append((time.perf_counter() - t) * 1000)

        def open_list_backup_due() -> None:
            for f in backup_dir(path).glob("*"):
                f.unlink()
            os.utime(path)
            open_list()

        def conn_check(quick: bool) -> None:
            conn = sqlite3.connect(path)
            assert full_check(conn, quick=quick) is None
            conn.close()

        rows = [
            ("open-time checks" + (" incl. quick_check" if on_open else " (header, schema, small tables)"), checks),
            ("open + deck_counts, auto_backup=False", lambda: open_list(False)),
            ("open + deck_counts, no backup due", open_list),
            ("open + deck_counts, backup due (copy runs alongside)", open_list_backup_due),
            ("background: backup copy", lambda: create_backup(path, thin=False)),
            ("background: backup copy + integrity_check of the copy", lambda: create_backup(path, check=True, thin=False)),
            ("background: quick_check of the collection", lambda: conn_check(True)),
            ("integrity_check of the collection", lambda: conn_check(False)),
        ]
        for label, f in rows:
            closing.clear()
            if "open +" in label:
                times = []
                for _ in range(a.repeat):
                    t0 = time.perf_counter()
                    f()
                    times.append((time.perf_counter() - t0) * 1000 - closing[-1])
                best, med = min(times), statistics.median(times)
            else:
                best, med = timed(f, a.repeat)
            extra = f"  (then close: median {statistics.median(closing):.1f} ms)" if closing else ""
            print(f"{label:<60} best {best:7.1f} ms  median {med:7.1f} ms{extra}")


if __name__ == "__main__":
    main()
