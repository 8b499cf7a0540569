"""Progress dashboard figures on real collections, with a controlled clock and time zone."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path


from studyapp import Collection, Rating
from studyapp.srs.scheduling import to_ms
from studyapp.srs.studyday import study_day
from studyapp.stats.progress import FORECAST_DAYS, HISTORY_DAYS, Progress
from studyapp.store.bulk import make_review_due
from tests.conftest import NOON

UTC = timezone.utc
FIXTURE = Path(__file__).parent.parent / "data" / "schema1.sqlite3"


def berlin(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """A Berlin wall-clock time as aware UTC (CET = UTC+1 before 29 March 2026, CEST = UTC+2 after)."""
    offset = 2 if (mo, d) >= (3, 29) and (mo, d) < (10, 25) else 1
    return datetime(y, mo, d, h, mi, tzinfo=UTC) - timedelta(hours=offset)


def to_review(col: Collection, card_id: int, at: datetime) -> datetime:
    """Answer a new card Good twice (new → learning → review); returns the time after."""
    col.answer(card_id, Rating.GOOD, duration_ms=1000, now=at)
    col.answer(card_id, Rating.GOOD, duration_ms=1000, now=at + timedelta(minutes=10))
    return at + timedelta(minutes=11)


def day(p: Progress, d: date):
    (found,) = [x for x in p.days if x.day == d]
    return found


def test_empty_collection(col: Collection, tz: str) -> None:
    p = col.progress(now=NOON)
    assert p.is_empty and p.total_reviews == 0 and p.total_time_ms == 0
    assert p.streak == 0 and p.reviews_today == 0 and p.due_today == 0 and p.days_studied == 0
    assert len(p.days) == HISTORY_DAYS and p.days[-1].day == date(2026, 3, 2) and p.today == date(2026, 3, 2)
    assert p.days[0].day == date(2026, 3, 2) - timedelta(days=HISTORY_DAYS - 1)
    assert len(p.forecast) == FORECAST_DAYS and all(d.total == 0 for d in p.forecast)
    assert p.cards.total == 0 and p.retention_30d is None
    assert all(point.retention is None for point in p.retention(30, 7))
    json.dumps(p.to_dict())  # JSON-ready


def test_reviews_by_state_day_and_rollover_hour(col: Collection, tz: str) -> None:
    deck = col.create_deck("News")
    a, b, c = col.add_cards(deck, [("qa", "a"), ("qb", "b"), ("qc", "c")])
    # 2 March, 15:00 Berlin: a and b new → learning → review (2 new, 2 learning answers).
    t = to_review(col, a, berlin(2026, 3, 2, 15))
    to_review(col, b, t)
    # 3 March 03:30 Berlin is still study day 2 March (rollover 04:00): a lapses (review, Again).
    col.answer(a, Rating.AGAIN, duration_ms=5000, now=berlin(2026, 3, 3, 3, 30))
    # 3 March 04:30 Berlin: study day 3 March. a relearns (relearning), b passes (review, Good).
    col.answer(a, Rating.GOOD, duration_ms=2000, now=berlin(2026, 3, 3, 4, 30))
    col.answer(b, Rating.GOOD, duration_ms=3000, now=berlin(2026, 3, 3, 4, 31))
    col.answer(c, Rating.GOOD, duration_ms=500, now=berlin(2026, 3, 3, 4, 32))  # new
    now = berlin(2026, 3, 3, 12)
    p = col.progress(now=now)
    d2, d3 = day(p, date(2026, 3, 2)), day(p, date(2026, 3, 3))
    assert (d2.new, d2.learning, d2.review, d2.relearning, d2.passed) == (2, 2, 1, 0, 0)
    assert (d3.new, d3.learning, d3.review, d3.relearning, d3.passed) == (1, 0, 1, 1, 1)
    assert d2.time_ms == 4 * 1000 + 5000 and d3.time_ms == 5500
    assert p.reviews_today == 3 and p.total_reviews == 8 and p.total_time_ms == 14_500
    assert p.streak == 2 and p.days_studied == 2
    assert p.cards.review == 2 and p.cards.learning == 1 and p.cards.new == 0
    # The rollover hour moves the 03:30 answer to 3 March.
    col.set_rollover_hour(3)
    p3 = col.progress(now=now)
    assert day(p3, date(2026, 3, 2)).total == 4 and day(p3, date(2026, 3, 3)).total == 4
    assert day(p3, date(2026, 3, 3)).review == 2 and day(p3, date(2026, 3, 3)).passed == 1


def test_agrees_with_stats(col: Collection, tz: str) -> None:
    deck = col.create_deck("News")
    ids = col.add_cards(deck, [(f"q{i}", f"a{i}") for i in range(12)])
    t = NOON - timedelta(days=20)
    for i in ids[:8]:
        t = to_review(col, i, t)
    rng = random.Random(3)
    for k in range(40):
        t += timedelta(hours=9)
        card = col.card(ids[k % 8])
        if card.memory.state in (1, 3):
            col.answer(card.id, Rating.GOOD, now=t)
        else:
            col.answer(card.id, Rating.AGAIN if rng.random() < 0.25 else Rating.GOOD, now=t)
    col.set_suspended([ids[0], ids[9]])
    now = t + timedelta(hours=1)
    for scope in (None, deck):
        p, s = col.progress(scope, now=now), col.stats(scope, now=now)
        assert (p.cards.new, p.cards.learning, p.cards.review, p.cards.relearning, p.cards.suspended, p.cards.total) == (
            s.new, s.learning, s.review, s.relearning, s.suspended, s.cards)
        assert p.due_today == s.due_today and p.reviews_today == s.reviews_today
        assert p.retention_30d == s.retention_30d and p.retention_reviews_30d == s.retention_reviews_30d
        assert s.retention_reviews_30d > 20 and 0 < s.retention_30d < 1
        assert p.total_reviews == col.review_count() == 56
        d = p.to_dict()
        assert {k: d[k] for k in ("due_today", "reviews_today", "retention_30d")} == {
            "due_today": s.due_today, "reviews_today": s.reviews_today, "retention_30d": s.retention_30d}


def test_true_retention_by_week(col: Collection, tz: str) -> None:
    deck = col.create_deck("News")
    ids = col.add_cards(deck, [(f"q{i}", f"a{i}") for i in range(4)])
    start = NOON - timedelta(days=13)  # two weeks ending today
    t = start
    for i in ids:
        t = to_review(col, i, t)
    # Week 1 (days -13..-7): 3 passes, 1 lapse; week 2 (days -6..0): 1 pass, 1 lapse (+1 relearning answer).
    col.answer(ids[0], Rating.GOOD, now=start + timedelta(days=1))
    col.answer(ids[1], Rating.HARD, now=start + timedelta(days=2))
    col.answer(ids[2], Rating.EASY, now=start + timedelta(days=3))
    col.answer(ids[3], Rating.AGAIN, now=start + timedelta(days=4))
    col.answer(ids[3], Rating.GOOD, now=start + timedelta(days=4, minutes=10))  # relearning: not in retention
    col.answer(ids[0], Rating.GOOD, now=NOON - timedelta(days=2))
    col.answer(ids[1], Rating.AGAIN, now=NOON)
    p = col.progress(now=NOON + timedelta(hours=1))
    weeks = p.retention(14, 7)
    assert [(w.first, w.last, w.reviews, w.passed) for w in weeks] == [
        (date(2026, 2, 17), date(2026, 2, 23), 4, 3),
        (date(2026, 2, 24), date(2026, 3, 2), 2, 1),
    ]
    assert weeks[0].retention == 0.75 and weeks[1].retention == 0.5
    assert [w.reviews for w in p.retention(3, 1)] == [1, 0, 1]  # days -2, -1, today
    assert p.to_dict()["retention_weekly"][-1]["retention"] == 0.5
    assert p.retention_30d == 4 / 6


def test_streak(col: Collection, tz: str) -> None:
    deck = col.create_deck("News")
    (card,) = col.add_cards(deck, [("q", "a")])
    for back in (9, 3, 2, 1):  # a gap on days -8..-4
        col.answer(card, Rating.GOOD, now=NOON - timedelta(days=back))
    assert col.progress(now=NOON).streak == 3  # nothing yet today: ends yesterday
    assert col.progress(now=NOON + timedelta(days=1)).streak == 0  # yesterday missed
    col.answer(card, Rating.GOOD, now=NOON)
    p = col.progress(now=NOON)
    assert p.streak == 4 and p.days_studied == 5
    # Before 04:00 the next morning it is still the same study day.
    assert col.progress(now=berlin(2026, 3, 3, 3, 59)).streak == 4


def test_streak_and_totals_longer_than_the_history(col: Collection, tz: str) -> None:
    deck = col.create_deck("News")
    (card,) = col.add_cards(deck, [("q", "a")])
    for back in range(399, -1, -1):  # 400 study days in a row, 10:00 UTC (11:00/12:00 Berlin)
        col.answer(card, Rating.GOOD, duration_ms=back, now=NOON.replace(hour=10) - timedelta(days=back))
    col.answer(card, Rating.GOOD, duration_ms=7, now=NOON - timedelta(days=450))  # long before, after a gap
    for scope in (None, deck):
        p = col.progress(scope, now=NOON)
        assert p.streak == 400
        assert p.total_reviews == 401 and p.total_time_ms == sum(range(400)) + 7
        assert p.days_studied == HISTORY_DAYS


def test_days_follow_daylight_saving_exactly(col: Collection, tz: str) -> None:
    """Answers around both 2026 DST changes land in the study day the app itself counts them in."""
    deck = col.create_deck("News")
    other = col.create_deck("Other")
    ids = col.add_cards(deck, [(f"q{i}", "a") for i in range(30)]) + col.add_cards(other, [("o", "a")])
    fixed = [
        datetime(2026, 3, 28, 2, 59, tzinfo=UTC),  # 03:59 CET: study day 27 March
        datetime(2026, 3, 28, 3, 0, tzinfo=UTC),  # 04:00 CET: 28 March
        datetime(2026, 3, 29, 1, 59, tzinfo=UTC),  # 03:59 CEST: still 28 March (a 23-hour study day)
        datetime(2026, 3, 29, 2, 0, tzinfo=UTC),  # 04:00 CEST: 29 March (a fixed +1 h offset says 28)
        datetime(2026, 3, 29, 2, 30, tzinfo=UTC),
        datetime(2026, 10, 25, 1, 59, tzinfo=UTC),  # 03:59 CEST: 24 October
        datetime(2026, 10, 25, 2, 30, tzinfo=UTC),  # 03:30 CET: still 24 October (a 25-hour study day)
        datetime(2026, 10, 25, 3, 0, tzinfo=UTC),  # 04:00 CET: 25 October
    ]
    rng = random.Random(7)
    moments = fixed + [datetime(2026, 3, 20, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 240 * 24 * 60)) for _ in range(60)]
    moments.sort()
    for i, moment in enumerate(moments):
        col.answer(ids[i % len(ids)] if i % 9 else ids[-1], Rating.GOOD, duration_ms=100 + i, now=moment)
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)
    assert [study_day(m, 4) for m in fixed] == [date(2026, 3, 27), date(2026, 3, 28), date(2026, 3, 28), date(2026, 3, 29),
                                                     date(2026, 3, 29), date(2026, 10, 24), date(2026, 10, 24), date(2026, 10, 25)]
    for scope in (None, deck):
        expected: Counter[tuple[date, int]] = Counter()
        time_ms: Counter[date] = Counter()
        for entry in col.reviews(deck=scope):
            key = study_day(entry.reviewed_at, 4)
            expected[key, int(entry.state_before)] += 1
            time_ms[key] += entry.duration_ms
        p = col.progress(scope, now=now)
        got = Counter()
        for d in p.days:
            for state, n in ((0, d.new), (1, d.learning), (2, d.review), (3, d.relearning)):
                if n:
                    got[d.day, state] = n
            if d.time_ms:
                assert d.time_ms == time_ms[d.day]
        assert got == expected
        assert sum(d.total for d in p.days) == col.review_count(scope)


def test_due_forecast(col: Collection, tz: str) -> None:
    deck = col.create_deck("News")
    other = col.create_deck("Other")
    ids = col.add_cards(deck, [(f"q{i}", "a") for i in range(10)])
    extra = col.add_cards(other, [("o1", "a"), ("o2", "a")])
    last = to_ms(NOON - timedelta(days=5))
    make_review_due(col._db, ids[:2], to_ms(NOON - timedelta(days=3)), last)  # overdue: today
    make_review_due(col._db, ids[2:3], to_ms(berlin(2026, 3, 3, 3, 59)), last)  # before tomorrow's rollover: today
    make_review_due(col._db, ids[3:5], to_ms(berlin(2026, 3, 3, 4, 0)), last)  # tomorrow
    make_review_due(col._db, ids[5:6], to_ms(NOON + timedelta(days=29)), last)  # last forecast day
    make_review_due(col._db, ids[6:7], to_ms(NOON + timedelta(days=30)), last)  # beyond
    make_review_due(col._db, ids[7:8], to_ms(NOON + timedelta(days=1)), last)
    make_review_due(col._db, extra, to_ms(NOON + timedelta(days=1)), last)
    col.set_suspended([ids[7]])
    col.answer(ids[8], Rating.GOOD, now=NOON)  # learning, due in 10 minutes: today
    p = col.progress(now=NOON)
    assert [(d.learning, d.review) for d in p.forecast[:2]] == [(1, 3), (0, 4)]
    assert p.forecast[29].total == 1 and p.forecast[29].day == date(2026, 3, 31)
    assert sum(d.total for d in p.forecast) == 9
    assert p.due_today == col.stats(now=NOON).due_today == 4
    pd = col.progress(deck, now=NOON)
    assert [d.total for d in pd.forecast[:2]] == [4, 2] and sum(d.total for d in pd.forecast) == 7
    assert pd.due_today == col.stats(deck, now=NOON).due_today


def test_deck_filter_partitions_the_collection(col: Collection, tz: str) -> None:
    decks = [col.create_deck("A"), col.create_deck("B")]
    cards = {d.id: col.add_cards(d, [(f"{d.name}{i}", "x") for i in range(5)]) for d in decks}
    t = NOON - timedelta(days=40)
    rng = random.Random(11)
    for k in range(120):
        d = decks[rng.random() < 0.3]
        card = col.card(rng.choice(cards[d.id]))
        col.answer(card.id, Rating.AGAIN if rng.random() < 0.2 else Rating.GOOD, duration_ms=k, now=t)
        t += timedelta(hours=rng.choice((1, 5, 9)))
    now = t
    whole = col.progress(now=now)
    parts = [col.progress(d.name, now=now) for d in decks]
    assert parts[0].deck == "A" and whole.deck is None
    for i, d in enumerate(whole.days):
        a, b = parts[0].days[i], parts[1].days[i]
        assert d.day == a.day == b.day
        assert (d.new, d.learning, d.review, d.relearning, d.passed, d.time_ms) == (
            a.new + b.new, a.learning + b.learning, a.review + b.review, a.relearning + b.relearning,
            a.passed + b.passed, a.time_ms + b.time_ms)
    assert whole.total_reviews == 120 == parts[0].total_reviews + parts[1].total_reviews
    assert whole.cards.total == 10 and parts[1].cards.total == 5
    assert [f.total for f in whole.forecast] == [a.total + b.total for a, b in zip(parts[0].forecast, parts[1].forecast)]


def test_whole_collection_reads_only_the_covering_index(col: Collection, tz: str) -> None:
    """The speed of the dashboard rests on this plan: no table rows, no sort."""
    from studyapp.stats.progress import progress as compute

    seen: list[str] = []
    read = col._read

    def spy(sql, params=()):
        seen.extend(row[-1] for row in col._db.execute("EXPLAIN QUERY PLAN " + sql, params))
        return read(sql, params)

    col._read = spy  # type: ignore[method-assign]
    compute(col, now=NOON)
    review_steps = [s for s in seen if " review" in s or " r " in s]
    assert review_steps and all("COVERING INDEX" in s for s in review_steps if "review" in s)
    assert not [s for s in seen if "TEMP B-TREE" in s], [s for s in seen if "TEMP B-TREE" in s]


def test_schema1_file_is_upgraded_with_the_statistics_index(tmp_path: Path, tz: str) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    with Collection.open(path, auto_backup=False) as col:
        p = col.progress(now=datetime(2026, 11, 3, 12, tzinfo=UTC))
        assert p.total_reviews == 4 and p.reviews_today == 0 and p.rollover_hour == 5
        assert day(p, date(2026, 11, 2)).total == 4 and p.streak == 1
    db = sqlite3.connect(path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_review_stats", "ix_review_card"} <= names
    db.close()
