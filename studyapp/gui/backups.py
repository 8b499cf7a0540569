"""Backups in the app: the list with a Restore button, and recovery from a damaged collection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import CorruptCollectionError


def _when(info) -> str:  # BackupInfo
    return info.time.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupsDialog(QDialog):
    """Lists the collection's backups; Restore asks, then the window closes, restores and reopens."""

    def __init__(self, backups: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Backups")
        self.setObjectName("backupsDialog")
        self.resize(560, 380)
        self.backups = backups
        self.chosen = None
        note = QLabel(
            "studyapp backs up your collection automatically. Restoring puts a backup in place of "
            "the collection; the current file is kept aside, never deleted."
        )
        note.setWordWrap(True)
        self.table = QTableWidget(len(backups), 3)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(["Made", "Cards", "Size"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, b in enumerate(backups):
            cards = "?" if b.cards is None else f"{b.cards:,}"
            for col, text in enumerate((_when(b), cards, f"{b.size / 1e6:.1f} MB")):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if backups:
            self.table.selectRow(0)
        self.empty = QLabel("No backups yet: the first is made half an hour after you start studying.")
        self.empty.setVisible(not backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("Restore…")
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def _restore(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.backups):
            return
        b = self.backups[row]
        answer = QMessageBox.question(
            self, "Restore backup",
            f"Replace your collection with the backup made {_when(b)}? Reviews since then will not be in it "
            "(the current collection is kept aside as a file).",
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = b
            self.accept()


def recovery_choice(parent: QWidget | None, exc: CorruptCollectionError) -> str:
    """Ask what to do about a damaged collection: ``"restore"``, ``"new"`` or ``"quit"``."""
    box = QMessageBox(parent)
    box.setObjectName("recoveryDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Your collection is damaged")
    box.setText(str(exc))
    box.setInformativeText(
        "Nothing has been written to the damaged file. Restoring keeps it aside and puts the newest good backup in its place."
        if exc.newest_backup is not None
        else "There is no backup to restore. Starting a new collection keeps the damaged file aside."
    )
    restore = None
    if exc.newest_backup is not None:
        restore = box.addButton(f"Restore the Backup of {_when(exc.newest_backup)}", QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton("Start a New Collection", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or new)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    if clicked is new:
        return "new"
    return "quit"


def recover(path: Path, exc: CorruptCollectionError, choice: str, lock=None) -> None:
    """Carry out a recovery choice on the (closed) collection file."""
    from studyapp.store.backup import restore_backup, set_aside

    if choice == "restore" and exc.newest_backup is not None:
        restore_backup(path, exc.newest_backup.path, lock=lock)
    elif choice == "new":
        set_aside(path)
