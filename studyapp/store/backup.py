"""Backups of a collection: made with SQLite's online backup API, rotated as Anki does, restorable.

Backups live in a ``backups/`` folder next to the collection file, one self-contained SQLite
file each (rollback-journal mode, so reading one creates no side files), named after the
collection and the UTC time the backup began, so that names sort by time::

    ~/.local/share/studyapp/collection.sqlite3
    ~/.local/share/studyapp/backups/collection-2026-11-27T18-30-00Z.sqlite3

A backup is written to a hidden ``.partial`` file, synced, and renamed into place, so a crash
never leaves a half backup under a backup's name. Every backup is a valid collection: open it
with :meth:`studyapp.Collection.open`.

Rotation (:func:`thin_backups`, after every new backup), as Anki's defaults: keep every backup
of the last :data:`KEEP_ALL_HOURS` hours, then the newest backup of each of the
:data:`KEEP_DAILY` most recent days, of each of the :data:`KEEP_WEEKLY` most recent ISO weeks
and of each of the :data:`KEEP_MONTHLY` most recent months (days, weeks and months in local
time; one backup can count for all three). The newest backup is never deleted. With daily use
that is at most ~48 + 12 + 10 + 9 files, reaching back nine months.

Automatic backups (:class:`BackgroundJob`, started by ``Collection.open``): when the newest
backup is older than :data:`MIN_INTERVAL` (30 minutes) and the collection changed since, a
backup is made after open on a thread with its own connections, then checked with
``PRAGMA integrity_check`` (a backup that fails the check is kept as ``.damaged`` and rotation
is skipped); when no backup is due and the file is too big for a quick_check on open
(:data:`~studyapp.store.integrity.QUICK_CHECK_ON_OPEN_BYTES`), the thread runs
``PRAGMA quick_check`` on the collection instead. At 100,000 cards the copy takes ~0.12 s and the check ~0.4 s, so none of it is on
the open path.

Restoring (:func:`restore_backup`) never deletes or overwrites the current file: it is first
kept aside as ``collection-replaced-<time>.sqlite3`` (``-damaged-`` when it is damaged), with
its write-ahead log, then the backup is copied in and renamed over the collection atomically.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from studyapp.errors import CollectionError
from studyapp.store.integrity import DB_ERRORS, full_check, one_line, header_problem, quick_check_on_open, shm_path, structure_problem, wal_path
from studyapp.store.version import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from studyapp.store.lock import CollectionLock

BACKUP_DIRNAME = "backups"
#: An automatic backup is made on open when the newest one is older than this.
MIN_INTERVAL = timedelta(minutes=30)
#: Rotation: every backup of the last KEEP_ALL_HOURS hours, then one per day / week / month.
KEEP_ALL_HOURS = 24
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9

_TIME_FORMAT = "%Y-%m-%dT%H-%M-%SZ"
_SUFFIX = ".sqlite3"
_PARTIAL = ".partial"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when it was begun (UTC), its size in bytes and card count."""

    path: Path
    time: datetime
    size: int
    cards: int | None = None  # None when not counted or unreadable


# ---------------------------------------------------------------------------- names
def backup_dir(collection_path: str | os.PathLike[str]) -> Path:
    """The folder holding a collection's backups: ``backups/`` next to the collection file."""
    return Path(collection_path).parent / BACKUP_DIRNAME


def _stem(collection_path: Path) -> str:
    name = collection_path.name
    return name[: -len(_SUFFIX)] if name.endswith(_SUFFIX) and len(name) > len(_SUFFIX) else name


def _name_pattern(collection_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(_stem(collection_path)) + r"-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ)(?:-(\d+))?" + re.escape(_SUFFIX) + "$")


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.astimezone()
    return now.astimezone(timezone.utc)


def _free_name(folder: Path, base: str, suffix: str) -> Path:
    """``folder/base+suffix``, or ``base-1``, ``base-2``… if taken."""
    candidate = folder / f"{base}{suffix}"
    n = 0
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = folder / f"{base}-{n}{suffix}"
    return candidate


def _uri(path: Path, mode: str, immutable: bool = False) -> str:
    return f"file:{quote(str(path.absolute()))}?mode={mode}" + ("&immutable=1" if immutable else "")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported everywhere (Windows)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------- listing
def _backup_files(collection_path: Path) -> list[tuple[datetime, int, Path]]:
    folder = backup_dir(collection_path)
    pattern = _name_pattern(collection_path)
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        m = pattern.match(entry.name)
        if m is None or not entry.is_file():
            continue
        when = datetime.strptime(m.group(1), _TIME_FORMAT).replace(tzinfo=timezone.utc)
        found.append((when, int(m.group(2) or 0), Path(entry.path)))
    found.sort(reverse=True)
    return found


def _card_count(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(_uri(path, "ro", immutable=True), uri=True)
    except sqlite3.Error:
        return None
    try:
        return conn.execute("SELECT count(*) FROM card").fetchone()[0]
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        conn.close()


def list_backups(collection_path: str | os.PathLike[str], count_cards: bool = True) -> list[BackupInfo]:
    """The collection's backups, newest first.

    ``cards`` is counted from each file (a few milliseconds each, even at 100,000 cards);
    pass ``count_cards=False`` to skip it.
    """
    out = []
    for when, _, path in _backup_files(Path(collection_path)):
        try:
            size = path.stat().st_size
        except OSError:
            continue  # deleted meanwhile
        out.append(BackupInfo(path, when, size, _card_count(path) if count_cards else None))
    return out


def backup_problem(backup_path: str | os.PathLike[str], full: bool = False) -> str | None:
    """Why a backup file cannot be restored, or None when it is a collection this version reads.

    The default check costs a few milliseconds; ``full=True`` adds a ``quick_check`` of the
    whole file.
    """
    path = Path(backup_path)
    try:
        if not path.is_file():
            return "no such file"
        if path.stat().st_size == 0:
            return "empty file"
        problem = header_problem(path)
        if problem:
            return problem
        conn = sqlite3.connect(_uri(path, "ro", immutable=True), uri=True)
    except (OSError, sqlite3.Error) as exc:
        return one_line(exc)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            return "not a studyapp collection"
        if version > SCHEMA_VERSION:
            return f"written by a newer studyapp (schema {version})"
        problem = structure_problem(conn)
        if problem is None and full:
            problem = full_check(conn)
        return problem
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return one_line(exc)
    finally:
        conn.close()


def newest_usable_backup(collection_path: str | os.PathLike[str]) -> BackupInfo | None:
    """The newest backup that passes the cheap checks of :func:`backup_problem`, or None."""
    for info in list_backups(collection_path, count_cards=False):
        if backup_problem(info.path) is None:
            return BackupInfo(info.path, info.time, info.size, _card_count(info.path))
    return None


# ---------------------------------------------------------------------------- creating
def _changed_since(collection_path: Path, when: datetime) -> bool:
    """Whether the collection file or its write-ahead log was written at or after ``when``."""
    limit = when.timestamp() - 1.0  # backup names have whole seconds; err on the side of a backup
    try:
        if collection_path.stat().st_mtime >= limit:
            return True
        wal = wal_path(collection_path)
        if wal.exists():
            st = wal.stat()
            return st.st_size > 32 and st.st_mtime >= limit
    except OSError:
        return True
    return False


def backup_due(collection_path: str | os.PathLike[str], now: datetime | None = None,
               min_interval: timedelta = MIN_INTERVAL) -> bool:
    """Whether an automatic backup should be made: the newest is older than ``min_interval``
    (or there is none) and the collection changed since."""
    path = Path(collection_path)
    files = _backup_files(path)
    if not files:
        return True
    newest = files[0][0]
    return _utc(now) - newest >= min_interval and _changed_since(path, newest)


def _remove_stale_partials(folder: Path, older_than_s: float = 3600.0) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(_PARTIAL):
            try:
                if time.time() - entry.stat().st_mtime > older_than_s:
                    os.unlink(entry.path)
            except OSError:
                pass


def _copy_database(source: Path, target: Path, cancel: threading.Event | None = None) -> None:
    """Copy ``source`` into the new file ``target`` with the online backup API, in one step
    (one read transaction, so the copy is one consistent snapshot; in WAL mode it blocks nobody).
    The copy is switched to rollback-journal mode and synced."""
    src = sqlite3.connect(_uri(source, "rw"), uri=True, timeout=30.0)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync_file(target)


def create_backup(collection_path: str | os.PathLike[str], now: datetime | None = None, check: bool = False,
                  thin: bool = True, _job: BackgroundJob | None = None) -> BackupInfo:
    """Back up the collection now; returns the new backup.

    Safe while the collection is open and being written (here or in another process). With
    ``check=True`` the copy gets a full ``PRAGMA integrity_check`` first; a copy that fails it
    is kept as ``….sqlite3.damaged`` and :class:`~studyapp.errors.CorruptCollectionError` is
    raised. With ``thin=True`` old backups are then rotated (:func:`thin_backups`).
    Raises :class:`~studyapp.errors.CollectionError` when the backup cannot be written.
    """
    from studyapp.errors import CorruptCollectionError

    path = Path(collection_path)
    when = _utc(now).replace(microsecond=0)
    folder = backup_dir(path)
    partial = folder / f".{_stem(path)}-{when.strftime(_TIME_FORMAT)}.{os.getpid()}.{threading.get_ident()}{_PARTIAL}"
    try:
        if not path.is_file():
            raise CollectionError(f"cannot back up {path}: no such collection file")
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_partials(folder)
        try:
            _copy_database(path, partial)
            conn = sqlite3.connect(_uri(partial, "ro"), uri=True, check_same_thread=False)
            try:
                if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                    raise CollectionError(f"cannot back up {path}: not a studyapp collection")
                problem = None
                if check:
                    try:
                        problem = full_check(conn, quick=False, should_stop=None if _job is None else _job._stop.is_set)
                    except sqlite3.OperationalError:
                        problem = None  # stopped by close(): the copy is still a faithful one
            finally:
                conn.close()
            base = f"{_stem(path)}-{when.strftime(_TIME_FORMAT)}"
            if problem is not None:
                damaged = _free_name(folder, base, _SUFFIX + ".damaged")
                os.replace(partial, damaged)
                raise CorruptCollectionError(f"{path} is damaged ({problem}); its copy is kept as {damaged}", path,
                                             newest_usable_backup(path))
            final = _free_name(folder, base, _SUFFIX)
            os.replace(partial, final)
            _fsync_dir(folder)
        finally:
            if partial.exists():
                partial.unlink()
    except DB_ERRORS as exc:
        raise CollectionError(f"cannot back up {path}: {one_line(exc)}") from None
    except OSError as exc:
        raise CollectionError(f"cannot back up {path} into {folder}: {exc.strerror or exc}") from None
    if thin:
        thin_backups(path, now=when)
    return BackupInfo(final, when, final.stat().st_size, _card_count(final))


def backups_to_keep(times: Iterable[datetime], now: datetime | None = None) -> set[datetime]:
    """The rotation rule: which of these backup times (UTC) to keep."""
    ordered = sorted(set(times), reverse=True)
    if not ordered:
        return set()
    now = _utc(now)
    keep = {ordered[0]}
    days: set[object] = set()
    weeks: set[object] = set()
    months: set[object] = set()
    for when in ordered:
        if now - when < timedelta(hours=KEEP_ALL_HOURS):
            keep.add(when)
            continue
        local = when.astimezone()
        day, week, month = local.date(), local.isocalendar()[:2], (local.year, local.month)
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(when)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(when)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.add(month)
            keep.add(when)
    return keep


def thin_backups(collection_path: str | os.PathLike[str], now: datetime | None = None) -> list[Path]:
    """Delete the backups that rotation does not keep; returns the files deleted."""
    files = _backup_files(Path(collection_path))
    keep = backups_to_keep((when for when, _, _ in files), now)
    deleted = []
    seen: set[datetime] = set()
    for when, _, path in files:  # newest first: of several in the same second, keep the newest
        if when in keep and when not in seen:
            seen.add(when)
            continue
        try:
            path.unlink()
            deleted.append(path)
        except FileNotFoundError:
            pass
    return deleted


# ---------------------------------------------------------------------------- restoring
def _aside_name(collection_path: Path, label: str, now: datetime | None) -> Path:
    when = _utc(now).strftime(_TIME_FORMAT)
    return _free_name(collection_path.parent, f"{_stem(collection_path)}-{label}-{when}", _SUFFIX)


def set_aside(collection_path: str | os.PathLike[str], label: str = "damaged", now: datetime | None = None,
              keep_in_place: bool = False) -> Path | None:
    """Keep the collection file (and its write-ahead log) aside as
    ``<name>-<label>-<time>.sqlite3`` in the same folder; returns that path, or None when there
    is no file. Nothing is deleted or rewritten: the file is renamed (or, with
    ``keep_in_place=True``, hard-linked, so the collection path stays occupied until the caller
    replaces it)."""
    path = Path(collection_path)
    if not path.exists():
        return None
    aside = _aside_name(path, label, now)
    if keep_in_place:
        try:
            os.link(path, aside)
        except OSError:
            shutil.copy2(path, aside)
            _fsync_file(aside)
    wal, shm = wal_path(path), shm_path(path)
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + "-wal"))
    if shm.exists():
        os.replace(shm, aside.with_name(aside.name + "-shm"))
    if not keep_in_place:
        os.replace(path, aside)
    _fsync_dir(path.parent)
    return aside


def _checkpoint(path: Path) -> None:
    """Move a sound collection's write-ahead log into the file (best effort)."""
    try:
        conn = sqlite3.connect(_uri(path, "rw"), uri=True, timeout=5.0)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):
        pass


def restore_backup(collection_path: str | os.PathLike[str], backup_path: str | os.PathLike[str],
                   now: datetime | None = None, lock: CollectionLock | None = None) -> Path | None:
    """Make the collection a copy of ``backup_path``; returns where the previous file was kept.

    The collection must be closed. The window lock is taken for the duration (refused with
    :class:`~studyapp.errors.CollectionInUseError` while a studyapp window holds it); a window
    restoring its own collection closes it and passes the lock it holds as ``lock``, so no
    other window can slip in between. The backup is checked first (a damaged one is refused
    and nothing changes), copied next to the collection and synced; the current file is kept
    aside (:func:`set_aside`, as ``<name>-damaged-<time>.sqlite3`` when it fails the cheap
    checks, else ``<name>-replaced-<time>.sqlite3``) and the copy renamed over it atomically, so
    at every moment the collection path holds either the old file or the restored one.
    """
    from studyapp.store.lock import CollectionLock as WindowLock

    path = Path(collection_path)
    source = Path(backup_path)
    if lock is not None and lock.collection_path.absolute() != path.absolute():
        raise CollectionError(f"the lock given is for {lock.collection_path}, not {path}")
    problem = backup_problem(source, full=True)
    if problem is not None:
        raise CollectionError(f"cannot restore from {source}: {problem}")
    if path.is_dir():
        raise CollectionError(f"{path} is a folder, not a collection file")
    own_lock = lock is None or not lock.held
    held = WindowLock(path).acquire() if own_lock else lock
    try:
        partial = path.with_name(f".{path.name}.restore.{os.getpid()}{_PARTIAL}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                src = sqlite3.connect(_uri(source, "ro", immutable=True), uri=True)
                try:
                    dst = sqlite3.connect(partial, isolation_level=None)
                    try:
                        src.backup(dst)
                    finally:
                        dst.close()
                finally:
                    src.close()
            except (sqlite3.Error, UnicodeDecodeError) as exc:
                raise CollectionError(f"cannot restore from {source}: {one_line(exc)}") from None
            _fsync_file(partial)
            label = "damaged" if path.exists() and backup_problem(path) is not None else "replaced"
            if label == "replaced" and path.exists():
                _checkpoint(path)  # so that the file kept in place until the swap is complete on its own
            aside = set_aside(path, label, now, keep_in_place=True)
            os.replace(partial, path)
            _fsync_dir(path.parent)
        except OSError as exc:
            raise CollectionError(f"cannot restore {path}: {exc.strerror or exc}") from None
        finally:
            if partial.exists():
                partial.unlink()
    finally:
        if own_lock and held is not None:
            held.release()
    return aside


# ---------------------------------------------------------------------------- after open
class BackgroundJob:
    """The work done after a collection is opened, on a daemon thread with its own connections:
    a checked backup when one is due (:func:`backup_due`), else a ``quick_check`` of a file too
    big to be quick-checked on open.

    ``Collection.open`` starts it; ``Collection.close`` calls :meth:`stop`, which lets a
    backup copy in progress finish (~0.1 s at 100,000 cards) and interrupts a check. Read the
    outcome from :attr:`backup` (the new backup or None), :attr:`problem` (what a check found
    damaged, or None) and :attr:`error` (why a backup could not be made, or None).
    """

    def __init__(self, collection_path: Path, make_backup: bool, min_interval: timedelta = MIN_INTERVAL) -> None:
        self.path = collection_path
        self.make_backup = make_backup
        self.min_interval = min_interval
        self.backup: BackupInfo | None = None
        self.problem: str | None = None
        self.error: str | None = None
        self.checked = False  # a check ran to the end
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"studyapp-backup-{collection_path.name}", daemon=True)

    def start(self) -> BackgroundJob:
        self._thread.start()
        return self

    def _run(self) -> None:
        from studyapp.errors import CorruptCollectionError

        try:
            if self.make_backup and backup_due(self.path, min_interval=self.min_interval):
                try:
                    self.backup = create_backup(self.path, check=not self._stop.is_set(), _job=self)
                    self.checked = not self._stop.is_set()
                except CorruptCollectionError as exc:
                    self.problem = str(exc)
                    self.checked = True
                return
            if quick_check_on_open(self.path):
                self.checked = True  # small files were quick-checked by open itself
                return
            if self._stop.is_set():
                return
            conn = sqlite3.connect(_uri(self.path, "rw"), uri=True, timeout=30.0)
            try:
                try:
                    detail = full_check(conn, quick=True, should_stop=self._stop.is_set)
                    self.checked = True
                except sqlite3.OperationalError:
                    return  # stopped by close()
                if detail is not None:
                    self.problem = f"{self.path} is damaged ({detail})"
            finally:
                conn.close()
        except CollectionError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a background thread must not die with a traceback
            self.error = f"{type(exc).__name__}: {exc}"

    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the job to finish; True when it has."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return self.done()

    def stop(self, timeout: float | None = 60.0) -> None:
        """Interrupt a check, let a backup copy finish, and wait for the thread."""
        self._stop.set()
        self.wait(timeout)
