"""Schema upgrades: ``MIGRATIONS[n]`` takes a collection from schema version n to n + 1.

:func:`migrate` runs every step needed in **one** transaction, with foreign keys off (so a
step may rebuild a table, as SQLite's ALTER TABLE guide prescribes) and a
``PRAGMA foreign_key_check`` before commit. Either the file ends at the new version or it is
left exactly as it was, readable by the version that wrote it. ``open_engine`` backs the file
up before calling it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from studyapp.errors import CollectionError

#: MIGRATIONS[n] upgrades schema version n to n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Upgrade the schema from ``from_version`` to ``to_version`` atomically.

    ``conn`` must be in autocommit mode (``isolation_level=None``) with no open transaction.
    Raises :class:`~studyapp.errors.CollectionError` when a step is missing or fails; the
    file is then unchanged.
    """
    for version in range(from_version, to_version):
        if version not in MIGRATIONS:
            raise CollectionError(f"cannot upgrade a collection from schema {version}: this version has no upgrade for it")
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction, so before BEGIN
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have upgraded the file while we waited for the write lock.
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            for version in range(current, to_version):
                MIGRATIONS[version](conn)
            if current < to_version:
                conn.execute(f"PRAGMA user_version = {int(to_version)}")
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise CollectionError(f"the upgrade would leave {len(broken)} broken references (first in table {broken[0][0]})")
        except BaseException as exc:
            conn.execute("ROLLBACK")
            if isinstance(exc, CollectionError):
                raise CollectionError(f"cannot upgrade the collection to schema {to_version}: {exc}; it is unchanged") from None
            if isinstance(exc, Exception):
                raise CollectionError(
                    f"cannot upgrade the collection to schema {to_version} ({type(exc).__name__}: {exc}); it is unchanged"
                ) from exc
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")


def _review_stats_indices(conn: sqlite3.Connection) -> None:
    """Schema 1 → 2: covering indices for the progress statistics (``studyapp.stats.progress``)."""
    conn.execute("CREATE INDEX IF NOT EXISTS ix_review_stats ON review (state_before, rating, reviewed_ms, duration_ms)")
    conn.execute("DROP INDEX IF EXISTS ix_review_card")
    conn.execute("CREATE INDEX ix_review_card ON review (card_id, reviewed_ms, state_before, rating, duration_ms)")


def _drop_review_time_index(conn: sqlite3.Connection) -> None:
    """Schema 2 → 3: no index on ``review.reviewed_ms`` alone; ``ix_review_stats`` serves those
    queries (see :func:`studyapp.store.version.any_review`), and every answer writes one page less."""
    conn.execute("DROP INDEX IF EXISTS ix_review_time")


def _drop_card_due_index(conn: sqlite3.Connection) -> None:
    """Schema 3 → 4: the card queue is read per deck through ``ix_card_queue`` alone; an
    answer no longer moves its card in a second index."""
    conn.execute("DROP INDEX IF EXISTS ix_card_due")


MIGRATIONS[1] = _review_stats_indices
MIGRATIONS[2] = _drop_review_time_index
MIGRATIONS[3] = _drop_card_due_index
