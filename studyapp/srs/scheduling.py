"""Card memory state, deck presets and one review step, on top of :mod:`fsrs`.

Times are integer milliseconds since the Unix epoch (UTC) in :class:`MemoryState`, the
same form the store keeps them in, so that a state read back from disk is bit-for-bit
the state that was written (undo restores a card exactly).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from enum import IntEnum
from functools import lru_cache

import fsrs

__all__ = [
    "CardState",
    "MemoryState",
    "Preset",
    "Rating",
    "ReviewOutcome",
    "format_interval",
    "from_ms",
    "next_intervals",
    "review",
    "scheduler_for",
    "to_ms",
]

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class Rating(IntEnum):
    """The four grade buttons."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


class CardState(IntEnum):
    """Where a card is in its life. 1–3 are FSRS's own states; NEW means never answered."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3

    @property
    def label(self) -> str:
        return self.name.capitalize()


def to_ms(moment: datetime) -> int:
    """Aware datetime → integer epoch milliseconds."""
    delta = moment - _EPOCH
    return delta.days * 86_400_000 + delta.seconds * 1000 + delta.microseconds // 1000


def from_ms(ms: int) -> datetime:
    """Integer epoch milliseconds → aware UTC datetime."""
    return _EPOCH + timedelta(milliseconds=ms)


@dataclass(frozen=True, slots=True)
class MemoryState:
    """A card's scheduling state as the store keeps it."""

    state: CardState = CardState.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due_ms: int = 0
    last_review_ms: int | None = None

    @property
    def due(self) -> datetime:
        return from_ms(self.due_ms)

    @property
    def last_review(self) -> datetime | None:
        return None if self.last_review_ms is None else from_ms(self.last_review_ms)

    def to_fsrs(self, card_id: int, now: datetime) -> fsrs.Card:
        """The equivalent :class:`fsrs.Card` (a NEW card is FSRS's first learning step, due now)."""
        if self.state == CardState.NEW:
            return fsrs.Card(card_id=card_id, state=fsrs.State.Learning, step=0, due=now)
        return fsrs.Card(
            card_id=card_id,
            state=fsrs.State(int(self.state)),
            step=self.step,
            stability=self.stability,
            difficulty=self.difficulty,
            due=from_ms(self.due_ms),
            last_review=None if self.last_review_ms is None else from_ms(self.last_review_ms),
        )

    @classmethod
    def from_fsrs(cls, card: fsrs.Card) -> MemoryState:
        return cls(
            state=CardState(int(card.state)),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due_ms=to_ms(card.due),
            last_review_ms=None if card.last_review is None else to_ms(card.last_review),
        )


def _steps(text: str) -> tuple[timedelta, ...]:
    return tuple(parse_step(part) for part in text.split())


def parse_step(text: str) -> timedelta:
    """``"10m"`` → 10 minutes. Units: s, m, h, d. Raises ValueError on anything else."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if len(text) < 2 or text[-1] not in units:
        raise ValueError(f"not a step like 1m, 10m, 1h or 1d: {text!r}")
    try:
        amount = float(text[:-1])
    except ValueError:
        raise ValueError(f"not a step like 1m, 10m, 1h or 1d: {text!r}") from None
    if not 0 < amount * units[text[-1]] <= 365 * 86400:
        raise ValueError(f"step out of range: {text!r}")
    return timedelta(seconds=amount * units[text[-1]])


@dataclass(frozen=True, slots=True)
class Preset:
    """Scheduler settings shared by one or more decks."""

    name: str = "Default"
    desired_retention: float = 0.90
    learning_steps: str = "1m 10m"
    relearning_steps: str = "10m"
    maximum_interval: int = 36500
    enable_fuzzing: bool = True
    new_per_day: int = 20
    reviews_per_day: int = 200
    parameters: tuple[float, ...] | None = None  # None: FSRS-6 defaults
    id: int | None = field(default=None, compare=False)

    def validate(self) -> Preset:
        """Return self, or raise ValueError with a message a user understands."""
        if not 0.70 <= self.desired_retention <= 0.99:
            raise ValueError("desired retention must be between 0.70 and 0.99")
        _steps(self.learning_steps)
        _steps(self.relearning_steps)
        if not 1 <= self.maximum_interval <= 36500:
            raise ValueError("maximum interval must be between 1 and 36500 days")
        if self.new_per_day < 0 or self.reviews_per_day < 0:
            raise ValueError("daily limits cannot be negative")
        if self.parameters is not None:
            scheduler_for(self)  # fsrs validates the parameters
        return self

    def with_changes(self, **changes: object) -> Preset:
        return replace(self, **changes).validate()  # type: ignore[arg-type]


@lru_cache(maxsize=64)
def scheduler_for(preset: Preset, fuzz: bool | None = None) -> fsrs.Scheduler:
    """The :class:`fsrs.Scheduler` for a preset (cached: presets are immutable)."""
    kwargs = {}
    if preset.parameters is not None:
        kwargs["parameters"] = preset.parameters
    return fsrs.Scheduler(
        desired_retention=preset.desired_retention,
        learning_steps=_steps(preset.learning_steps),
        relearning_steps=_steps(preset.relearning_steps),
        maximum_interval=preset.maximum_interval,
        enable_fuzzing=preset.enable_fuzzing if fuzz is None else fuzz,
        **kwargs,
    )


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """What one answer does to a card."""

    before: MemoryState
    after: MemoryState
    rating: Rating
    reviewed_ms: int


def review(preset: Preset, card_id: int, memory: MemoryState, rating: Rating, now: datetime) -> ReviewOutcome:
    """Answer a card with ``rating`` at ``now`` (aware UTC) under ``preset``."""
    now = now.astimezone(timezone.utc)
    card, _log = scheduler_for(preset).review_card(memory.to_fsrs(card_id, now), fsrs.Rating(int(rating)), now)
    return ReviewOutcome(before=memory, after=MemoryState.from_fsrs(card), rating=rating, reviewed_ms=to_ms(now))


def next_intervals(preset: Preset, memory: MemoryState, now: datetime) -> dict[Rating, timedelta]:
    """The interval each rating would give now (without fuzz), for the grade buttons."""
    now = now.astimezone(timezone.utc)
    scheduler = scheduler_for(preset, fuzz=False)
    card = memory.to_fsrs(0, now)
    out = {}
    for rating in Rating:
        after, _ = scheduler.review_card(card, fsrs.Rating(int(rating)), now)
        out[rating] = after.due - now
    return out


def format_interval(interval: timedelta) -> str:
    """Short button label for an interval: ``"45s"``, ``"10m"``, ``"3h"``, ``"4d"``, ``"2.5mo"``, ``"1.2y"``."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return f"{max(0, round(seconds))}s"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        months = days / 30.4375
        return f"{months:.1f}".rstrip("0").rstrip(".") + "mo"
    years = days / 365.25
    return f"{years:.1f}".rstrip("0").rstrip(".") + "y"
