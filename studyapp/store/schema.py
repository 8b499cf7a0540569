"""SQLModel tables of a collection.

Times are integer epoch milliseconds (UTC): compact, exact, and cheap to aggregate by
study day in SQL. JSON columns hold small structured values (choices, steps, fact fields).
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Column, Index, Integer, text
from sqlmodel import Field, SQLModel

from studyapp.store.version import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION"]  # plus the table classes below


class MetaRow(SQLModel, table=True):
    """Key/value settings of the collection (day rollover hour, creation time, …)."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class PresetRow(SQLModel, table=True):
    """Scheduler settings shared by decks."""

    __tablename__ = "preset"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    desired_retention: float = 0.9
    learning_steps: str = "1m 10m"
    relearning_steps: str = "10m"
    maximum_interval: int = 36500
    enable_fuzzing: bool = True
    new_per_day: int = 20
    reviews_per_day: int = 200
    parameters: Optional[str] = None  # JSON list of FSRS weights; NULL = FSRS defaults


class DeckRow(SQLModel, table=True):
    __tablename__ = "deck"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(sa_column_kwargs={"unique": True})
    preset_id: int = Field(foreign_key="preset.id")
    created_ms: int


class ArticleRow(SQLModel, table=True):
    __tablename__ = "article"
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    source: str = ""  # path or URL it came from
    published: Optional[str] = None  # ISO date
    text: str
    content_hash: str = Field(sa_column_kwargs={"unique": True})
    imported_ms: int


class FactRow(SQLModel, table=True):
    __tablename__ = "fact"
    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    kind: str  # quote, role, event
    data: str  # JSON of the fact's fields
    position: int = 0  # character offset of its sentence in the article


class CardRow(SQLModel, table=True):
    __tablename__ = "card"
    __table_args__ = (
        # The review queue: learning/review cards by due time, new cards in order, per deck
        # (Collection.next_card merges the decks). The only index an answer moves its card in:
        # schema 4 dropped a second one on (state, due_ms), two pages less to write per answer.
        Index("ix_card_queue", "deck_id", "state", "due_ms", sqlite_where=text("suspended = 0")),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    deck_id: int = Field(foreign_key="deck.id", ondelete="CASCADE")
    fact_id: Optional[int] = Field(default=None, foreign_key="fact.id", index=True, ondelete="SET NULL")
    kind: str = "basic"
    front: str
    back: str
    choices: Optional[str] = None  # JSON list for multiple choice
    source: str = ""  # the sentence the card was made from
    state: int = 0  # studyapp.srs.CardState
    step: Optional[int] = None
    stability: Optional[float] = None
    difficulty: Optional[float] = None
    due_ms: int = 0
    last_review_ms: Optional[int] = None
    suspended: bool = False
    created_ms: int


class ReviewRow(SQLModel, table=True):
    """One answer. Holds the card's state before and after, enough to undo and to replay."""

    __tablename__ = "review"
    __table_args__ = (
        # A card's history; covering (schema 2) for the per-deck progress statistics.
        Index("ix_review_card", "card_id", "reviewed_ms", "state_before", "rating", "duration_ms"),
        # Progress statistics of the whole collection (studyapp.stats.progress): per-day counts
        # by state and rating, and answer time, read from the index alone (schema 2). Queries by
        # time alone go through it too, as "state_before IN (0,1,2,3) AND rating IN (1,2,3,4)
        # AND reviewed_ms …": schema 3 dropped the index on reviewed_ms, one page less to
        # write per answer.
        Index("ix_review_stats", "state_before", "rating", "reviewed_ms", "duration_ms"),
    )
    id: Optional[int] = Field(default=None, sa_column=Column(Integer, primary_key=True))
    card_id: int = Field(foreign_key="card.id", ondelete="CASCADE")
    rating: int
    reviewed_ms: int
    duration_ms: int = 0
    state_before: int
    step_before: Optional[int] = None
    stability_before: Optional[float] = None
    difficulty_before: Optional[float] = None
    due_before_ms: int = 0
    last_review_before_ms: Optional[int] = None
    state_after: int
    step_after: Optional[int] = None
    stability_after: Optional[float] = None
    difficulty_after: Optional[float] = None
    due_after_ms: int = 0  # when the answer scheduled the card next
