"""The :class:`Collection` façade: the public API over one collection file.

The CLI, the GUI, the benchmarks and users' scripts all go through this class::

    from studyapp import Collection, Rating
    with Collection.open(path) as col:
        deck = col.create_deck("World news")
        ids = col.add_cards(deck, [("front", "back")])
        card = col.next_card()
        col.answer(card.id, Rating.GOOD, duration_ms=4200)
        col.undo_last_answer()

Every call that depends on the time takes an optional ``now`` (an aware datetime; a naive
one is local time) so that tests control the clock. Every write is one transaction,
committed before the call returns. A collection may be used from several threads: calls
are serialised by a lock.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyapp.errors import CollectionBusyError, InputError, NotFoundError
from studyapp.records import ArticleInfo, BrowserRow, Card, Deck, DeckCounts, ImportResult, NewCard, ReviewEntry

if TYPE_CHECKING:
    from studyapp.store.backup import BackupInfo
    from studyapp.cards.generate import CardDraft
    from studyapp.importing import ArticlePreview
    from studyapp.stats.progress import Progress
    from studyapp.stats.summary import Summary
from studyapp.srs import scheduling
from studyapp.srs.scheduling import CardState, MemoryState, Preset, Rating, to_ms
from studyapp.srs.studyday import next_study_day_start, study_day_start, to_utc
from studyapp.store.version import sql_ids

__all__ = ["Collection"]

DeckRef = Deck | int | str

#: Where imported cards go when no deck is named.
DEFAULT_DECK = "News"
#: Learning cards due within this time are shown early when nothing else is due (as Anki does).
LEARN_AHEAD = timedelta(minutes=20)
#: How many review cards next_card reads ahead in one query.
_QUEUE_BATCH = 50
#: Decks whose queues next_card merges in one statement (SQLite allows 500 terms in a UNION).
_MAX_MERGED_DECKS = 400
_NEVER_MS = 2**62


@dataclass(slots=True)
class _ReviewQueue:
    """Review cards due first, as read in one query for (deck condition, end of study day)."""

    key: tuple[tuple[int, ...], int]  # (deck ids, end of the study day)
    rows: list[tuple[Any, ...]]  # card rows (_CARD_COLUMNS), due first
    complete: bool  # the query found fewer than it asked for: nothing due after these
#: Longest answer time kept in the log; longer ones are the user walking away.
MAX_DURATION_MS = 60 * 60 * 1000
MAX_FIELD_CHARS = 100_000

_CARD_COLUMNS = (
    "id, deck_id, kind, front, back, choices, source, fact_id, state, step, stability, difficulty, "
    "due_ms, last_review_ms, suspended, created_ms"
)
_PRESET_COLUMNS = (
    "id, name, desired_retention, learning_steps, relearning_steps, maximum_interval, enable_fuzzing, "
    "new_per_day, reviews_per_day, parameters"
)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _card_from_row(row: Sequence[Any]) -> Card:
    return Card(
        id=row[0],
        deck_id=row[1],
        kind=row[2],
        front=row[3],
        back=row[4],
        choices=None if row[5] is None else tuple(json.loads(row[5])),
        source=row[6],
        fact_id=row[7],
        memory=MemoryState(CardState(row[8]), row[9], row[10], row[11], row[12], row[13]),
        suspended=bool(row[14]),
        created_ms=row[15],
    )


def _preset_from_row(row: Sequence[Any]) -> Preset:
    return Preset(
        id=row[0],
        name=row[1],
        desired_retention=row[2],
        learning_steps=row[3],
        relearning_steps=row[4],
        maximum_interval=row[5],
        enable_fuzzing=bool(row[6]),
        new_per_day=row[7],
        reviews_per_day=row[8],
        parameters=None if row[9] is None else tuple(json.loads(row[9])),
    )


def _valid_text(value: str, what: str) -> str:
    """Refuse text that cannot be stored as UTF-8 (unpaired surrogates from broken decoders)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{what} contains characters that are not valid text") from None
    return value


def _when(moment: datetime | None) -> datetime:
    """``now`` as aware UTC, refused when it is outside the years the scheduler can count in."""
    utc = to_utc(moment)
    if not 1971 <= utc.year <= 9000:
        raise InputError(f"the time {utc.isoformat()} is out of range")
    return utc


def _card_id(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise NotFoundError(f"no card {value!r}")
    return value


def _clean_field(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise InputError(f"card {what} must be text, not {type(value).__name__}")
    value = _valid_text(value, f"card {what}").strip()
    if not value:
        raise InputError(f"card {what} is empty")
    if len(value) > MAX_FIELD_CHARS:
        raise InputError(f"card {what} is longer than {MAX_FIELD_CHARS:,} characters")
    return value


def _preset_values(preset: Preset) -> tuple[Any, ...]:
    """A preset's columns in the order of the ``preset`` table (parameters as JSON)."""
    parameters = None if preset.parameters is None else json.dumps(list(preset.parameters))
    return (preset.name, preset.desired_retention, preset.learning_steps, preset.relearning_steps,
            preset.maximum_interval, preset.enable_fuzzing, preset.new_per_day, preset.reviews_per_day, parameters)  # fmt: skip


def _card_row(card: NewCard, now_ms: int) -> tuple[Any, ...]:
    """A validated (front, back, kind, choices JSON, source, fact id, created) row for ``_insert_cards``."""
    choices = None
    if card.choices is not None:
        choices = json.dumps([_clean_field(c, "choice") for c in card.choices], ensure_ascii=False)
    kind = card.kind if isinstance(card.kind, str) and card.kind.strip() else "basic"
    source = card.source if isinstance(card.source, str) else ""
    return (_clean_field(card.front, "front"), _clean_field(card.back, "back"), kind[:50], choices,
            source[:MAX_FIELD_CHARS], card.fact_id, now_ms)  # fmt: skip


class Collection:
    """One collection file: decks, articles, facts, cards and the review log."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        """Use :meth:`open`."""
        self.path = path
        self._db = conn
        self._engine: Any = None  # a SQLAlchemy engine on the same connection, made on first use
        self._lock = threading.RLock()
        self._undo: list[int] = []
        self._shown: Card | None = None  # the card next_card last returned, as it read it
        self._learning_due: int | None = None  # see _learning_due_min
        self._review_queue: _ReviewQueue | None = None  # see _next_review
        self._presets: dict[int, Preset] = {}
        self._deck_presets: dict[int, int] = {}
        self._done_today: dict[int, list[int]] = {}  # deck id -> [new introduced, reviews] this study day
        self._done_day_ms = -1
        self._data_version = -1
        self._cache: dict[str, Any] = {}  # deck ids, rollover hour, study-day bounds
        self._closed = False
        self._ensure_defaults()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, auto_backup: bool = True) -> Collection:
        """Open the collection file at ``path``, creating it if missing.

        ``None`` means the default location (``$STUDYAPP_DATA_DIR`` or the user data folder).
        Raises :class:`~studyapp.errors.CollectionError` for anything that is not a studyapp
        collection this version can read, :class:`~studyapp.errors.CorruptCollectionError`
        (with ``.newest_backup``) for a damaged one. ``col.background`` (a
        :class:`~studyapp.store.backup.BackgroundJob`) reports the backup and check run after
        open; ``auto_backup=False`` skips the backup.
        """
        from studyapp.paths import collection_path
        from studyapp.store.backup import BackgroundJob
        from studyapp.store.database import open_connection

        file = Path(path).expanduser() if path is not None else collection_path()
        try:
            existed = file.is_file() and file.stat().st_size > 0
        except OSError:
            existed = False
        col = cls(file, open_connection(file))
        # After open, on its own thread and connections: a checked backup when one is due
        # (newest older than 30 min and the file changed), else a full quick_check.
        col.background = BackgroundJob(file, make_backup=auto_backup and existed).start()
        return col

    def close(self) -> None:
        """Close the file. Everything is already committed; this only releases it."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            job = getattr(self, "background", None)
            if job is not None:
                job.stop()  # lets a backup copy finish, interrupts a check
            try:
                self._db.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            if self._engine is not None:
                self._engine.dispose()
            self._db.close()

    @property
    def engine(self) -> Any:
        """A SQLAlchemy engine on this collection's connection, for SQLModel sessions over the
        tables in :mod:`studyapp.store.schema` (reads, or writes you commit yourself)."""
        if self._engine is None:
            from studyapp.store.database import engine_for

            self._engine = engine_for(self._db)
        return self._engine

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Collection {str(self.path)!r}>"

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction on the collection, committed on success."""
        if self._closed:
            raise InputError("the collection is closed")
        db = self._db
        self._drop_read_ahead()
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._translate(exc) from None

    def _translate(self, exc: Exception) -> Exception:
        """A damaged file, a lock held too long or a full disk as a one-line CollectionError."""
        from studyapp.store.database import translate_error

        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
        error = translate_error(self.path, exc)
        return exc if error is None else error

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        if self._closed:
            raise InputError("the collection is closed")
        try:
            return self._db.execute(sql, params).fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._translate(exc) from None

    def _sync(self) -> None:
        """Forget cached settings and counts when another connection has written."""
        version = self._read("PRAGMA data_version")[0][0]
        if version != self._data_version:
            self._data_version = version
            self._forget()

    def _forget(self) -> None:
        """Drop everything cached from the file (settings, decks, presets, today's counts)."""
        self._presets.clear()
        self._deck_presets.clear()
        self._cache.clear()
        self._done_day_ms = -1
        self._drop_read_ahead()

    def _drop_read_ahead(self) -> None:
        """Forget the queue read ahead by next_card (any write may change it)."""
        self._shown = self._learning_due = self._review_queue = None

    def _ensure_defaults(self) -> None:
        with self._lock:
            if not self._read("SELECT 1 FROM preset LIMIT 1"):
                with self._write() as db:
                    self._insert_preset(db, Preset())
                    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('created_ms', ?)", (str(_now_ms()),))

    @staticmethod
    def _insert_preset(db: sqlite3.Connection, preset: Preset) -> int:
        cur = db.execute(
            "INSERT INTO preset(name, desired_retention, learning_steps, relearning_steps, maximum_interval, "
            "enable_fuzzing, new_per_day, reviews_per_day, parameters) VALUES (?,?,?,?,?,?,?,?,?)",
            _preset_values(preset),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    # ------------------------------------------------------------------ settings
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A collection-wide setting (stored in the file, so every front end sees it)."""
        with self._lock:
            rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
            return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self._lock, self._write() as db:
            db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    @property
    def rollover_hour(self) -> int:
        """Local hour at which a new study day starts (default 4, as in Anki)."""
        with self._lock:
            self._sync()
            hour = self._cache.get("rollover")
            if hour is None:
                value = self.get_setting("rollover_hour", "4")
                hour = self._cache["rollover"] = int(value) if value is not None and value.isdigit() else 4
            return hour

    def set_rollover_hour(self, hour: int) -> None:
        if not isinstance(hour, int) or not 0 <= hour <= 23:
            raise InputError("the day rollover hour must be a whole hour from 0 to 23")
        with self._lock:
            self.set_setting("rollover_hour", str(hour))
            self._forget()

    # ------------------------------------------------------------------ decks
    def create_deck(self, name: str, preset: Preset | None = None) -> Deck:
        """Create a deck. With ``preset``, the deck gets its own copy of those settings."""
        name = self._deck_name(name)
        with self._lock:
            if self._read("SELECT 1 FROM deck WHERE name = ?", (name,)):
                raise InputError(f"a deck named {name!r} already exists")
            with self._write() as db:
                preset_id = None if preset is None else self._insert_preset(db, preset.validate())
                deck_id, preset_id = self._insert_deck(db, name, preset_id)
            self._cache.pop("deck_ids", None)
            return Deck(deck_id, name, preset_id)

    @staticmethod
    def _insert_deck(db: sqlite3.Connection, name: str, preset_id: int | None = None) -> tuple[int, int]:
        """Insert a deck (on the default preset unless given) inside a transaction; ``(deck id, preset id)``."""
        if preset_id is None:
            preset_id = db.execute("SELECT min(id) FROM preset").fetchone()[0]
        cur = db.execute("INSERT INTO deck(name, preset_id, created_ms) VALUES (?, ?, ?)", (name, preset_id, _now_ms()))
        assert cur.lastrowid is not None
        return cur.lastrowid, preset_id

    @staticmethod
    def _deck_name(name: object) -> str:
        if not isinstance(name, str) or not name.strip():
            raise InputError("a deck needs a name")
        name = " ".join(_valid_text(name, "the deck name").split())
        if len(name) > 200:
            raise InputError("a deck name may have at most 200 characters")
        return name

    def get_or_create_deck(self, name: str) -> Deck:
        with self._lock:
            try:
                return self.deck(name)
            except NotFoundError:
                return self.create_deck(name)

    def decks(self) -> list[Deck]:
        """All decks, by name."""
        with self._lock:
            return [Deck(*row) for row in self._read("SELECT id, name, preset_id FROM deck ORDER BY name COLLATE NOCASE")]

    def deck(self, ref: DeckRef) -> Deck:
        """A deck by object, id or name. Raises NotFoundError."""
        with self._lock:
            if isinstance(ref, Deck):
                ref = ref.id
            if isinstance(ref, bool) or not isinstance(ref, (int, str)):
                raise InputError(f"not a deck: {ref!r}")
            if isinstance(ref, int):
                rows = self._read("SELECT id, name, preset_id FROM deck WHERE id = ?", (ref,))
            else:
                rows = self._read("SELECT id, name, preset_id FROM deck WHERE name = ?", (" ".join(ref.split()),))
            if not rows:
                raise NotFoundError(f"no deck {ref!r}")
            return Deck(*rows[0])

    def rename_deck(self, deck: DeckRef, name: str) -> Deck:
        name = self._deck_name(name)
        with self._lock:
            current = self.deck(deck)
            if name != current.name and self._read("SELECT 1 FROM deck WHERE name = ?", (name,)):
                raise InputError(f"a deck named {name!r} already exists")
            with self._write() as db:
                db.execute("UPDATE deck SET name = ? WHERE id = ?", (name, current.id))
            return Deck(current.id, name, current.preset_id)

    def delete_deck(self, deck: DeckRef) -> int:
        """Delete a deck with its cards and their reviews; returns the number of cards removed."""
        with self._lock:
            current = self.deck(deck)
            with self._write() as db:
                n = db.execute("SELECT count(*) FROM card WHERE deck_id = ?", (current.id,)).fetchone()[0]
                db.execute("DELETE FROM deck WHERE id = ?", (current.id,))
            self._undo.clear()
            self._forget()
            return n

    # ------------------------------------------------------------------ presets
    def preset(self, deck: DeckRef) -> Preset:
        """The scheduler settings a deck uses."""
        with self._lock:
            self._sync()
            deck_id = deck.id if isinstance(deck, Deck) else self.deck(deck).id
            return self._preset_of(deck_id)

    def _preset_of(self, deck_id: int) -> Preset:
        preset_id = self._deck_presets.get(deck_id)
        if preset_id is None:
            rows = self._read("SELECT preset_id FROM deck WHERE id = ?", (deck_id,))
            if not rows:
                raise NotFoundError(f"no deck {deck_id}")
            preset_id = self._deck_presets[deck_id] = rows[0][0]
        preset = self._presets.get(preset_id)
        if preset is None:
            row = self._read(f"SELECT {_PRESET_COLUMNS} FROM preset WHERE id = ?", (preset_id,))[0]
            preset = self._presets[preset_id] = _preset_from_row(row)
        return preset

    def update_preset(self, deck: DeckRef, **changes: Any) -> Preset:
        """Change the settings of the preset a deck uses (shared by every deck on that preset).

        Keys: ``desired_retention``, ``learning_steps`` ("1m 10m"), ``relearning_steps``,
        ``maximum_interval``, ``enable_fuzzing``, ``new_per_day``, ``reviews_per_day``,
        ``parameters`` (FSRS weights, or None for the defaults), ``name``.
        """
        with self._lock:
            current = self.preset(deck)
            unknown = set(changes) - {f for f in Preset.__dataclass_fields__ if f != "id"}
            if unknown:
                raise InputError(f"unknown preset setting: {', '.join(sorted(unknown))}")
            try:
                updated = current.with_changes(**changes)
            except (ValueError, TypeError) as exc:
                raise InputError(str(exc)) from None
            with self._write() as db:
                db.execute(
                    "UPDATE preset SET name=?, desired_retention=?, learning_steps=?, relearning_steps=?, "
                    "maximum_interval=?, enable_fuzzing=?, new_per_day=?, reviews_per_day=?, parameters=? WHERE id=?",
                    (*_preset_values(updated), current.id),
                )
            self._presets.pop(current.id or -1, None)
            return self._preset_of(self.deck(deck).id)

    # ------------------------------------------------------------------ cards
    def add_cards(self, deck: DeckRef, cards: Iterable[NewCard | tuple[str, str]]) -> list[int]:
        """Add new cards to a deck in one transaction; returns their ids in order.

        Each item is a :class:`~studyapp.records.NewCard` or a ``(front, back)`` pair. Nothing
        is added when any item is invalid.
        """
        now = _now_ms()
        rows = []
        for item in cards:
            if isinstance(item, NewCard):
                card = item
            elif isinstance(item, (tuple, list)) and len(item) == 2:
                card = NewCard(item[0], item[1])
            else:
                raise InputError(f"a card is a (front, back) pair or a NewCard, not {item!r:.60}")
            rows.append(_card_row(card, now))
        with self._lock:
            deck_id = self.deck(deck).id
            with self._write() as db:
                return self._insert_cards(db, deck_id, rows)

    @staticmethod
    def _insert_cards(db: sqlite3.Connection, deck_id: int, rows: Sequence[tuple[Any, ...]]) -> list[int]:
        """Insert (front, back, kind, choices JSON, source, fact id, created ms) rows inside a transaction."""
        first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM card").fetchone()[0]
        db.executemany(
            "INSERT INTO card(id, deck_id, front, back, kind, choices, source, fact_id, state, due_ms, "
            "suspended, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)",
            [(first + i, deck_id, *row) for i, row in enumerate(rows)],
        )
        return list(range(first, first + len(rows)))

    def card(self, card_id: int) -> Card:
        """One card by id. Raises NotFoundError."""
        with self._lock:
            rows = self._read(f"SELECT {_CARD_COLUMNS} FROM card WHERE id = ?", (_card_id(card_id),))
            if not rows:
                raise NotFoundError(f"no card {card_id}")
            return _card_from_row(rows[0])

    def cards(self, deck: DeckRef | None = None, limit: int | None = None, offset: int = 0) -> list[Card]:
        """Cards in id order, optionally of one deck, a page at a time."""
        with self._lock:
            where, params = self._deck_filter(deck)
            sql = f"SELECT {_CARD_COLUMNS} FROM card {where} ORDER BY id LIMIT ? OFFSET ?"
            return [_card_from_row(r) for r in self._read(sql, (*params, -1 if limit is None else limit, offset))]

    def card_count(self, deck: DeckRef | None = None) -> int:
        with self._lock:
            where, params = self._deck_filter(deck)
            return self._read(f"SELECT count(*) FROM card {where}", params)[0][0]

    def _deck_filter(self, deck: DeckRef | None, column: str = "deck_id") -> tuple[str, tuple[int, ...]]:
        if deck is None:
            return "", ()
        return f"WHERE {column} = ?", (self.deck(deck).id,)

    def edit_card(self, card_id: int, *, front: str | None = None, back: str | None = None) -> Card:
        """Change a card's text; its scheduling is kept."""
        with self._lock:
            card = self.card(card_id)
            new_front = card.front if front is None else _clean_field(front, "front")
            new_back = card.back if back is None else _clean_field(back, "back")
            with self._write() as db:
                db.execute("UPDATE card SET front = ?, back = ? WHERE id = ?", (new_front, new_back, card_id))
            return self.card(card_id)

    def set_suspended(self, card_ids: Iterable[int], suspended: bool = True) -> int:
        """Suspend (or unsuspend) cards; returns how many changed."""
        ids = [int(i) for i in card_ids]
        with self._lock, self._write() as db:
            return db.executemany("UPDATE card SET suspended = ? WHERE id = ? AND suspended != ?", [(suspended, i, suspended) for i in ids]).rowcount

    def delete_cards(self, card_ids: Iterable[int]) -> int:
        """Delete cards and their review history; returns how many were deleted."""
        ids = [int(i) for i in card_ids]
        with self._lock:
            with self._write() as db:
                n = db.executemany("DELETE FROM card WHERE id = ?", [(i,) for i in ids]).rowcount
            self._undo = [r for r in self._undo if self._read("SELECT 1 FROM review WHERE id = ?", (r,))]
            self._done_day_ms = -1
            return n

    # ------------------------------------------------------------------ reviewing
    def _day_bounds(self, now: datetime) -> tuple[int, int]:
        """Start and end (epoch ms) of the study day containing ``now``; cached while ``now`` is inside it."""
        now_ms = to_ms(now)
        bounds = self._cache.get("bounds")
        if bounds is None or not bounds[0] <= now_ms < bounds[1]:
            hour = self.rollover_hour
            bounds = self._cache["bounds"] = (to_ms(study_day_start(now, hour)), to_ms(next_study_day_start(now, hour)))
        return bounds

    def _deck_ids(self) -> list[int]:
        ids = self._cache.get("deck_ids")
        if ids is None:
            ids = self._cache["deck_ids"] = [row[0] for row in self._read("SELECT id FROM deck")]
        return ids

    def _done(self, day_start_ms: int) -> dict[int, list[int]]:
        """Per deck: new cards introduced and reviews done in the study day starting at ``day_start_ms``."""
        if self._done_day_ms != day_start_ms:
            self._done_today = {
                deck_id: [new, rev]
                for deck_id, new, rev in self._read(
                    "SELECT c.deck_id, sum(r.state_before = 0), sum(r.state_before = 2) FROM review r "
                    "JOIN card c ON c.id = r.card_id WHERE r.state_before IN (0, 2) AND r.rating IN (1, 2, 3, 4) "
                    "AND r.reviewed_ms >= ? GROUP BY c.deck_id",
                    (day_start_ms,),
                )
            }
            self._done_day_ms = day_start_ms
        return self._done_today

    def _allowed(self, deck_ids: Sequence[int], day_start_ms: int) -> tuple[list[int], list[int]]:
        """Decks that may still show (new cards, review cards) today."""
        done = self._done(day_start_ms)
        new_ok, rev_ok = [], []
        for deck_id in deck_ids:
            preset = self._preset_of(deck_id)
            new_done, rev_done = done.get(deck_id, (0, 0))
            if new_done < preset.new_per_day:
                new_ok.append(deck_id)
            if rev_done < preset.reviews_per_day:
                rev_ok.append(deck_id)
        return new_ok, rev_ok

    def next_card(self, deck: DeckRef | None = None, now: datetime | None = None) -> Card | None:
        """The card to study next, or None when nothing is due.

        Order: learning and relearning cards that are due, then review cards due today (oldest
        first), then new cards (in the order added), within each deck's daily limits; when
        nothing else is left, learning cards due within the next 20 minutes.
        """
        now = _when(now)
        now_ms = to_ms(now)
        with self._lock:
            self._sync()
            if deck is None:
                deck_ids = self._deck_ids()
            else:
                deck_ids = [self.deck(deck).id]
            if not deck_ids:
                return None
            day_start, day_end = self._day_bounds(now)
            learning_due = self._learning_due_min()
            card = None
            if learning_due <= now_ms:
                card = self._first_of(deck_ids, "state IN (1, 3) AND due_ms <= ?1", "due_ms", (now_ms,))
            if card is None:
                new_ok, rev_ok = self._allowed(deck_ids, day_start)
                if rev_ok:
                    card = self._next_review(rev_ok, day_end)
                if card is None and new_ok:
                    card = self._first_of(new_ok, "state = 0", "due_ms, id", ())
            ahead = now_ms + int(LEARN_AHEAD.total_seconds() * 1000)
            if card is None and learning_due <= ahead:
                card = self._first_of(deck_ids, "state IN (1, 3) AND due_ms <= ?1", "due_ms", (ahead,))
            self._shown = card
            return card

    def _learning_due_min(self) -> int:
        """When the earliest (re)learning card falls due (epoch ms; a far future when there is none).

        Cached until a write: answers keep it up to date themselves."""
        if self._learning_due is None:
            decks = sql_ids(self._deck_ids())
            (first,), = self._read(f"SELECT min(due_ms) FROM card WHERE suspended = 0 AND state IN (1, 3) AND deck_id IN ({decks})")
            self._learning_due = _NEVER_MS if first is None else first
        return self._learning_due

    def _next_review(self, deck_ids: list[int], day_end: int) -> Card | None:
        """The review card due first before ``day_end`` in ``deck_ids``.

        Reads the first :data:`_QUEUE_BATCH` such cards at once, as Anki's queue does; answering
        the first one takes it off, any other write drops the batch."""
        key = (tuple(deck_ids), day_end)
        queue = self._review_queue
        if queue is None or queue.key != key or (not queue.rows and not queue.complete):
            rows = self._queue_rows(deck_ids, "state = 2 AND due_ms < ?1", "due_ms", (day_end,), _QUEUE_BATCH)
            queue = self._review_queue = _ReviewQueue(key, rows, len(rows) < _QUEUE_BATCH)
        return _card_from_row(queue.rows[0]) if queue.rows else None

    def _queue_rows(self, deck_ids: Sequence[int], condition: str, order: str, params: tuple[Any, ...], limit: int) -> list[Any]:
        """The first ``limit`` unsuspended cards by ``order`` in ``deck_ids`` that meet
        ``condition`` (parameters as ``?1``…): per deck, a range of the index
        ``ix_card_queue (deck_id, state, due_ms)``, merged in one statement."""
        head = f"SELECT {_CARD_COLUMNS} FROM card WHERE suspended = 0"
        if len(deck_ids) > _MAX_MERGED_DECKS:  # more than SQLite merges in one statement: one IN (slower)
            return self._read(f"{head} AND deck_id IN ({sql_ids(deck_ids)}) AND {condition} ORDER BY {order} LIMIT {limit}", params)
        parts = [f"SELECT * FROM ({head} AND deck_id = {int(i)} AND {condition} ORDER BY {order} LIMIT {limit})" for i in deck_ids]
        return self._read(" UNION ALL ".join(parts) + f" ORDER BY {order} LIMIT {limit}", params)

    def _first_of(self, deck_ids: Sequence[int], condition: str, order: str, params: tuple[Any, ...]) -> Card | None:
        rows = self._queue_rows(deck_ids, condition, order, params, 1)
        return _card_from_row(rows[0]) if rows else None

    def deck_counts(self, now: datetime | None = None) -> list[DeckCounts]:
        """For the deck list: new / learning / due-review counts of every deck, within today's limits."""
        now = _when(now)
        now_ms = to_ms(now)
        with self._lock:
            self._sync()
            day_start, day_end = self._day_bounds(now)
            done = self._done(day_start)
            raw: dict[int, list[int]] = {}
            for deck_id, new, learning, review, total in self._read(
                "SELECT deck_id, sum(state = 0 AND suspended = 0), sum(state IN (1, 3) AND due_ms <= ? AND suspended = 0), "
                "sum(state = 2 AND due_ms < ? AND suspended = 0), count(*) FROM card GROUP BY deck_id",
                (now_ms + int(LEARN_AHEAD.total_seconds() * 1000), day_end),
            ):
                raw[deck_id] = [new, learning, review, total]
            out = []
            for deck in self.decks():
                new, learning, review, total = raw.get(deck.id, [0, 0, 0, 0])
                preset = self._preset_of(deck.id)
                new_done, rev_done = done.get(deck.id, (0, 0))
                out.append(
                    DeckCounts(
                        deck=deck,
                        new=max(0, min(new, preset.new_per_day - new_done)),
                        learning=learning,  # due now or within the learn-ahead limit, as next_card shows them
                        review=max(0, min(review, preset.reviews_per_day - rev_done)),
                        total=total,
                    )
                )
            return out

    def answer(self, card_id: int, rating: Rating | int, duration_ms: int = 0, now: datetime | None = None) -> Card:
        """Grade a card. The new state and the log entry are committed before this returns.

        Returns the card as scheduled by the answer.
        """
        try:
            rating = Rating(rating)
        except ValueError:
            raise InputError(f"a rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not {rating!r}") from None
        if isinstance(duration_ms, bool) or not isinstance(duration_ms, int) or duration_ms < 0:
            raise InputError(f"the answer time must be a whole number of milliseconds >= 0, not {duration_ms!r}")
        now = _when(now)
        card_id = _card_id(card_id)
        with self._lock:
            # The card next_card just showed is taken as read; the UPDATE below only applies if
            # the row still holds exactly that state (compare-and-swap inside the write), so a
            # change by another connection or an earlier call is caught and the card re-read.
            shown, self._shown = self._shown, None
            for _attempt in range(3):
                if shown is not None and shown.id == card_id:
                    card = shown
                else:
                    self._sync()
                    card = self.card(card_id)
                if card.suspended:
                    raise InputError(f"card {card_id} is suspended")
                outcome = scheduling.review(self._preset_of(card.deck_id), card_id, card.memory, rating, now)
                learning_due, queue = self._learning_due, self._review_queue
                review_id = self._store_answer(card, outcome, min(duration_ms, MAX_DURATION_MS))
                if review_id is not None:
                    break
                shown = None  # changed since it was read: read it again
            else:
                raise CollectionBusyError(f"card {card_id} keeps changing under another program; try again")
            self._keep_queue(card, outcome.after, learning_due, queue)
            self._undo.append(review_id)
            self._count_done(card.deck_id, outcome.before.state, outcome.reviewed_ms, +1)
            return Card(
                card.id, card.deck_id, card.kind, card.front, card.back, card.choices, card.source,
                card.fact_id, outcome.after, card.suspended, card.created_ms,
            )  # fmt: skip

    def _keep_queue(self, card: Card, after: MemoryState, learning_due: int | None, queue: _ReviewQueue | None) -> None:
        """After an answer (whose write dropped the read-ahead), keep what it did not change."""
        if card.memory.state in (CardState.LEARNING, CardState.RELEARNING):
            learning_due = None  # it may have been the earliest
        elif learning_due is not None and after.state in (CardState.LEARNING, CardState.RELEARNING):
            learning_due = min(learning_due, after.due_ms)
        self._learning_due = learning_due
        if queue is None or (after.state == CardState.REVIEW and after.due_ms < queue.key[1]):
            return  # due again today: the card's place in the queue changed
        if queue.rows and queue.rows[0][0] == card.id:
            queue.rows.pop(0)
            self._review_queue = queue
        elif card.memory.state != CardState.REVIEW:
            self._review_queue = queue  # a learning or new card was never in the review queue

    def _store_answer(self, card: Card, outcome: scheduling.ReviewOutcome, duration_ms: int) -> int | None:
        """Write an answer: the card's new state (only if it still has ``outcome.before``) and
        its log entry, in one transaction. Returns the log entry's id, or None when the card
        has changed and nothing was written."""
        before, after = outcome.before, outcome.after
        with self._write() as db:
            updated = db.execute(
                "UPDATE card SET state=?, step=?, stability=?, difficulty=?, due_ms=?, last_review_ms=? "
                "WHERE id=? AND deck_id=? AND suspended=0 AND state=? AND step IS ? AND stability IS ? "
                "AND difficulty IS ? AND due_ms=? AND last_review_ms IS ?",
                (int(after.state), after.step, after.stability, after.difficulty, after.due_ms, after.last_review_ms,
                 card.id, card.deck_id, int(before.state), before.step, before.stability, before.difficulty,
                 before.due_ms, before.last_review_ms),
            ).rowcount  # fmt: skip
            if not updated:
                return None
            return db.execute(
                "INSERT INTO review(card_id, rating, reviewed_ms, duration_ms, state_before, step_before, "
                "stability_before, difficulty_before, due_before_ms, last_review_before_ms, state_after, step_after, "
                "stability_after, difficulty_after, due_after_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (card.id, int(outcome.rating), outcome.reviewed_ms, duration_ms, int(before.state), before.step,
                 before.stability, before.difficulty, before.due_ms, before.last_review_ms, int(after.state),
                 after.step, after.stability, after.difficulty, after.due_ms),
            ).lastrowid  # fmt: skip

    def _count_done(self, deck_id: int, state_before: CardState, reviewed_ms: int, delta: int) -> None:
        if self._done_day_ms < 0 or reviewed_ms < self._done_day_ms:
            return
        counts = self._done_today.setdefault(deck_id, [0, 0])
        if state_before == CardState.NEW:
            counts[0] += delta
        elif state_before == CardState.REVIEW:
            counts[1] += delta

    def next_intervals(self, card_id: int, now: datetime | None = None) -> dict[Rating, timedelta]:
        """The interval each grade button would give this card now (before fuzz)."""
        now = _when(now)
        with self._lock:
            self._sync()
            card = self.card(card_id)
            return scheduling.next_intervals(self._preset_of(card.deck_id), card.memory, now)

    def can_undo(self) -> bool:
        with self._lock:
            return bool(self._undo)

    def undo_last_answer(self) -> Card | None:
        """Take back the last answer given through this collection object.

        The card gets back exactly the state it had, and the log entry is removed. Returns the
        card as restored, or None when there is nothing to undo.
        """
        with self._lock:
            while self._undo:
                review_id = self._undo.pop()
                rows = self._read(
                    "SELECT card_id, state_before, step_before, stability_before, difficulty_before, due_before_ms, "
                    "last_review_before_ms, reviewed_ms FROM review WHERE id = ?",
                    (review_id,),
                )
                if not rows:
                    continue  # deleted meanwhile (card deleted)
                card_id, state, step, stability, difficulty, due_ms, last_ms, reviewed_ms = rows[0]
                with self._write() as db:
                    db.execute(
                        "UPDATE card SET state=?, step=?, stability=?, difficulty=?, due_ms=?, last_review_ms=? WHERE id=?",
                        (state, step, stability, difficulty, due_ms, last_ms, card_id),
                    )
                    db.execute("DELETE FROM review WHERE id = ?", (review_id,))
                card = self.card(card_id)
                self._count_done(card.deck_id, CardState(state), reviewed_ms, -1)
                return card
            return None

    # ------------------------------------------------------------------ the review log
    def review_count(self, deck: DeckRef | None = None) -> int:
        """Number of rows in the review log (of one deck's cards with ``deck``)."""
        with self._lock:
            if deck is None:
                return self._read("SELECT count(*) FROM review")[0][0]
            deck_id = self.deck(deck).id
            return self._read("SELECT count(*) FROM review r JOIN card c ON c.id = r.card_id WHERE c.deck_id = ?", (deck_id,))[0][0]

    def reviews(self, card_id: int | None = None, deck: DeckRef | None = None) -> list[ReviewEntry]:
        """Review log entries in time order, of one card or one deck or all."""
        with self._lock:
            sql = (
                "SELECT r.id, r.card_id, r.rating, r.reviewed_ms, r.duration_ms, r.state_before, r.state_after, "
                "r.due_after_ms FROM review r"
            )
            params: tuple[Any, ...] = ()
            if card_id is not None:
                sql += " WHERE r.card_id = ?"
                params = (card_id,)
            elif deck is not None:
                sql += " JOIN card c ON c.id = r.card_id WHERE c.deck_id = ?"
                params = (self.deck(deck).id,)
            sql += " ORDER BY r.reviewed_ms, r.id"
            return [
                ReviewEntry(i, c, Rating(rt), ms, d, CardState(sb), CardState(sa), due)
                for i, c, rt, ms, d, sb, sa, due in self._read(sql, params)
            ]

    # ------------------------------------------------------------------ optimizing
    def optimize(self, deck: DeckRef | None = None) -> tuple[float, ...]:
        """Fit FSRS parameters to this collection's review history (needs ``studyapp[optimizer]``).

        Fits on the reviews of ``deck`` (or of every deck) and stores the parameters in the
        preset(s) those decks use. Returns the parameters.
        """
        import fsrs

        from studyapp.srs.optimize import fit_parameters

        with self._lock:
            logs = [
                fsrs.ReviewLog(card_id=e.card_id, rating=fsrs.Rating(int(e.rating)), review_datetime=e.reviewed_at, review_duration=e.duration_ms)
                for e in self.reviews(deck=deck)
            ]
        parameters = tuple(fit_parameters(logs))
        with self._lock:
            targets = [self.deck(deck)] if deck is not None else self.decks()
            seen: set[int] = set()
            for target in targets:
                if target.preset_id not in seen:
                    seen.add(target.preset_id)
                    self.update_preset(target, parameters=parameters)
        return parameters

    # ------------------------------------------------------------------ statistics
    def stats(self, deck: DeckRef | None = None, now: datetime | None = None) -> Summary:
        """Headline figures: cards by state, due today, reviews today, retention over 30 days."""
        from studyapp.stats.summary import summary

        with self._lock:
            return summary(self, deck=deck, now=now)

    # ------------------------------------------------------------------ articles
    def preview_article(
        self, source: str | os.PathLike[str], published: date | str | None = None, deck: DeckRef | None = None,
        title: str | None = None,
    ) -> ArticlePreview:
        """Read an article (a path, an ``http(s)://`` URL or the text itself) and propose its cards.

        Nothing is written. ``published`` overrides the date found in the article; ``deck`` is
        where the cards would go (its people serve as multiple-choice distractors).
        """
        from studyapp.importing import preview

        with self._lock:
            deck_people = self._deck_people(self.deck(deck).id) if deck is not None and self._has_deck(deck) else []
        result = preview(source, published=published, title=title, deck_people=deck_people)
        with self._lock:
            rows = self._read("SELECT id FROM article WHERE content_hash = ?", (result.content_hash,))
        return result if not rows else result.with_duplicate(rows[0][0])

    def _has_deck(self, deck: DeckRef) -> bool:
        try:
            self.deck(deck)
        except NotFoundError:
            return False
        return True

    def _deck_people(self, deck_id: int) -> list[str]:
        """Speakers and position holders of the articles whose cards are in a deck."""
        names: list[str] = []
        for kind, data in self._read(
            "SELECT DISTINCT f.kind, f.data FROM fact f JOIN card c ON c.fact_id = f.id "
            "WHERE c.deck_id = ? AND f.kind IN ('quote', 'role') LIMIT 2000",
            (deck_id,),
        ):
            fields = json.loads(data)
            name = fields.get("speaker" if kind == "quote" else "person")
            if isinstance(name, str) and name not in names:
                names.append(name)
        return names

    def save_article(self, preview: ArticlePreview, deck: DeckRef | None = None, drafts: Iterable[CardDraft] | None = None) -> ImportResult:
        """Save a previewed article, its facts and the chosen cards in one transaction.

        ``drafts`` defaults to every proposed card; pass a subset, edited copies or cards of
        your own. Cards whose question the deck already has are skipped. An article already
        in the collection adds nothing (``duplicate`` is set).
        """
        from studyapp.cards.quality import normalise

        chosen = list(preview.drafts if drafts is None else drafts)
        with self._lock:
            target = self.get_or_create_deck(DEFAULT_DECK) if deck is None else (
                self.deck(deck) if not isinstance(deck, str) else self.get_or_create_deck(deck))  # fmt: skip
            existing = self._read("SELECT id FROM article WHERE content_hash = ?", (preview.content_hash,))
            if existing:
                return ImportResult(preview.source, preview.title, duplicate=True, deck=target.name)
            fronts = {normalise(f) for (f,) in self._read("SELECT front FROM card WHERE deck_id = ?", (target.id,))}
            now = _now_ms()
            facts = preview.facts
            fact_rows = (
                [("quote", q.to_dict(), q.start) for q in facts.quotes]
                + [("role", r.to_dict(), r.start) for r in facts.roles]
                + [("event", e.to_dict(), e.start) for e in facts.events]
            )
            with self._write() as db:
                cur = db.execute(
                    "INSERT INTO article(title, source, published, text, content_hash, imported_ms) VALUES (?,?,?,?,?,?)",
                    (preview.title, preview.source, preview.published.isoformat() if preview.published else None,
                     preview.text, preview.content_hash, now),
                )  # fmt: skip
                article_id = cur.lastrowid
                fact_ids = []
                for kind, data, position in fact_rows:
                    fact_ids.append(db.execute(
                        "INSERT INTO fact(article_id, kind, data, position) VALUES (?,?,?,?)",
                        (article_id, kind, json.dumps(data, ensure_ascii=False), position),
                    ).lastrowid)  # fmt: skip
                rows, skipped = [], 0
                for draft in chosen:
                    key = normalise(draft.front)
                    if key in fronts:
                        skipped += 1
                        continue
                    fronts.add(key)
                    fact_id = fact_ids[draft.fact_index] if 0 <= draft.fact_index < len(fact_ids) else None
                    rows.append(_card_row(NewCard(draft.front, draft.back, draft.kind, draft.choices, draft.source, fact_id), now))
                ids = self._insert_cards(db, target.id, rows)
            return ImportResult(preview.source, preview.title, tuple(ids), len(fact_rows), 1, False, skipped, target.name)

    def import_article(
        self, source: str | os.PathLike[str], published: date | str | None = None, deck: DeckRef | None = None,
        title: str | None = None,
    ) -> ImportResult:
        """Read an article, extract its facts and add the cards they give, in one step.

        ``source`` is a path, an ``http(s)://`` URL, or the article text itself. Importing the
        same article twice adds nothing (the result says ``duplicate``). A failure adds nothing.
        """
        with self._lock:
            preview = self.preview_article(source, published=published, deck=deck, title=title)
            if preview.duplicate_of is not None:
                target = DEFAULT_DECK if deck is None else (deck if isinstance(deck, str) else self.deck(deck).name)
                return ImportResult(preview.source, preview.title, duplicate=True, deck=target)
            return self.save_article(preview, deck=deck)

    def articles(self) -> list[ArticleInfo]:
        """Every article, newest import first."""
        with self._lock:
            return [ArticleInfo(*row) for row in self._read(
                "SELECT id, title, source, published, imported_ms FROM article ORDER BY imported_ms DESC, id DESC")]  # fmt: skip

    def article_text(self, article_id: int) -> str:
        with self._lock:
            rows = self._read("SELECT text FROM article WHERE id = ?", (article_id,))
            if not rows:
                raise NotFoundError(f"no article {article_id}")
            return rows[0][0]

    def article_of_card(self, card_id: int) -> ArticleInfo | None:
        """The article a card was made from, if any."""
        with self._lock:
            rows = self._read(
                "SELECT a.id, a.title, a.source, a.published, a.imported_ms FROM card c JOIN fact f ON f.id = c.fact_id "
                "JOIN article a ON a.id = f.article_id WHERE c.id = ?",
                (card_id,),
            )
            return ArticleInfo(*rows[0]) if rows else None

    # ------------------------------------------------------------------ deck files and exports
    def import_deck_file(self, path: str | os.PathLike[str], deck: DeckRef | None = None) -> ImportResult:
        """Import a studyapp deck file (JSON). It is validated in full first; one transaction."""
        from studyapp.importing import import_deck

        with self._lock:
            return import_deck(self, Path(path), deck)

    def export(self, path: str | os.PathLike[str], format: str, deck: DeckRef | None = None) -> int:
        """Write the cards of ``deck`` (or all) as ``json`` (deck file), ``apkg`` (Anki) or ``csv``.

        The file appears complete or not at all. Returns the number of cards written.
        """
        from studyapp.importing import export

        with self._lock:
            return export(self, Path(path), format, deck)

    # ------------------------------------------------------------------ backups
    def backup(self, now: datetime | None = None) -> BackupInfo:
        """Back up the collection now (online backup API, checked with ``integrity_check``,
        old backups rotated); returns the new backup. Raises CollectionError on failure."""
        from studyapp.store.backup import create_backup

        if self._closed:
            raise InputError("the collection is closed")
        return create_backup(self.path, now=now, check=True)

    def backups(self) -> list[BackupInfo]:
        """This collection's backups, newest first (see :func:`studyapp.store.backup.list_backups`)."""
        from studyapp.store.backup import list_backups

        return list_backups(self.path)

    # ------------------------------------------------------------------ browsing
    def find_cards(
        self, query: str = "", sort: str = "created", descending: bool = False, limit: int = 200, offset: int = 0,
        now: datetime | None = None,
    ) -> list[BrowserRow]:
        """One page of cards matching a search (see :mod:`studyapp.search`), with their deck names."""
        from studyapp.search import compile_search, order_by

        compiled = compile_search(query, to_ms(_when(now)))
        sql = (
            f"SELECT {', '.join('c.' + c.strip() for c in _CARD_COLUMNS.split(','))}, d.name FROM card c "
            f"JOIN deck d ON d.id = c.deck_id WHERE {compiled.where} ORDER BY {order_by(sort, descending)} "
            "LIMIT :limit OFFSET :offset"
        )
        with self._lock:
            rows = self._db.execute(sql, {**compiled.params, "limit": limit, "offset": offset}).fetchall()
        return [BrowserRow(_card_from_row(r), r[-1]) for r in rows]

    def count_cards(self, query: str = "", now: datetime | None = None) -> int:
        """How many cards match a search."""
        from studyapp.search import compile_search

        compiled = compile_search(query, to_ms(_when(now)))
        with self._lock:
            return self._db.execute(
                f"SELECT count(*) FROM card c JOIN deck d ON d.id = c.deck_id WHERE {compiled.where}", compiled.params
            ).fetchone()[0]

    # ------------------------------------------------------------------ progress dashboard
    def progress(self, deck: DeckRef | None = None, now: datetime | None = None) -> Progress:
        """Everything the progress dashboard shows (see :mod:`studyapp.stats.progress`)."""
        from studyapp.stats.progress import progress

        when = _when(now)
        with self._lock:
            return progress(self, deck=deck, now=when)
