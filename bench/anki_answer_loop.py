"""The answer-loop benchmark on Anki's own engine, for a side-by-side comparison.

Run it in a separate virtual environment that has the ``anki`` package (it is not a
dependency of studyapp)::

    python -m venv /tmp/ankivenv && /tmp/ankivenv/bin/pip install anki
    /tmp/ankivenv/bin/python bench/anki_answer_loop.py 20000 1000

Same work as ``answer_loop.py``: builds N cards with FSRS on (daily limits raised above K),
makes all of them due for review, then K times fetches the next card and answers it Good
(Anki commits each operation). Prints ``answer latency median X ms p95 Y ms``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from anki.collection import AddNoteRequest, Collection  # type: ignore[import-not-found]
from anki.scheduler.v3 import CardAnswer  # type: ignore[import-not-found]


def run(n: int, k: int, folder: Path) -> tuple[float, list[float]]:
    t0 = time.perf_counter()
    col = Collection(str(folder / "anki.anki2"))
    col.set_config("fsrs", True)
    did = col.decks.id("Bench")
    conf = col.decks.config_dict_for_deck_id(did)
    conf["rev"]["perDay"] = k + 1
    conf["new"]["perDay"] = k + 1
    col.decks.update_config(conf)
    model = col.models.by_name("Basic")
    requests = []
    for i in range(n):
        note = col.new_note(model)
        note["Front"] = f"question {i}"
        note["Back"] = f"answer {i}"
        requests.append(AddNoteRequest(note=note, deck_id=did))
    col.add_notes(requests)
    today = col.sched.today
    col.db.execute(
        "update cards set type = 2, queue = 2, ivl = 10, due = ?, data = ?", today - 1, '{"s":10.0,"d":5.0,"dr":0.9}'
    )
    col.decks.select(did)
    build = time.perf_counter() - t0
    lat = []
    for _ in range(k):
        t = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        top = queued.cards[0]
        card = col.get_card(top.card.id)
        card.start_timer()
        col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD))
        lat.append((time.perf_counter() - t) * 1000)
    col.close()
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
        print(f"anki N={a.n} K={a.k} build {build:.2f} s")
        print(f"answer latency median {statistics.median(lat):.3f} ms p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()
