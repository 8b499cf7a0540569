"""Importing the seed article through the dialog: preview, untick, edit, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from studyapp import Collection
from studyapp.gui.importdialog import ImportDialog
from tests.conftest import SEED_ARTICLE


def test_import_seed_untick_edit_and_save(qtbot, col: Collection) -> None:
    dialog = ImportDialog(col)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText(SEED_ARTICLE.read_text())
    qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=15_000)
    assert dialog.title.text() == "US cool on North Korea talks offer"
    assert dialog.date_known.isChecked() and dialog.date.date().toString("yyyy-MM-dd") == "2013-06-17"
    rows = dialog.table.rowCount()
    assert rows >= 20
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    dropped = dialog.table.item(0, 1).text()
    dialog.table.item(1, 2).setText("An edited answer")
    edited_front = dialog.table.item(1, 1).text()
    assert dialog.count_label.text() == f"{rows - 1} cards will be saved"
    dialog.deck.setCurrentText("Asia")
    with qtbot.waitSignal(dialog.saved, timeout=15_000) as saved:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert saved.args[0].cards == rows - 1
    fronts = {c.front: c.back for c in col.cards("Asia")}
    assert len(fronts) == rows - 1 and dropped not in fronts
    assert fronts[edited_front] == "An edited answer"


def test_bad_input_stays_on_the_first_step_with_a_message(qtbot, col: Collection, tmp_path: Path) -> None:
    dialog = ImportDialog(col)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
    assert "Paste an article" in dialog.step1_status.text()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    dialog.load_source(str(binary))
    qtbot.waitUntil(lambda: dialog.analyse_button.isEnabled(), timeout=10_000)
    assert dialog.steps.currentIndex() == 0
    assert dialog.step1_status.text() and "Traceback" not in dialog.step1_status.text()
    assert col.card_count() == 0


def test_a_duplicate_article_cannot_be_saved_again(qtbot, col: Collection) -> None:
    col.import_article(SEED_ARTICLE)
    dialog = ImportDialog(col)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_source(str(SEED_ARTICLE))
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=15_000)
    assert dialog.duplicate.isVisibleTo(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
