"""Article preview, deck-file import and exports: the work behind the Collection's
``preview_article``, ``import_deck_file`` and ``export`` (use those, not this module).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyapp.cards.generate import CardDraft, cards_for_article
from studyapp.errors import InputError
from studyapp.extract import extract_facts, load_article_text
from studyapp.extract.facts import ArticleFacts
from studyapp.records import ImportResult

if TYPE_CHECKING:
    from studyapp.collection import Collection, DeckRef

EXPORT_FORMATS = ("json", "apkg", "csv")
_PATHLIKE = re.compile(r"(?i)^[^\n]{1,400}\.(?:txt|md|markdown|html?|json)$")


@dataclass(frozen=True, slots=True)
class ArticlePreview:
    """An article read and analysed but not saved: what the import dialog shows."""

    source: str  # path, URL or "pasted text"
    title: str
    published: date | None
    text: str  # the article text without page chrome, as stored
    facts: ArticleFacts
    drafts: tuple[CardDraft, ...]
    content_hash: str
    duplicate_of: int | None = None  # id of the same article already in the collection

    def with_duplicate(self, article_id: int) -> ArticlePreview:
        return replace(self, duplicate_of=article_id)


def content_hash(text: str) -> str:
    """Identity of an article's text, blind to whitespace and case."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()


def read_source(source: str | os.PathLike[str]) -> tuple[str, str]:
    """``(raw text, label)`` from a path, an http(s) URL, or the text itself."""
    from studyapp.fetch import fetch, is_url

    if isinstance(source, os.PathLike):
        return load_article_text(os.fspath(source)), os.fspath(source)
    if not isinstance(source, str):
        raise InputError(f"an article is a path, a URL or text, not {type(source).__name__}")
    stripped = source.strip()
    if is_url(stripped):
        page = fetch(stripped)
        return page.text, page.url
    if not stripped:
        raise InputError("no article text found: the text is empty")
    if stripped == "-" or (_PATHLIKE.match(stripped) or (len(stripped) < 400 and "\n" not in stripped and Path(stripped).exists())):
        return load_article_text(stripped), stripped
    return source, "pasted text"


def preview(
    source: str | os.PathLike[str], published: date | str | None = None, title: str | None = None,
    deck_people: list[str] | None = None,
) -> ArticlePreview:  # fmt: skip
    """Read and analyse an article; nothing is written."""
    from studyapp.extract.text import clean_article

    raw, label = read_source(source)
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError:
            raise InputError(f"not a date in the form YYYY-MM-DD: {published!r}") from None
    cleaned = clean_article(raw)
    if not cleaned.body.strip():
        raise InputError(f"no article text found in {label}")
    facts = extract_facts(raw, published=published)
    if title is not None and title.strip():
        facts = replace(facts, title=" ".join(title.split()))
    elif not facts.title:
        # No headline found: cards still need to say which story they are about.
        facts = replace(facts, title=_first_words(cleaned.body))
    drafts = tuple(cards_for_article(facts, deck_people or []))
    return ArticlePreview(label, facts.title, facts.published, cleaned.body, facts, drafts,
                          content_hash(cleaned.body))  # fmt: skip


def _first_words(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


# ----------------------------------------------------------------------------- deck files


def import_deck(col: Collection, path: Path, deck: DeckRef | None) -> ImportResult:
    """Import a validated deck file in one transaction (called with the collection's lock held)."""
    from studyapp.cards.quality import normalise
    from studyapp.collection import _card_row
    from studyapp.interchange import deckfile
    from studyapp.records import NewCard

    data = deckfile.read(path)
    default_deck = col.deck(deck).name if deck is not None and not isinstance(deck, str) else (deck or data.deck)
    names = {default_deck} | ({c.deck for c in data.cards if c.deck} if deck is None else set())
    for name in names:
        col._deck_name(name)  # validate every deck name before writing anything
    now = int(datetime.now(timezone.utc).timestamp() * 1000)
    added_articles = 0
    with col._write() as db:
        deck_ids: dict[str, int] = {}
        fronts: dict[int, set[str]] = {}
        for name in sorted(names):
            clean = " ".join(name.split())
            row = db.execute("SELECT id FROM deck WHERE name = ?", (clean,)).fetchone()
            if row is None:
                row = col._insert_deck(db, clean)
            deck_ids[name] = row[0]
            fronts[row[0]] = {normalise(f) for (f,) in db.execute("SELECT front FROM card WHERE deck_id = ?", (row[0],))}
        fact_ids: dict[tuple[str, str], int] = {}
        facts_added = 0
        for article in data.articles:
            digest = content_hash(article.text)
            row = db.execute("SELECT id FROM article WHERE content_hash = ?", (digest,)).fetchone()
            if row is not None:
                existing = {(k, p): i for i, k, p in db.execute("SELECT id, kind, position FROM fact WHERE article_id = ?", (row[0],))}
                for fact in article.facts:
                    if (fact.kind, fact.position) in existing:
                        fact_ids[(article.key, fact.key)] = existing[(fact.kind, fact.position)]
                continue
            article_id = db.execute(
                "INSERT INTO article(title, source, published, text, content_hash, imported_ms) VALUES (?,?,?,?,?,?)",
                (article.title, article.source, article.published, article.text, digest, now),
            ).lastrowid
            added_articles += 1
            for fact in article.facts:
                fact_ids[(article.key, fact.key)] = db.execute(
                    "INSERT INTO fact(article_id, kind, data, position) VALUES (?,?,?,?)",
                    (article_id, fact.kind, json.dumps(fact.data, ensure_ascii=False), fact.position),
                ).lastrowid
                facts_added += 1
        ids: list[int] = []
        skipped = 0
        for card in data.cards:
            deck_id = deck_ids[card.deck if (deck is None and card.deck) else default_deck]
            key = normalise(card.front)
            if key in fronts[deck_id]:
                skipped += 1
                continue
            fronts[deck_id].add(key)
            fact_id = fact_ids.get((card.article, card.fact)) if card.article and card.fact else None
            row = _card_row(NewCard(card.front, card.back, card.kind, card.choices, card.source, fact_id), now)
            ids += col._insert_cards(db, deck_id, [row])
    col._forget()
    return ImportResult(str(path), data.deck, tuple(ids), facts_added, added_articles, False, skipped, default_deck)


# ----------------------------------------------------------------------------- exports


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it only when the block succeeds."""
    if path.is_dir():
        raise InputError(f"{path} is a folder")
    if not path.parent.is_dir():
        raise InputError(f"the folder {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _export_rows(col: Collection, deck: DeckRef | None) -> list[tuple[Any, ...]]:
    where, params = ("", ()) if deck is None else ("WHERE c.deck_id = ?", (col.deck(deck).id,))
    return col._read(
        "SELECT d.name, c.front, c.back, c.kind, c.choices, c.source, c.state, c.due_ms, f.id, f.article_id, "
        "a.title, a.published FROM card c JOIN deck d ON d.id = c.deck_id LEFT JOIN fact f ON f.id = c.fact_id "
        f"LEFT JOIN article a ON a.id = f.article_id {where} ORDER BY c.id",
        params,
    )


def export(col: Collection, path: Path, fmt: str, deck: DeckRef | None) -> int:
    """Write cards as a deck file, an Anki package or CSV (lock held by the caller)."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}: choose json, apkg or csv")
    rows = _export_rows(col, deck)
    with _atomic(path) as tmp:
        if fmt == "csv":
            _write_csv(tmp, rows)
        elif fmt == "apkg":
            from studyapp.interchange.anki import AnkiCard, write_apkg

            write_apkg((AnkiCard(r[0], r[1], r[2], tuple(json.loads(r[4])) if r[4] else None, r[5],
                                 _article_label(r[10], r[11])) for r in rows), tmp)  # fmt: skip
        else:
            _write_deck_file(col, tmp, rows, col.deck(deck).name if deck is not None else None)
    return len(rows)


def _article_label(title: str | None, published: str | None) -> str:
    if not title:
        return ""
    return f"{title} ({published})" if published else title


def _write_csv(path: Path, rows: list[tuple[Any, ...]]) -> None:
    from studyapp.srs.scheduling import CardState, from_ms

    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["deck", "front", "back", "kind", "choices", "source", "article", "published", "state", "due"])
        for name, front, back, kind, choices, source, state, due_ms, _f, _a, title, published in rows:
            options = " | ".join(json.loads(choices)) if choices else ""
            due = from_ms(due_ms).isoformat(timespec="minutes") if state else ""
            out.writerow([name, front, back, kind, options, source, title or "", published or "", CardState(state).label, due])


def _write_deck_file(col: Collection, path: Path, rows: list[tuple[Any, ...]], deck_name: str | None) -> None:
    from studyapp.interchange import deckfile

    article_ids = sorted({r[9] for r in rows if r[9] is not None})
    articles = []
    for article_id in article_ids:
        ((title, source, published, text),) = col._read("SELECT title, source, published, text FROM article WHERE id = ?", (article_id,))
        facts = tuple(
            deckfile.DeckFact(f"f{fid}", kind, json.loads(data), position)
            for fid, kind, data, position in col._read("SELECT id, kind, data, position FROM fact WHERE article_id = ? ORDER BY id", (article_id,))
        )
        articles.append(deckfile.DeckArticle(f"a{article_id}", title, text, source, published, facts))
    names = {r[0] for r in rows}
    main_deck = deck_name or (next(iter(names)) if len(names) == 1 else "studyapp export")
    cards = tuple(
        deckfile.DeckCard(
            front, back, kind, tuple(json.loads(choices)) if choices else None, source,
            None if name == main_deck else name,
            f"a{article_id}" if article_id is not None else None, f"f{fact_id}" if fact_id is not None else None,
        )  # fmt: skip
        for name, front, back, kind, choices, source, _s, _d, fact_id, article_id, _t, _p in rows
    )
    exported = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    data = deckfile.to_json(deckfile.DeckFile(main_deck, tuple(articles), cards), exported)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
