"""Schema upgrades. Each step takes a collection from version N to N+1 inside one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from studyapp.errors import CollectionError

#: MIGRATIONS[n] upgrades schema version n to n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Upgrade the schema step by step; each step is atomic, so a failure leaves a readable file."""
    for version in range(from_version, to_version):
        step = MIGRATIONS.get(version)
        if step is None:
            raise CollectionError(f"cannot upgrade a collection from schema {version}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
