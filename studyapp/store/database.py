"""Opening a collection file: engine, connection pragmas, schema checks and creation.

A collection is one SQLite file in WAL mode with foreign keys on. It carries
``PRAGMA application_id`` = :data:`APPLICATION_ID` and ``PRAGMA user_version`` = the schema
version, so anything else is refused with a clear :class:`CollectionError`.

Before anything is written, the file gets the cheap checks of :mod:`studyapp.store.integrity`
(header, length, schema, small tables: well under a millisecond at any size, plus a full
``quick_check`` for files up to 16 MB). A damaged,
truncated or non-SQLite file raises :class:`CorruptCollectionError` carrying the newest usable
backup; the file is left exactly as it was. An empty file becomes a new collection, unless the
collection has backups (then an empty file means a lost collection, and is reported as damaged).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from typing import TYPE_CHECKING

from studyapp.errors import CollectionBusyError, CollectionError, CorruptCollectionError
from studyapp.store.integrity import DB_ERRORS, header_problem, one_line, quick_check_on_open, structure_problem
from studyapp.store.migrations import migrate
from studyapp.store.version import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"

#: How long a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT_S = 30.0


def _corrupt(path: Path, problem: str) -> CorruptCollectionError:
    """The error for a damaged file, naming the newest backup that can replace it."""
    from studyapp.store.backup import newest_usable_backup

    try:
        backup = newest_usable_backup(path)
    except Exception:  # noqa: BLE001 - looking for a backup must not hide the real problem
        backup = None
    hint = (
        f"; the newest backup is {backup.path.name} ({backup.time:%Y-%m-%d %H:%M} UTC)" if backup is not None
        else "; no backup of it was found"
    )
    return CorruptCollectionError(f"{path} is damaged or is not a studyapp collection ({one_line(problem)}){hint}", path, backup)


# Primary SQLite result codes (``sqlite3.Error.sqlite_errorcode & 0xFF``).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 5, 6, 8, 10, 11, 13, 26


def translate_error(path: Path, exc: BaseException) -> CollectionError | None:
    """The :class:`CollectionError` to raise for an SQLite error met while using an open
    collection, or None when ``exc`` is not one the user can do anything about (a bug).

    For the ``Collection`` read/write helpers::

        except (sqlite3.Error, UnicodeDecodeError) as exc:
            error = translate_error(self.path, exc)
            if error is None:
                raise
            raise error from None

    Damage (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``, text that is not UTF-8) becomes
    :class:`CorruptCollectionError` naming the newest usable backup; a write lock held past
    the busy timeout :class:`CollectionBusyError`; a full disk, an I/O error or a read-only
    file a plain :class:`CollectionError`.
    """
    if isinstance(exc, UnicodeDecodeError):
        return _corrupt(path, f"text that is not UTF-8 ({one_line(exc, 120)})")
    if not isinstance(exc, sqlite3.Error):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    message = one_line(exc)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "Could not decode to UTF-8" in message:
        return _corrupt(path, message)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return CollectionBusyError(
            f"{path} is locked by another program writing to it (waited {BUSY_TIMEOUT_S:.0f} s); try again when it is done"
        )
    if code == _SQLITE_FULL:
        return CollectionError(f"cannot write to {path}: the disk is full")
    if code == _SQLITE_IOERR:
        return CollectionError(f"cannot read or write {path}: input/output error ({message})")
    if code == _SQLITE_READONLY:
        return CollectionError(f"cannot write to {path}: it is read-only ({message})")
    return None


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise CollectionError(f"{path} is a folder, not a collection file")
    try:
        with path.open("rb"):
            pass
        problem = header_problem(path)
    except OSError as exc:
        raise CollectionError(f"cannot read {path}: {exc.strerror or exc}") from None
    if problem is not None:
        if problem == "not an SQLite database":
            problem = "it is not an SQLite database"
        raise _corrupt(path, problem)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise CollectionError(f"cannot write to {path}: permission denied (studyapp needs to write the file and its folder)")


def _check_empty(path: Path) -> None:
    """An empty file is a new collection, unless backups show there was a collection here."""
    from studyapp.store.backup import list_backups

    if list_backups(path, count_cards=False):
        raise _corrupt(path, "the file is empty")


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
    except DB_ERRORS as exc:
        raise _corrupt(path, str(exc)) from None
    if app_id == 0 and tables == 0:
        return  # a new, empty file: created below
    if app_id != APPLICATION_ID:
        raise CollectionError(f"{path} is an SQLite database but not a studyapp collection")
    if version > SCHEMA_VERSION:
        raise CollectionError(
            f"{path} was written by a newer studyapp (schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}): upgrade studyapp to open it"
        )
    problem = structure_problem(conn, full=quick_check_on_open(path))
    if problem is not None:
        raise _corrupt(path, problem)


def open_connection(path: Path) -> sqlite3.Connection:
    """A connection to the collection at ``path``, created if missing, checked, and upgraded.

    SQLAlchemy/SQLModel are imported only to create a new collection's tables: opening an
    existing one is plain :mod:`sqlite3` (SQLModel takes most of a second to import).
    """
    path = Path(path)
    if path.exists():
        _check_file(path)
        if path.stat().st_size == 0:
            _check_empty(path)
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
        # FULL: every commit reaches the disk before an answer is acknowledged, as in Anki
        # (an fsync of the WAL per answer).
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    except DB_ERRORS as exc:
        conn.close()
        raise _corrupt(path, str(exc)) from None
    except CollectionError:
        conn.close()
        raise
    try:
        _create_or_migrate(conn, path)
    except DB_ERRORS as exc:
        conn.close()
        raise CollectionError(f"cannot prepare {path}: {one_line(exc)}") from None
    except BaseException:
        conn.close()
        raise
    return conn


def engine_for(conn: sqlite3.Connection) -> Engine:
    """A SQLAlchemy engine over an open collection connection, for SQLModel sessions.

    The connection runs in autocommit mode; SQLAlchemy's own transactions begin with
    ``BEGIN IMMEDIATE`` so that reads in a session see one consistent snapshot.
    """
    from sqlalchemy import event
    from sqlalchemy.pool import StaticPool
    from sqlmodel import create_engine

    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def open_engine(path: Path) -> Engine:
    """An engine on one shared connection to the collection at ``path`` (created if missing)."""
    return engine_for(open_connection(path))


def _create_or_migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == 0:
        from sqlmodel import SQLModel

        from studyapp.store import schema

        # One transaction: a crash while creating leaves an empty file, never a half collection.
        assert schema  # the table classes are registered on SQLModel.metadata by importing schema
        engine = engine_for(conn)
        with engine.begin() as connection:
            SQLModel.metadata.create_all(connection)
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return
    if version < SCHEMA_VERSION:
        from studyapp.store.backup import create_backup

        create_backup(path, thin=False)  # the file as it was before the upgrade, whatever happens next
        migrate(conn, version, SCHEMA_VERSION)
