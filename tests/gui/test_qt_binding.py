"""The installed Qt binding does not leak references to None (PySide6 6.12.0 did, and the app
aborted with "none_dealloc" after a few thousand Qt calls); pyproject pins it below 6.12."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_nones_refcount(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
    assert sys.getrefcount(None) >= before - 50, "this PySide6 leaks None references: install pyside6<6.12"
