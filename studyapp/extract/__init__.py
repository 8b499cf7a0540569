"""Article text → facts. Pure functions: no I/O beyond reading the input, no database, no Qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from studyapp.errors import InputError
from studyapp.extract.facts import ArticleFacts, Event, Person, Quote, Role

__all__ = ["ArticleFacts", "Event", "Person", "Quote", "Role", "extract_facts", "load_article_text", "format_facts"]


def load_article_text(source: str) -> str:
    """Read an article from a path (``-`` for standard input). STUB: replaced by the extraction work."""
    if source == "-":
        import sys

        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None


def extract_facts(text: str, published: date | str | None = None) -> ArticleFacts:
    """Extract quotes, roles and dated events from article text. STUB."""
    return ArticleFacts()


def format_facts(facts: ArticleFacts) -> str:
    """A readable listing of the facts for the terminal. STUB."""
    return repr(facts)
