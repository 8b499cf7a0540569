"""Opening a collection file: engine, connection pragmas, schema checks and creation.

A collection is one SQLite file in WAL mode with foreign keys on. It carries
``PRAGMA application_id`` = :data:`APPLICATION_ID` and ``PRAGMA user_version`` = the schema
version, so anything else is refused with a clear :class:`CollectionError`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel, create_engine

from studyapp.errors import CollectionError
from studyapp.store import schema
from studyapp.store.migrations import migrate
from studyapp.store.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"

#: How long a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT_S = 30.0


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise CollectionError(f"{path} is a folder, not a collection file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise CollectionError(f"cannot read {path}: {exc.strerror or exc}") from None
    if header and header != SQLITE_HEADER:
        raise CollectionError(f"{path} is not a studyapp collection (not an SQLite database)")


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None)
    except sqlite3.Error as exc:
        raise CollectionError(f"cannot open {path}: {exc}") from None
    return conn


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    """Check that ``conn`` holds a studyapp collection we can read, creating or upgrading it."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CollectionError(f"{path} is not a studyapp collection or is damaged ({exc})") from None
    if app_id == 0 and tables == 0:
        return  # a new, empty file: created below
    if app_id != APPLICATION_ID:
        raise CollectionError(f"{path} is an SQLite database but not a studyapp collection")
    if version > SCHEMA_VERSION:
        raise CollectionError(
            f"{path} was written by a newer studyapp (schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}): upgrade studyapp to open it"
        )


def open_engine(path: Path) -> Engine:
    """An engine on one shared connection to the collection at ``path`` (created if missing)."""
    path = Path(path)
    if path.exists():
        _check_file(path)
    else:
        if path.parent.exists() and not path.parent.is_dir():
            raise CollectionError(f"{path.parent} is a file, not a folder")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CollectionError(f"cannot create the folder {path.parent}: {exc.strerror or exc}") from None
    conn = _connect(path)
    try:
        _prepare(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise CollectionError(f"cannot use write-ahead logging for {path} (journal mode {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise CollectionError(f"{path} is not a studyapp collection or is damaged ({exc})") from None
    except CollectionError:
        conn.close()
        raise

    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        # The DB-API connection runs in autocommit mode; SQLAlchemy's own transactions
        # begin here so that reads in a session see one consistent snapshot.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        _create_or_migrate(engine, conn, path)
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        conn.close()
        raise CollectionError(f"cannot prepare {path}: {exc}") from None
    return engine


def _create_or_migrate(engine: Engine, conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == 0:
        assert schema  # the table classes are registered on SQLModel.metadata by importing schema
        SQLModel.metadata.create_all(engine)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return
    if version < SCHEMA_VERSION:
        migrate(conn, version, SCHEMA_VERSION)
