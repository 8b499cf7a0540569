"""Everything the progress dashboard shows, aggregated in SQL.

:func:`progress` returns a frozen :class:`Progress`: reviews per study day over the last
year (by the card's state before the answer: new, learning, relearning — its own series —
and review), true retention (share of answers to review-state cards not rated Again), a
30-day due forecast, cards by state, the streak and totals. ``Progress.to_dict()`` is JSON.

How it stays fast (``bench/stats_bench.py``: 1,000,000 reviews in well under 0.3 s):

- Reviews are never looped over in Python. The whole collection path runs one statement
  with a correlated sub-query per (study day, state) over the covering index
  ``ix_review_stats (state_before, rating, reviewed_ms, duration_ms)``: every review in the
  year is read once, from the index, with no sort. A deck filter instead walks the deck's
  cards through ``ix_review_card`` and groups what it finds (work grows with the deck).
- Cards by state and the forecast are counted from the partial indices on
  ``(state, due_ms)`` / ``(deck_id, state, due_ms)`` of unsuspended cards.

Study days and time zones: a study day runs from the local rollover hour to the next
(``col.rollover_hour``, in the machine's local zone, as :mod:`studyapp.srs.studyday`). The
exact UTC start of every study day in the window is computed in Python with the zone's
rules and handed to SQL, so days around a daylight-saving change are 23 or 25 hours long and
every review falls in the day the review screen counted it in — no fixed offset is assumed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from studyapp.srs.scheduling import to_ms
from studyapp.srs.studyday import study_day, to_utc
from studyapp.store.version import any_review, sql_ids

if TYPE_CHECKING:
    from studyapp.collection import Collection, DeckRef

#: Study days of review history the dashboard gets (the heatmap's year).
HISTORY_DAYS = 365
#: Days in the due forecast, today first.
FORECAST_DAYS = 30
#: Window of the headline retention figure (the same as ``studyapp stats``).
RETENTION_DAYS = 30

_STATES = (0, 1, 2, 3)  # new, learning, review, relearning (CardState values)
_FAR_PAST = -(2**62)


@dataclass(frozen=True, slots=True)
class DayActivity:
    """The answers given on one study day, by the card's state before the answer."""

    day: date
    new: int = 0
    learning: int = 0
    relearning: int = 0
    review: int = 0
    passed: int = 0  # answers to review-state cards not rated Again (true retention's numerator)
    time_ms: int = 0

    @property
    def total(self) -> int:
        return self.new + self.learning + self.relearning + self.review

    def to_dict(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "new": self.new, "learning": self.learning, "relearning": self.relearning,
                "review": self.review, "passed": self.passed, "total": self.total, "time_ms": self.time_ms}  # fmt: skip


@dataclass(frozen=True, slots=True)
class RetentionPoint:
    """True retention over a run of study days: ``passed / reviews`` (None without reviews)."""

    first: date
    last: date
    reviews: int
    passed: int

    @property
    def retention(self) -> float | None:
        return self.passed / self.reviews if self.reviews else None

    def to_dict(self) -> dict[str, Any]:
        return {"first": self.first.isoformat(), "last": self.last.isoformat(), "reviews": self.reviews,
                "passed": self.passed, "retention": self.retention}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DueDay:
    """Cards due on one study day of the forecast (today also counts everything overdue)."""

    day: date
    learning: int  # learning and relearning cards
    review: int

    @property
    def total(self) -> int:
        return self.learning + self.review

    def to_dict(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "learning": self.learning, "review": self.review, "total": self.total}


@dataclass(frozen=True, slots=True)
class CardCounts:
    """Cards by state; suspended cards count only as suspended (as in ``studyapp stats``)."""

    new: int = 0
    learning: int = 0
    review: int = 0
    relearning: int = 0
    suspended: int = 0

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review + self.relearning + self.suspended

    def to_dict(self) -> dict[str, Any]:
        return {"new": self.new, "learning": self.learning, "review": self.review, "relearning": self.relearning,
                "suspended": self.suspended, "total": self.total}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Progress:
    """The figures of the progress dashboard for a collection or one deck at one moment."""

    now_ms: int
    today: date  # the current study day
    rollover_hour: int
    deck: str | None  # deck name, None for the whole collection
    days: tuple[DayActivity, ...]  # HISTORY_DAYS study days ending today, oldest first
    forecast: tuple[DueDay, ...]  # FORECAST_DAYS study days starting today
    cards: CardCounts
    streak: int  # consecutive study days with an answer, ending today (or yesterday if none yet today)
    total_reviews: int  # all time
    total_time_ms: int  # all time
    retention_30d: float | None  # as ``studyapp stats``: review-state answers not Again, last 30 × 24 h
    retention_reviews_30d: int

    # ------------------------------------------------------------ derived figures
    @property
    def reviews_today(self) -> int:
        return self.days[-1].total if self.days else 0

    @property
    def due_today(self) -> int:
        """Learning and review cards due by the end of today, overdue included (before daily limits)."""
        return self.forecast[0].total if self.forecast else 0

    @property
    def days_studied(self) -> int:
        """Study days of the last year with at least one answer."""
        return sum(1 for d in self.days if d.total)

    @property
    def is_empty(self) -> bool:
        """No answer was ever given (the dashboard shows its "No reviews yet" state)."""
        return self.total_reviews == 0

    def recent(self, n: int) -> tuple[DayActivity, ...]:
        """The last ``n`` study days (today last)."""
        return self.days[-n:] if n > 0 else ()

    def retention(self, span_days: int = HISTORY_DAYS, bucket_days: int = 7) -> tuple[RetentionPoint, ...]:
        """True retention over the last ``span_days`` study days in runs of ``bucket_days``, oldest
        first; the last run ends today (the first may be shorter)."""
        days = self.recent(span_days)
        points = []
        end = len(days)
        while end > 0:
            run = days[max(0, end - bucket_days):end]
            points.append(RetentionPoint(run[0].day, run[-1].day, sum(d.review for d in run), sum(d.passed for d in run)))
            end -= bucket_days
        return tuple(reversed(points))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures (dates as ISO strings, times in milliseconds)."""
        return {
            "deck": self.deck,
            "today": self.today.isoformat(),
            "rollover_hour": self.rollover_hour,
            "cards": self.cards.to_dict(),
            "due_today": self.due_today,
            "reviews_today": self.reviews_today,
            "retention_30d": self.retention_30d,
            "retention_reviews_30d": self.retention_reviews_30d,
            "streak": self.streak,
            "days_studied": self.days_studied,
            "total_reviews": self.total_reviews,
            "total_time_ms": self.total_time_ms,
            "days": [d.to_dict() for d in self.days],
            "retention_weekly": [p.to_dict() for p in self.retention(HISTORY_DAYS, 7)],
            "forecast": [d.to_dict() for d in self.forecast],
        }


# ---------------------------------------------------------------- study-day bounds
def day_start_ms(day: date, rollover_hour: int) -> int:
    """UTC epoch ms at which study ``day`` begins in the local zone (as ``studyday.study_day_start``)."""
    return to_ms(datetime.combine(day, time(rollover_hour)).astimezone())


def _bounds(first: date, n: int, hour: int) -> list[int]:
    """Starts of ``n`` study days from ``first``, plus the end of the last: n + 1 values."""
    return [day_start_ms(first + timedelta(days=i), hour) for i in range(n + 1)]


def _day_index_sql(bounds: list[int], column: str) -> str:
    """SQL mapping ``column`` (ms, within the bounds) to its day index, exactly, DST included.

    Days of equal length form runs (usually two or three in a year: the 23- and 25-hour days
    around DST changes break them); within a run the index is arithmetic.
    """
    runs: list[tuple[int, int]] = []  # (first day index, length ms)
    for i in range(len(bounds) - 1):
        length = bounds[i + 1] - bounds[i]
        if not runs or runs[-1][1] != length:
            runs.append((i, length))
    cases = " ".join(f"WHEN {column} >= {bounds[i]} THEN {i} + ({column} - {bounds[i]}) / {length}" for i, length in reversed(runs))
    return f"CASE {cases} END"


# ---------------------------------------------------------------- queries
def _history_all(col: Collection, bounds: list[int]) -> list[list[int]]:
    """Per day: [new, learning, review, relearning, lapses, time ms] over the whole collection."""
    pairs = json.dumps([[bounds[i], bounds[i + 1]] for i in range(len(bounds) - 1)])
    per_state = ", ".join(
        f"(SELECT json_array(count(*), total(duration_ms)) FROM review WHERE state_before = {s} "
        "AND rating IN (1, 2, 3, 4) AND reviewed_ms >= j.value ->> 0 AND reviewed_ms < j.value ->> 1)"
        for s in _STATES
    )
    lapses = ("(SELECT count(*) FROM review WHERE state_before = 2 AND rating = 1 "
              "AND reviewed_ms >= j.value ->> 0 AND reviewed_ms < j.value ->> 1)")  # fmt: skip
    out = [[0, 0, 0, 0, 0, 0] for _ in range(len(bounds) - 1)]
    for key, *row in col._read(f"SELECT j.key, {per_state}, {lapses} FROM json_each(?) j", (pairs,)):
        counts = [json.loads(cell) for cell in row[:4]]
        out[key] = [counts[0][0], counts[1][0], counts[2][0], counts[3][0], row[4], int(sum(c[1] for c in counts))]
    return out


def _history_deck(col: Collection, bounds: list[int], deck_id: int) -> list[list[int]]:
    """As :func:`_history_all` for one deck: its cards' reviews, grouped by (day, state)."""
    out = [[0, 0, 0, 0, 0, 0] for _ in range(len(bounds) - 1)]
    slot = {0: 0, 1: 1, 2: 2, 3: 3}
    rows = col._read(
        f"SELECT {_day_index_sql(bounds, 'r.reviewed_ms')} AS d, r.state_before, count(*), sum(r.rating = 1), "
        "total(r.duration_ms) FROM card c CROSS JOIN review r ON r.card_id = c.id "
        "WHERE c.deck_id = ? AND r.reviewed_ms >= ? AND r.reviewed_ms < ? GROUP BY d, r.state_before",
        (deck_id, bounds[0], bounds[-1]),
    )
    for d, state, n, lapses, ms in rows:
        if state in slot:
            out[d][slot[state]] += n
            out[d][5] += int(ms)
            if state == 2:
                out[d][4] += lapses or 0
    return out


def _active_days(col: Collection, bounds: list[int], deck_id: int | None) -> list[bool]:
    """Whether each day between the bounds has an answer (for streaks longer than the history)."""
    pairs = json.dumps([[bounds[i], bounds[i + 1]] for i in range(len(bounds) - 1)])
    if deck_id is None:
        sub = f"SELECT 1 FROM review WHERE {any_review()} AND reviewed_ms >= j.value ->> 0 AND reviewed_ms < j.value ->> 1"
        params: tuple[Any, ...] = (pairs,)
    else:
        sub = ("SELECT 1 FROM review r JOIN card c ON c.id = r.card_id WHERE c.deck_id = ?2 "
               "AND r.reviewed_ms >= j.value ->> 0 AND r.reviewed_ms < j.value ->> 1")  # fmt: skip
        params = (pairs, deck_id)
    out = [False] * (len(bounds) - 1)
    for key, v in col._read(f"SELECT j.key, EXISTS({sub}) FROM json_each(?1) j", params):
        out[key] = bool(v)
    return out


def _forecast(col: Collection, bounds: list[int], deck_id: int | None) -> list[tuple[int, int]]:
    """Per day: (learning + relearning, review) cards due, unsuspended; day 0 takes all overdue."""
    pairs = json.dumps([[_FAR_PAST if i == 0 else bounds[i], bounds[i + 1]] for i in range(len(bounds) - 1)])
    # deck by deck through the queue index (deck_id, state, due_ms)
    decks = [deck_id] if deck_id is not None else col._deck_ids()
    scope = f" AND deck_id IN ({sql_ids(decks)})"
    sub = ("(SELECT count(*) FROM card WHERE suspended = 0{scope} AND state {states} "
           "AND due_ms >= j.value ->> 0 AND due_ms < j.value ->> 1)")  # fmt: skip
    sql = f"SELECT j.key, {sub.format(scope=scope, states='IN (1, 3)')}, {sub.format(scope=scope, states='= 2')} FROM json_each(?) j"
    out = [(0, 0)] * (len(bounds) - 1)
    for key, a, b in col._read(sql, (pairs,)):
        out[key] = (a, b)
    return out


def _cards(col: Collection, deck_id: int | None) -> CardCounts:
    if deck_id is None:
        by_state: dict[int, int] = {}
        for state, n in col._read("SELECT state, count(*) FROM card WHERE suspended = 0 GROUP BY deck_id, state"):
            by_state[state] = by_state.get(state, 0) + n  # grouped in the order of ix_card_queue: no sort
        (total,), = col._read("SELECT count(*) FROM card")
    else:
        by_state = dict(col._read("SELECT state, count(*) FROM card WHERE suspended = 0 AND deck_id = ? GROUP BY state", (deck_id,)))
        (total,), = col._read("SELECT count(*) FROM card WHERE deck_id = ?", (deck_id,))
    counts = [by_state.get(s, 0) for s in _STATES]
    return CardCounts(new=counts[0], learning=counts[1], review=counts[2], relearning=counts[3], suspended=total - sum(counts))


def _totals_before(col: Collection, start_ms: int, deck_id: int | None) -> tuple[int, int]:
    """(answers, time ms) before ``start_ms``."""
    if deck_id is None:
        (n, ms), = col._read(
            "SELECT count(*), total(duration_ms) FROM review WHERE state_before IN (0, 1, 2, 3) "
            "AND rating IN (1, 2, 3, 4) AND reviewed_ms < ?", (start_ms,))  # fmt: skip
    else:
        (n, ms), = col._read(
            "SELECT count(*), total(r.duration_ms) FROM card c CROSS JOIN review r ON r.card_id = c.id "
            "WHERE c.deck_id = ? AND r.reviewed_ms < ?", (deck_id, start_ms))  # fmt: skip
    return n, int(ms)


def _retention_since(col: Collection, since_ms: int, deck_id: int | None) -> tuple[int, int]:
    """(answers to review-state cards, of which not Again) since ``since_ms``."""
    if deck_id is None:
        (n, lapses), = col._read(
            "SELECT count(*), sum(rating = 1) FROM review WHERE state_before = 2 AND rating IN (1, 2, 3, 4) "
            "AND reviewed_ms >= ?", (since_ms,))  # fmt: skip
    else:
        (n, lapses), = col._read(
            "SELECT count(*), sum(r.rating = 1) FROM card c CROSS JOIN review r ON r.card_id = c.id "
            "WHERE c.deck_id = ? AND r.state_before = 2 AND r.reviewed_ms >= ?", (deck_id, since_ms))  # fmt: skip
    return n, n - (lapses or 0)


# ---------------------------------------------------------------- entry point
def progress(col: Collection, deck: DeckRef | None = None, now: datetime | None = None) -> Progress:
    """Compute :class:`Progress` for the whole collection or one deck (``now``: aware datetime)."""
    now = to_utc(now)
    now_ms = to_ms(now)
    hour = col.rollover_hour
    target = None if deck is None else col.deck(deck)
    deck_id = None if target is None else target.id
    today = study_day(now, hour)
    first = today - timedelta(days=HISTORY_DAYS - 1)
    bounds = _bounds(first, HISTORY_DAYS, hour)  # ends at the start of tomorrow
    rows = _history_all(col, bounds) if deck_id is None else _history_deck(col, bounds, deck_id)
    days = tuple(
        DayActivity(first + timedelta(days=i), new=r[0], learning=r[1], review=r[2], relearning=r[3], passed=r[2] - r[4], time_ms=r[5])
        for i, r in enumerate(rows)
    )
    due = _forecast(col, _bounds(today, FORECAST_DAYS, hour), deck_id)
    forecast = tuple(DueDay(today + timedelta(days=i), a, b) for i, (a, b) in enumerate(due))

    before_n, before_ms = _totals_before(col, bounds[0], deck_id)
    total_reviews = before_n + sum(d.total for d in days)
    total_time = before_ms + sum(d.time_ms for d in days)

    streak = 0
    active = [d.total > 0 for d in days]
    if active and not active[-1]:
        active.pop()  # nothing yet today: the streak may still end yesterday
    earliest = first  # the first day ``active`` covers
    while active and active[-1]:
        active.pop()
        streak += 1
        if not active and before_n:  # studied every day of the history: look a year further back
            earliest -= timedelta(days=HISTORY_DAYS)
            active = _active_days(col, _bounds(earliest, HISTORY_DAYS, hour), deck_id)

    reviewed, passed = _retention_since(col, now_ms - RETENTION_DAYS * 86_400_000, deck_id)
    return Progress(
        now_ms=now_ms,
        today=today,
        rollover_hour=hour,
        deck=None if target is None else target.name,
        days=days,
        forecast=forecast,
        cards=_cards(col, deck_id),
        streak=streak,
        total_reviews=total_reviews,
        total_time_ms=total_time,
        retention_30d=passed / reviewed if reviewed else None,
        retention_reviews_30d=reviewed,
    )
