"""Integrity checks of a collection file, cheap ones for every open and full ones for the background.

On open (:func:`header_problem` then :func:`structure_problem`) we check what costs well under
a millisecond whatever the size of the collection: the 100-byte SQLite header (magic, page
size, format versions), that the file is a whole number of pages and not shorter than its
header says (a truncated file), that the schema parses and has our tables, a ``quick_check``
of the small tables, and one page at each end of the big ones. Files up to
:data:`QUICK_CHECK_ON_OPEN_BYTES` (16 MB, ~35,000 cards with their history) also get a full
``PRAGMA quick_check`` on open (~2 ms per MB). For bigger files that would eat the open
budget (100 ms of the 300 ms at 100,000 cards; ``integrity_check`` ~310 ms), so it runs in
the background after open instead (see :mod:`studyapp.store.backup`), on its own connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100

#: What reading a damaged file can raise: SQLite's errors, and UnicodeDecodeError when text
#: (or SQLite's own error message quoting damaged schema text) is not valid UTF-8.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, UnicodeDecodeError)

#: Tables every collection has (schema 1).
REQUIRED_TABLES = frozenset({"meta", "preset", "deck", "article", "fact", "card", "review"})
#: Small tables given a full quick_check on every open.
SMALL_TABLES = ("meta", "preset", "deck")


def one_line(detail: object, limit: int = 300) -> str:
    """``detail`` as one line of at most ``limit`` characters (SQLite messages can quote
    damaged schema text with newlines)."""
    text = " ".join(str(detail).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def wal_path(path: Path) -> Path:
    """The write-ahead log next to a collection file."""
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    """The shared-memory index of the write-ahead log."""
    return path.with_name(path.name + "-shm")


def header_problem(path: Path) -> str | None:
    """What is wrong with the file's SQLite header or length, or None when it looks sound.

    An empty file is not judged here (a new collection is created in an empty file).
    Raises OSError when the file cannot be read.
    """
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(HEADER_SIZE)
    if not header.startswith(SQLITE_HEADER) and not SQLITE_HEADER.startswith(header):
        return "not an SQLite database"
    if size < HEADER_SIZE:
        return f"truncated ({size} bytes)"
    page_size = int.from_bytes(header[16:18], "big")
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size & (page_size - 1):
        return f"damaged header (page size {page_size})"
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return "damaged header (file format version)"
    if header[21] != 64 or header[22] != 32 or header[23] != 32:
        return "damaged header (payload fractions)"
    if size % page_size:
        return f"truncated or damaged (its length {size:,} is not a whole number of {page_size}-byte pages)"
    change_counter = header[24:28]
    pages_in_header = int.from_bytes(header[28:32], "big")
    valid_for = header[92:96]
    wal = wal_path(path)
    wal_has_frames = wal.exists() and wal.stat().st_size > 32
    # The header's page count is authoritative when valid-for matches the change counter. With
    # frames in the write-ahead log, pages may legitimately live only there, so skip the test.
    if pages_in_header and valid_for == change_counter and not wal_has_frames and size < pages_in_header * page_size:
        return f"truncated ({size // page_size:,} of {pages_in_header:,} pages)"
    return None


def structure_problem(conn: sqlite3.Connection, full: bool = False) -> str | None:
    """Cheap check of an open collection: schema, small tables, ends of the big ones, and with
    ``full=True`` a ``quick_check`` of everything.

    Returns a description of the first problem, or None. Never writes.
    """
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = REQUIRED_TABLES - names
        if missing:
            return f"tables missing: {', '.join(sorted(missing))}"
        for table in SMALL_TABLES:
            rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({table})")]
            if rows != ["ok"]:
                return f"{table}: {rows[0]}"
        for table in ("card", "review"):  # one root-to-leaf path at each end (min and max apart: together they scan)
            conn.execute(f"SELECT min(id) FROM {table}").fetchone()
            conn.execute(f"SELECT max(id) FROM {table}").fetchone()
    except DB_ERRORS as exc:
        return one_line(exc)
    return full_check(conn, quick=True) if full else None


#: Files up to this size (collection + write-ahead log) get a full ``quick_check`` on open:
#: ~2 ms per MB, so at most ~35 ms; bigger ones are quick-checked in the background after open.
QUICK_CHECK_ON_OPEN_BYTES = 16 * 1024 * 1024


def collection_bytes(path: Path) -> int:
    """Size of the collection file plus its write-ahead log."""
    total = 0
    for p in (path, wal_path(path)):
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total


def quick_check_on_open(path: Path) -> bool:
    """Whether opening ``path`` runs the full ``quick_check`` (small files) or leaves it to the background."""
    return collection_bytes(path) <= QUICK_CHECK_ON_OPEN_BYTES


def full_check(conn: sqlite3.Connection, quick: bool = True, max_errors: int = 5,
               should_stop: Callable[[], bool] | None = None) -> str | None:
    """``PRAGMA quick_check`` (or ``integrity_check`` with ``quick=False``) of the whole file.

    Returns None when it passes, else the first problems reported, joined on one line.
    ``should_stop`` is polled while the check runs; when it returns True the check is
    abandoned with ``sqlite3.OperationalError("interrupted")``.
    """
    pragma = "quick_check" if quick else "integrity_check"
    if should_stop is not None:
        conn.set_progress_handler(lambda: 1 if should_stop() else 0, 2000)
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}({int(max_errors)})")]
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise
        return one_line(exc)
    except DB_ERRORS as exc:
        return one_line(exc)
    finally:
        if should_stop is not None:
            conn.set_progress_handler(None, 0)
    if rows == ["ok"]:
        return None
    return one_line("; ".join(rows[:max_errors]))


def check_file(path: Path, quick: bool = False) -> str | None:
    """Full check of a collection (or backup) file on a read-only connection of its own."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return full_check(conn, quick=quick)
    finally:
        conn.close()
