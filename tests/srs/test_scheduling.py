"""The scheduling layer against the real fsrs library, study days, presets and labels."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import fsrs
import pytest

from studyapp.srs import CardState, MemoryState, Preset, Rating, format_interval, next_intervals, review
from studyapp.srs.scheduling import from_ms, parse_step, to_ms
from studyapp.srs.studyday import next_study_day_start, study_day, study_day_start

NOW = datetime(2026, 3, 2, 14, 0, tzinfo=timezone.utc)
NO_FUZZ = Preset(enable_fuzzing=False)


@pytest.mark.parametrize("rating", list(Rating))
def test_first_answer_matches_fsrs(rating: Rating) -> None:
    expected, _ = fsrs.Scheduler(enable_fuzzing=False).review_card(
        fsrs.Card(card_id=1, due=NOW), fsrs.Rating(int(rating)), NOW
    )
    got = review(NO_FUZZ, 1, MemoryState(), rating, NOW).after
    assert got == MemoryState.from_fsrs(expected)
    assert got.state == CardState(int(expected.state))


@pytest.mark.parametrize("rating", list(Rating))
def test_review_card_matches_fsrs_after_a_history(rating: Rating) -> None:
    scheduler = fsrs.Scheduler(enable_fuzzing=False, desired_retention=0.85)
    preset = Preset(enable_fuzzing=False, desired_retention=0.85)
    card = fsrs.Card(card_id=7, due=NOW)
    memory = MemoryState()
    moment = NOW
    for step in (Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD, rating):
        card, _ = scheduler.review_card(card, fsrs.Rating(int(step)), moment)
        memory = review(preset, 7, memory, step, moment).after
        assert memory == MemoryState.from_fsrs(card)
        moment = card.due + timedelta(hours=3)


def test_next_intervals_grow_with_the_rating() -> None:
    memory = MemoryState(CardState.REVIEW, None, 12.0, 5.0, to_ms(NOW), to_ms(NOW - timedelta(days=12)))
    iv = next_intervals(Preset(), memory, NOW)
    assert iv[Rating.AGAIN] == timedelta(minutes=10)  # relearning step
    assert iv[Rating.HARD] < iv[Rating.GOOD] < iv[Rating.EASY]
    assert iv[Rating.GOOD] >= timedelta(days=1)


def test_new_card_intervals_follow_the_learning_steps() -> None:
    iv = next_intervals(Preset(learning_steps="2m 15m"), MemoryState(), NOW)
    assert iv[Rating.AGAIN] == timedelta(minutes=2)
    assert iv[Rating.GOOD] == timedelta(minutes=15)


def test_millisecond_round_trip() -> None:
    moment = datetime(2026, 3, 2, 14, 0, 5, 123000, tzinfo=timezone.utc)
    assert from_ms(to_ms(moment)) == moment
    assert to_ms(datetime(1970, 1, 1, tzinfo=timezone.utc)) == 0


@pytest.mark.parametrize(
    ("seconds", "label"),
    [(30, "30s"), (60, "1m"), (600, "10m"), (3 * 3600, "3h"), (86400, "1d"), (8 * 86400, "8d"),
     (75 * 86400, "2.5mo"), (400 * 86400, "1.1y"), (365.25 * 2 * 86400, "2y")],
)
def test_format_interval(seconds: float, label: str) -> None:
    assert format_interval(timedelta(seconds=seconds)) == label


@pytest.mark.parametrize("text", ["", "10", "m", "-1m", "0m", "1w", "abc", "400d"])
def test_bad_steps_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_step(text)


def test_preset_validation() -> None:
    assert Preset().validate() == Preset()
    for bad in (dict(desired_retention=0.5), dict(learning_steps="1x"), dict(maximum_interval=0),
                dict(new_per_day=-1), dict(parameters=(1.0, 2.0))):
        with pytest.raises(ValueError):
            Preset().with_changes(**bad)


def test_study_day_rolls_over_at_the_local_hour(tz: str) -> None:
    # Berlin is UTC+1 in March: 04:00 local is 03:00 UTC.
    before = datetime(2026, 3, 2, 2, 59, tzinfo=timezone.utc)
    after = datetime(2026, 3, 2, 3, 0, tzinfo=timezone.utc)
    assert study_day(before) == datetime(2026, 3, 1).date()
    assert study_day(after) == datetime(2026, 3, 2).date()
    assert study_day_start(after) == after
    assert next_study_day_start(before) == after
    assert study_day_start(after, rollover_hour=0) == datetime(2026, 3, 1, 23, 0, tzinfo=timezone.utc)
