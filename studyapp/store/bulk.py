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
