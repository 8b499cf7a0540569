"""One window per collection: an exclusive lock file next to the collection.

SQLite already serialises writers across processes (a CLI command writing while the app is
open waits up to ``BUSY_TIMEOUT_S``). What SQLite cannot do is stop a second *app window* on
the same collection, whose caches and undo stack would go stale. The GUI takes this lock
when it opens a collection and keeps it until it closes::

    lock = CollectionLock(path)
    try:
        lock.acquire(contact=server_name)     # e.g. a QLocalServer name, for a hand-over
    except CollectionInUseError as exc:       # exc.holder_pid, exc.contact
        ...                                    # tell the first window to come forward, then quit

The lock is ``flock(LOCK_EX)`` on ``<collection>.lock``: the kernel drops it when the process
dies (even by SIGKILL), so a stale lock file never locks anyone out. The file is never
deleted (deleting a lock file races with another process locking it); while held it contains
one JSON line ``{"pid": …, "contact": …}``. :func:`studyapp.store.backup.restore_backup`
takes the same lock, so it refuses to replace a collection an app window has open.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from studyapp.errors import CollectionError, CollectionInUseError

if sys.platform == "win32":  # pragma: no cover - not tested on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(collection_path: str | os.PathLike[str]) -> Path:
    """``<collection file>.lock``, next to the collection."""
    path = Path(collection_path)
    return path.with_name(path.name + ".lock")


class CollectionLock:
    """An exclusive, process-wide lock on one collection (see the module docstring)."""

    def __init__(self, collection_path: str | os.PathLike[str]) -> None:
        self.collection_path = Path(collection_path)
        self.path = lock_path(self.collection_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def acquire(self, contact: str | None = None, timeout: float = 0.0) -> CollectionLock:
        """Take the lock, waiting up to ``timeout`` seconds; returns self (usable in ``with``).

        Raises :class:`~studyapp.errors.CollectionInUseError` when another process (or another
        lock object) holds it, and :class:`~studyapp.errors.CollectionError` when the lock
        file cannot be created.
        """
        if self._fd is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise CollectionError(f"cannot create the lock file {self.path}: {exc.strerror or exc}") from None
        deadline = time.monotonic() + max(0.0, timeout)
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                pid, contact_info = self.holder()
                who = f" (process {pid})" if pid else ""
                raise CollectionInUseError(
                    f"{self.collection_path} is already open in another studyapp window{who}", pid, contact_info
                )
            time.sleep(0.05)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, (json.dumps({"pid": os.getpid(), "contact": contact}) + "\n").encode(), 0)
        except OSError:
            pass  # the lock itself is what matters; the note is a courtesy
        self._fd = fd
        return self

    def release(self) -> None:
        """Give the lock up (a no-op when not held)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def holder(self) -> tuple[int | None, str | None]:
        """(pid, contact) written by the current holder, or (None, None) when unknown."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
            pid = data.get("pid")
            contact = data.get("contact")
            return (pid if isinstance(pid, int) else None, contact if isinstance(contact, str) else None)
        except (OSError, ValueError, AttributeError):
            return None, None

    def __enter__(self) -> CollectionLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def __del__(self) -> None:
        try:
            self.release()
        except Exception:  # noqa: BLE001 - never raise from a finaliser
            pass
