"""The settings dialog writes presets and the rollover through the collection, and explains bad values."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studyapp import Collection
from studyapp.gui.settings import SettingsDialog
from studyapp.gui.theme import apply_theme, is_dark, saved_theme


def test_save_preset_rollover_and_theme(qtbot, col: Collection) -> None:
    a = col.create_deck("A")
    col.create_deck("B")
    dialog = SettingsDialog(col, a.id)
    qtbot.addWidget(dialog)
    assert dialog.retention.value() == 90 and dialog.learning_steps.text() == "1m 10m"
    assert "shared with: B" in dialog.shared.text()
    dialog.retention.setValue(85)
    dialog.new_per_day.setValue(35)
    dialog.learning_steps.setText(" 2m   20m ")
    dialog.rollover.setValue(6)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    preset = col.preset(a)
    assert (preset.desired_retention, preset.new_per_day, preset.learning_steps) == (0.85, 35, "2m 20m")
    assert col.rollover_hour == 6
    assert saved_theme() == "dark" and is_dark(QApplication.instance())
    apply_theme(QApplication.instance(), "light")
    assert not is_dark(QApplication.instance())


def test_bad_steps_are_explained_and_nothing_is_saved(qtbot, col: Collection) -> None:
    deck = col.create_deck("A")
    dialog = SettingsDialog(col, deck.id)
    qtbot.addWidget(dialog)
    dialog.learning_steps.setText("1 minute")
    dialog.save()
    assert "not a step" in dialog.error.text()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert col.preset(deck).learning_steps == "1m 10m"
