"""Spaced-repetition scheduling on the ``fsrs`` package (py-fsrs, FSRS-6).

Qt-free and database-free: the store keeps card state in plain columns and this package
turns it into :class:`fsrs.Card` objects and back.
"""

from studyapp.srs.scheduling import (
    CardState,
    MemoryState,
    Preset,
    Rating,
    ReviewOutcome,
    format_interval,
    next_intervals,
    review,
    scheduler_for,
)
from studyapp.srs.studyday import study_day, study_day_start

__all__ = [
    "CardState",
    "MemoryState",
    "Preset",
    "Rating",
    "ReviewOutcome",
    "format_interval",
    "next_intervals",
    "review",
    "scheduler_for",
    "study_day",
    "study_day_start",
]
