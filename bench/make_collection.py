"""Build a big realistic collection: ``python bench/make_collection.py N M PATH [--seed S] [--decks D]``.

N cards in D decks (default 5) and M review-log rows spread over the last year, written
through the store's bulk path (:func:`studyapp.store.bulk.load_history`: ``executemany`` in
one transaction). Each reviewed card gets a plausible life: a first answer (new), learning
steps minutes apart, then reviews at growing intervals (about 11 % Again, which sends the
card to relearning and shrinks its interval), answered on or a little after the due day, with
about one day in twelve skipped (never in the last 25 days, so the streak is non-trivial).
The card's final state, due time and last review match its last log row; cards past the
M-th review stay new; 1 % of cards are suspended. Prints the build time.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp import Collection
from studyapp.srs.scheduling import to_ms
from studyapp.srs.studyday import study_day_start
from studyapp.store.bulk import load_history

DAY = 86_400_000
MINUTE = 60_000
DAYS = 365
_NEW_DIFF = {1: 7.5, 3: 5.0, 4: 3.0}
_FACTOR = {2: 1.2, 3: 2.4, 4: 3.4}
_DIFF_STEP = {2: 0.3, 3: -0.05, 4: -0.4}
DECK_NAMES = ["World news", "Politics", "Economy", "Science", "Sport", "Culture", "Health", "Technology"]


class _Sim:
    """Simulates card histories against a calendar of study days."""

    def __init__(self, now_ms: int, first_day_ms: int, rng: random.Random) -> None:
        self.now_ms = now_ms
        self.first = first_day_ms  # start of the first study day of the year
        self.rng = rng
        today = (now_ms - first_day_ms) // DAY
        self.today = today
        off = {d for d in range(today - 25) if rng.random() < 1 / 12}
        # next_on[d]: the first study day >= d that is not skipped
        self.next_on = [0] * (today + 400)
        nxt = len(self.next_on) - 1
        for d in range(len(self.next_on) - 1, -1, -1):
            if d not in off:
                nxt = d
            self.next_on[d] = nxt
        self.session = [rng.uniform(2.5, 15.0) * 3_600_000 for _ in range(len(self.next_on))]  # hours after rollover

    def time_on(self, day: int) -> int:
        """A moment on study day ``day`` (its session, spread over about 45 minutes)."""
        day = self.next_on[max(0, day)]
        t = self.first + day * DAY + int(self.session[day]) + int(self.rng.random() * 45 * MINUTE)
        if day == self.today and t >= self.now_ms:
            t = self.first + day * DAY + int(self.rng.random() * max(1, self.now_ms - self.first - day * DAY))
        return t

    def card(self, card_id: int, growth: float, out: list[tuple] | None) -> tuple[int, tuple]:
        """Simulate one card from a random first day; append its rows to ``out``. Returns (rows, final state)."""
        rng = self.rng
        t = self.time_on(int(rng.random() * (self.today + 1)))
        state, step, stab, diff, due, last = 0, None, None, None, 0, None
        ivl = 0.0
        n = 0
        while t < self.now_ms:
            r = rng.random()
            if state == 0:
                rating = 1 if r < 0.12 else (4 if r > 0.96 else 3)
                diff_a = _NEW_DIFF[rating] + 1.6 * rng.random() - 0.8
                if rating == 4:
                    s_a, st_a, step_a, ivl = 3.0, 2, None, 3.0
                    due_a = t + 3 * DAY
                else:
                    s_a, st_a, step_a = (0.4 if rating == 1 else 2.3), 1, (0 if rating == 1 else 1)
                    due_a = t + (MINUTE if rating == 1 else 10 * MINUTE)
            elif state in (1, 3):
                rating = 1 if r < 0.08 else 3
                diff_a = diff + (0.5 if rating == 1 else -0.1)
                if rating == 1:
                    s_a, st_a, step_a = stab, state, 0
                    due_a = t + (MINUTE if state == 1 else 10 * MINUTE)
                elif state == 1 and step == 0:
                    s_a, st_a, step_a = stab, 1, 1
                    due_a = t + 10 * MINUTE
                else:
                    ivl = max(1.0, ivl) if state == 3 else rng.choice((1.0, 1.0, 2.0))
                    s_a, st_a, step_a = max(stab, ivl), 2, None
                    due_a = t + int(ivl * DAY)
            else:
                rating = 1 if r < 0.11 else (2 if r < 0.19 else (4 if r > 0.94 else 3))
                if rating == 1:
                    ivl = max(1.0, ivl * (0.2 + 0.3 * rng.random()))
                    s_a, st_a, step_a, diff_a = max(0.5, stab * 0.35), 3, 0, min(10.0, diff + 0.8)
                    due_a = t + 10 * MINUTE
                else:
                    factor = _FACTOR[rating]
                    ivl = min(365.0, ivl * (1 + (factor - 1) * growth) * (0.9 + 0.2 * rng.random()) + 0.5)
                    s_a, st_a, step_a = ivl * (0.95 + 0.15 * rng.random()), 2, None
                    diff_a = max(1.0, min(10.0, diff + _DIFF_STEP[rating]))
                    due_a = t + int(ivl * DAY)
            if out is not None:
                r2 = rng.random()
                dur = 1500 + int(14_000 * r2 * r2 * r2)  # skewed: median about 3 s, mean about 5 s
                out.append((card_id, rating, t, dur, state, step, stab, diff, due, last,
                            st_a, step_a, s_a, diff_a, due_a))  # fmt: skip
            n += 1
            state, step, stab, diff, due, last = st_a, step_a, s_a, diff_a, due_a, t
            if due_a - t < DAY:  # a learning step: minutes later, the same session
                t = due_a + int(rng.random() * 3 * MINUTE)
            else:
                day = (due_a - self.first) // DAY
                r2 = rng.random()
                late = 0 if r2 < 0.75 else 1 + int((r2 - 0.75) * 12)
                t = self.time_on(int(day) + late)
                if t < due_a - DAY:  # keeps the log consistent: never answered before its due day
                    t = due_a
        return n, (state, step, stab, diff, due, last)


def _growth_for(sim: _Sim, per_card: float) -> float:
    """The interval growth (0–1 of the normal one) that gives about ``per_card`` reviews per card."""
    lo, hi = 0.02, 1.0
    state = sim.rng.getstate()

    def mean(g: float) -> float:
        sim.rng.seed(12345)
        return sum(sim.card(0, g, None)[0] for _ in range(400)) / 400

    if mean(hi) >= per_card:
        sim.rng.setstate(state)
        return hi
    for _ in range(12):
        mid = (lo + hi) / 2
        if mean(mid) >= per_card:
            lo = mid
        else:
            hi = mid
    sim.rng.setstate(state)
    return lo


def build(n: int, m: int, path: Path, seed: int = 1, decks: int = 5, now: datetime | None = None) -> dict[str, float]:
    """Build the collection at ``path`` (must not exist); returns seconds per stage and ``total``."""
    t0 = time.perf_counter()
    now = now or datetime.now(timezone.utc)
    rng = random.Random(seed)
    with Collection.open(path, auto_backup=False) as col:
        hour = col.rollover_hour
        first = to_ms(study_day_start(now - timedelta(days=DAYS - 1), hour))
        sim = _Sim(to_ms(now), first, rng)
        ids: list[int] = []
        per_deck = [n // decks + (1 if i < n % decks else 0) for i in range(decks)]
        for i, count in enumerate(per_deck):
            name = DECK_NAMES[i] if i < len(DECK_NAMES) else f"Deck {i + 1}"
            deck = col.create_deck(name)
            ids += col.add_cards(deck, ((f"{name}: who said statement {k}? (2026)", f"Person {k}") for k in range(count)))
        order = ids[:]
        rng.shuffle(order)
        t_cards = time.perf_counter()
        growth = _growth_for(sim, 1.08 * m / max(1, n)) if n else 1.0
        reviews: list[tuple] = []
        states: list[tuple] = []
        for card_id in order:
            if len(reviews) >= m:
                break
            start = len(reviews)
            sim.card(card_id, growth, reviews)
            if len(reviews) > m:
                del reviews[m:]
            if len(reviews) > start:
                last = reviews[-1]
                states.append((last[10], last[11], last[12], last[13], last[14], last[2], rng.random() < 0.01, card_id))
        reviews.sort(key=lambda row: row[2])
        t_sim = time.perf_counter()
        load_history(col._db, states, reviews)
        t_load = time.perf_counter()
    return {"cards": t_cards - t0, "simulate": t_sim - t_cards, "write": t_load - t_sim, "total": time.perf_counter() - t0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="cards")
    ap.add_argument("m", type=int, help="review-log rows")
    ap.add_argument("path", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--decks", type=int, default=5)
    a = ap.parse_args()
    if a.path.exists():
        ap.error(f"{a.path} exists")
    t = build(a.n, a.m, a.path, a.seed, a.decks)
    print(f"N={a.n} M={a.m} built {a.path} in {t['total']:.2f} s "
          f"(cards {t['cards']:.2f} s, simulate {t['simulate']:.2f} s, bulk write {t['write']:.2f} s)")


if __name__ == "__main__":
    main()
