"""Backups in the app: restoring from the list, and recovering from a damaged collection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from studyapp import Collection
from studyapp.gui.mainwindow import MainWindow
from studyapp.store.backup import create_backup
from studyapp.store.lock import CollectionLock


def _collection_with_backup(tmp_path: Path) -> Path:
    path = tmp_path / "collection.sqlite3"
    with Collection.open(path, auto_backup=False) as col:
        col.add_cards(col.create_deck("Kept"), [("q1", "a1"), ("q2", "a2")])
    create_backup(path, check=True)
    with Collection.open(path, auto_backup=False) as col:
        col.add_cards("Kept", [("q3", "a3")])
    return path


def _window(qtbot, path: Path) -> MainWindow:
    lock = CollectionLock(path).acquire()
    w = MainWindow(path, lock)
    qtbot.addWidget(w)
    w.show()
    return w


def test_restore_from_the_backups_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:
    path = _collection_with_backup(tmp_path)
    w = _window(qtbot, path)
    w.open_collection()
    qtbot.waitUntil(lambda: w.col is not None, timeout=10_000)
    assert w.col.card_count() == 3
    w.show_backups()
    dialog = w.backups_dialog
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "2"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: w.col is not None and w.col.card_count() == 2, timeout=10_000)
    assert list(tmp_path.glob("collection-replaced-*"))  # the replaced file is kept
    w.close()
    w.lock.release()


@pytest.mark.parametrize(("choice", "cards"), [("restore", 2), ("new", 0)])
def test_damaged_collection_offers_recovery(qtbot, tmp_path: Path, monkeypatch, choice: str, cards: int) -> None:
    path = _collection_with_backup(tmp_path)
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(raw))
    asked = []
    monkeypatch.setattr("studyapp.gui.backups.recovery_choice", lambda _parent, exc: asked.append(exc) or choice)
    w = _window(qtbot, path)
    w.open_collection()
    qtbot.waitUntil(lambda: w.col is not None, timeout=10_000)
    assert asked and asked[0].newest_backup is not None
    assert w.col.card_count() == cards
    assert list(tmp_path.glob("collection-*damaged*")) or list(tmp_path.glob("collection-replaced-*"))
    w.close()
    w.lock.release()
