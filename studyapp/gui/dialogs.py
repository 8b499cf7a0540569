"""Small shared dialogs: errors as one clear message, never a traceback in the user's face."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp.errors import StudyappError


def error_text(exc: BaseException) -> str:
    """The message a user sees for an exception."""
    if isinstance(exc, StudyappError):
        return str(exc)
    return f"Something went wrong inside studyapp ({type(exc).__name__}: {exc}). Your collection is safe."


def show_error(parent: QWidget | None, exc: BaseException, tb: str = "", title: str = "studyapp") -> None:
    """Show an error in a dialog; unexpected errors also go to stderr with their traceback."""
    if not isinstance(exc, StudyappError) and tb:
        print(tb, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.open()
