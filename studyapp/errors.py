"""Error types that studyapp raises on purpose.

Every error a user can cause (bad input, a damaged collection, a missing optional
dependency) is a :class:`StudyappError`; front ends print its message as one line
(CLI) or show it in a dialog (GUI) instead of a traceback.
"""

from __future__ import annotations


class StudyappError(Exception):
    """Base class of the errors studyapp reports to the user as one clear line."""


class InputError(StudyappError):
    """The input (a file, text, a date, a deck file) cannot be used."""


class CollectionError(StudyappError):
    """The collection file cannot be opened or is not a studyapp collection."""


class NotFoundError(StudyappError):
    """A deck, card or other object named by the caller does not exist."""


class OptionalDependencyError(StudyappError):
    """A feature needs an optional extra that is not installed."""


class CorruptCollectionError(CollectionError):
    """The collection file is damaged, truncated or not an SQLite database.

    ``path`` is the file; ``newest_backup`` the newest backup that opens cleanly (a
    :class:`~studyapp.store.backup.BackupInfo`) or None, so that a front end can offer
    ``studyapp.store.backup.restore_backup(path, newest_backup.path)``. Nothing has been
    written to the damaged file.
    """

    def __init__(self, message: str, path: object, newest_backup: object | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.newest_backup = newest_backup


class CollectionInUseError(CollectionError):
    """Another studyapp window holds the collection (see :mod:`studyapp.store.lock`).

    ``holder_pid`` is that process's id when known, ``contact`` what it published for a
    hand-over (e.g. a local socket name), or None.
    """

    def __init__(self, message: str, holder_pid: int | None = None, contact: str | None = None) -> None:
        super().__init__(message)
        self.holder_pid = holder_pid
        self.contact = contact


class CollectionBusyError(CollectionError):
    """Another program kept the collection locked for writing longer than the busy timeout."""
