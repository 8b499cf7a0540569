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
