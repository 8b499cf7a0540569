"""The studyapp deck file: versioned JSON holding articles, their facts and cards.

The format is described by ``deck.schema.json`` beside this module (JSON Schema 2020-12)
and in ``docs/deck-format.md``. Files are validated in full before anything is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from studyapp.errors import InputError

FORMAT = "studyapp-deck"
VERSION = 1
#: Deck files larger than this are refused before parsing.
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DeckFact:
    key: str
    kind: str
    data: dict[str, Any]
    position: int = 0


@dataclass(frozen=True, slots=True)
class DeckArticle:
    key: str
    title: str
    text: str
    source: str = ""
    published: str | None = None
    facts: tuple[DeckFact, ...] = ()


@dataclass(frozen=True, slots=True)
class DeckCard:
    front: str
    back: str
    kind: str = "basic"
    choices: tuple[str, ...] | None = None
    source: str = ""
    deck: str | None = None
    article: str | None = None
    fact: str | None = None


@dataclass(frozen=True, slots=True)
class DeckFile:
    deck: str
    articles: tuple[DeckArticle, ...] = ()
    cards: tuple[DeckCard, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of the deck format."""
    return json.loads(resources.files("studyapp.interchange").joinpath("deck.schema.json").read_text("utf-8"))


def looks_like_deck_file(path: Path) -> bool:
    """A .json file whose start names the studyapp deck format."""
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return FORMAT.encode() in head


def _where(error: Any) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "the top level"


def parse(data: Any, name: str = "deck file") -> DeckFile:
    """Validate parsed JSON against the schema and the cross-references; return a :class:`DeckFile`."""
    import jsonschema

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{name} is not a studyapp deck file (no \"format\": \"{FORMAT}\")")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise InputError(f"{name} is deck format version {version}; this studyapp reads version {VERSION}: upgrade studyapp")
    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise InputError(f"{name} is not a valid deck file: at {_where(error)}: {error.message[:200]}")
    articles = []
    facts_of: dict[str, set[str]] = {}
    for a in data.get("articles", []):
        if a["key"] in facts_of:
            raise InputError(f"{name} is not a valid deck file: article key {a['key']!r} is used twice")
        facts = tuple(DeckFact(f["key"], f["kind"], f["data"], f.get("position", 0)) for f in a.get("facts", []))
        keys = {f.key for f in facts}
        if len(keys) != len(facts):
            raise InputError(f"{name} is not a valid deck file: article {a['key']!r} repeats a fact key")
        facts_of[a["key"]] = keys
        articles.append(DeckArticle(a["key"], a["title"], a["text"], a.get("source", ""), a.get("published"), facts))
    cards = []
    for i, c in enumerate(data["cards"]):
        article, fact = c.get("article"), c.get("fact")
        if article is not None and article not in facts_of:
            raise InputError(f"{name} is not a valid deck file: cards[{i}] refers to an unknown article {article!r}")
        if fact is not None and (article is None or fact not in facts_of[article]):
            raise InputError(f"{name} is not a valid deck file: cards[{i}] refers to an unknown fact {fact!r}")
        choices = c.get("choices")
        cards.append(
            DeckCard(c["front"], c["back"], c.get("kind", "basic"), tuple(choices) if choices else None,
                     c.get("source", ""), c.get("deck"), article, fact)
        )  # fmt: skip
    return DeckFile(data["deck"], tuple(articles), tuple(cards))


def read(path: Path) -> DeckFile:
    """Read and validate a deck file. Raises :class:`InputError` with one clear line."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        raw = path.read_bytes()
        data = json.loads(raw.decode("utf-8-sig"))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise InputError(f"{path} is nested too deeply to be a deck file") from None
    return parse(data, name=str(path))


def to_json(deck: DeckFile, exported: str) -> dict[str, Any]:
    """The JSON object of a deck file."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "deck": deck.deck,
        "exported": exported,
        "generator": "studyapp",
        "articles": [
            {
                "key": a.key,
                "title": a.title,
                "source": a.source,
                "published": a.published,
                "text": a.text,
                "facts": [{"key": f.key, "kind": f.kind, "data": f.data, "position": f.position} for f in a.facts],
            }
            for a in deck.articles
        ],
        "cards": [
            {
                k: v
                for k, v in {
                    "front": c.front,
                    "back": c.back,
                    "kind": c.kind,
                    "choices": list(c.choices) if c.choices else None,
                    "source": c.source,
                    "deck": c.deck,
                    "article": c.article,
                    "fact": c.fact,
                }.items()
                if v is not None
            }
            for c in deck.cards
        ],
    }
