"""Small typed records that the :class:`~studyapp.Collection` API returns.

They are plain frozen dataclasses, detached from the database: safe to pass to another
thread or keep after the collection is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from studyapp.srs.scheduling import CardState, MemoryState, Rating, from_ms


@dataclass(frozen=True, slots=True)
class Deck:
    id: int
    name: str
    preset_id: int


@dataclass(frozen=True, slots=True)
class NewCard:
    """A card to add. ``add_cards`` also takes plain ``(front, back)`` pairs."""

    front: str
    back: str
    kind: str = "basic"
    choices: tuple[str, ...] | None = None
    source: str = ""
    fact_id: int | None = None


@dataclass(frozen=True, slots=True)
class Card:
    id: int
    deck_id: int
    kind: str
    front: str
    back: str
    choices: tuple[str, ...] | None
    source: str
    fact_id: int | None
    memory: MemoryState
    suspended: bool
    created_ms: int

    @property
    def state(self) -> CardState:
        return self.memory.state

    @property
    def due(self) -> datetime:
        return self.memory.due

    @property
    def created(self) -> datetime:
        return from_ms(self.created_ms)


@dataclass(frozen=True, slots=True)
class DeckCounts:
    """What a deck has to study now: the numbers shown beside it in the deck list."""

    deck: Deck
    new: int  # new cards that today's limit still allows
    learning: int  # learning/relearning cards due now
    review: int  # review cards due today, within today's limit
    total: int  # all cards in the deck


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One row of the review log."""

    id: int
    card_id: int
    rating: Rating
    reviewed_ms: int
    duration_ms: int
    state_before: CardState
    state_after: CardState
    due_after_ms: int

    @property
    def reviewed_at(self) -> datetime:
        return from_ms(self.reviewed_ms)


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article in the collection (without its text)."""

    id: int
    title: str
    source: str
    published: str | None  # ISO date
    imported_ms: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one article or deck file did."""

    source: str
    title: str
    card_ids: tuple[int, ...] = ()
    facts: int = 0
    articles: int = 0
    duplicate: bool = False  # the article was already in the collection: nothing added
    skipped_cards: int = 0  # cards left out because the deck already had them
    deck: str = ""

    @property
    def cards(self) -> int:
        return len(self.card_ids)


@dataclass(frozen=True, slots=True)
class BrowserRow:
    """A card with its deck's name, as the card browser lists it."""

    card: Card
    deck_name: str
