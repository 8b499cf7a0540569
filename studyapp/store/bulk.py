"""Bulk paths for building large collections quickly (benchmarks, imports of big histories).

They write with ``executemany`` inside one transaction and bypass per-card scheduling.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from studyapp.srs.scheduling import CardState


def make_review_due(db: sqlite3.Connection, card_ids: Iterable[int], due_ms: int, last_review_ms: int,
                    stability: float = 10.0, difficulty: float = 5.0) -> int:
    """Put cards in the REVIEW state, due at ``due_ms``; returns how many changed."""
    db.execute("BEGIN IMMEDIATE")
    try:
        cur = db.executemany(
            "UPDATE card SET state = ?, step = NULL, stability = ?, difficulty = ?, due_ms = ?, last_review_ms = ? WHERE id = ?",
            [(int(CardState.REVIEW), stability, difficulty, due_ms, last_review_ms, i) for i in card_ids],
        )
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return cur.rowcount


#: Columns of a review-log row as :func:`load_history` takes them, in order.
REVIEW_COLUMNS = (
    "card_id, rating, reviewed_ms, duration_ms, state_before, step_before, stability_before, difficulty_before, "
    "due_before_ms, last_review_before_ms, state_after, step_after, stability_after, difficulty_after, due_after_ms"
)


def load_history(db: sqlite3.Connection, card_states: Iterable[tuple], reviews: Iterable[tuple]) -> tuple[int, int]:
    """Write a whole review history in one transaction.

    ``card_states`` are ``(state, step, stability, difficulty, due_ms, last_review_ms, suspended, id)``
    rows that overwrite existing cards; ``reviews`` are rows of :data:`REVIEW_COLUMNS`, best
    in time order (as the app writes them). Returns (cards updated, reviews inserted).

    For a big load the review indices are dropped and rebuilt afterwards (inside the same
    transaction, so the file never lacks them), and the page cache is raised to 256 MiB:
    sorted index builds are several times faster than a million random index inserts.
    Foreign keys are checked once over the whole table after the insert (``foreign_key_check``)
    rather than row by row; a review of a missing card raises ValueError and writes nothing.
    """
    reviews = reviews if isinstance(reviews, list) else list(reviews)
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA cache_size = -262144")
    db.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
    db.execute("BEGIN IMMEDIATE")
    try:
        cards = db.executemany(
            "UPDATE card SET state = ?, step = ?, stability = ?, difficulty = ?, due_ms = ?, last_review_ms = ?, "
            "suspended = ? WHERE id = ?",
            card_states,
        ).rowcount
        indices = []
        if len(reviews) >= 50_000 and len(reviews) >= db.execute("SELECT count(*) FROM review").fetchone()[0]:
            indices = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review' AND sql IS NOT NULL").fetchall()
            for name, _sql in indices:
                db.execute(f'DROP INDEX "{name}"')
        logged = db.executemany(
            f"INSERT INTO review({REVIEW_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", reviews
        ).rowcount
        if foreign_keys and db.execute("PRAGMA foreign_key_check(review)").fetchone() is not None:
            raise ValueError("the review log names cards that do not exist")
        for _name, sql in indices:
            db.execute(sql)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        db.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    return cards, logged
