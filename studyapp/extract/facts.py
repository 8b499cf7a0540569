"""Typed facts that the extractor finds in an article.

Plain frozen dataclasses (no I/O, no database); :meth:`ArticleFacts.to_dict` gives the
JSON contract of ``studyapp extract --json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect"]


@dataclass(frozen=True, slots=True)
class Person:
    """One person (or organisation that speaks) with the other names the article uses."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Something a speaker said: direct (inside quotation marks) or reported."""

    speaker: str
    quote: str
    kind: QuoteKind
    sentence: str = ""
    start: int = 0  # character offset of the sentence in the cleaned article text
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "quote": self.quote,
            "kind": self.kind,
            "sentence": self.sentence,
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True, slots=True)
class Role:
    """A position a person holds, with the organisation when the text gives it."""

    person: str
    role: str
    org: str = ""
    sentence: str = ""
    start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "role": self.role, "org": self.org, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (or is scheduled) at a date.

    ``date`` is ISO 8601 at the precision the text supports: ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``.
    """

    date: str
    date_text: str
    event: str
    sentence: str = ""
    start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "date_text": self.date_text, "event": self.event, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything extracted from one article."""

    title: str = ""
    published: date | None = None
    quotes: tuple[Quote, ...] = ()
    roles: tuple[Role, ...] = ()
    events: tuple[Event, ...] = ()
    people: tuple[Person, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``studyapp extract --json``."""
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "quotes": [q.to_dict() for q in self.quotes],
            "roles": [r.to_dict() for r in self.roles],
            "events": [e.to_dict() for e in self.events],
            "people": [{"name": p.name, "aliases": list(p.aliases)} for p in self.people],
        }
