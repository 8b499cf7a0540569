"""Settings: the scheduler preset of a deck, the day rollover, and the app's appearance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.collection import Collection
from studyapp.errors import StudyappError
from studyapp.gui.theme import THEMES, apply_theme, save_theme, saved_theme

THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


class SettingsDialog(QDialog):
    """Edits go through ``Collection.update_preset`` and ``set_rollover_hour``; bad values are explained inline."""

    def __init__(self, col: Collection, deck_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.col = col
        self.setWindowTitle("Settings")
        self.setObjectName("settingsDialog")
        self.decks = col.decks()

        self.deck = QComboBox()
        self.deck.setObjectName("deck")
        for d in self.decks:
            self.deck.addItem(d.name, d.id)
        if deck_id is not None:
            self.deck.setCurrentIndex(max(0, self.deck.findData(deck_id)))
        self.deck.currentIndexChanged.connect(lambda _i: self.load_preset())
        self.retention = QDoubleSpinBox()
        self.retention.setObjectName("retention")
        self.retention.setRange(70, 99)
        self.retention.setDecimals(0)
        self.retention.setSuffix(" %")
        self.retention.setToolTip("How likely you want to be to remember a card when it comes back. Higher means more reviews.")
        self.new_per_day = QSpinBox()
        self.new_per_day.setObjectName("newPerDay")
        self.new_per_day.setRange(0, 9999)
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setObjectName("reviewsPerDay")
        self.reviews_per_day.setRange(0, 99999)
        self.learning_steps = QLineEdit()
        self.learning_steps.setObjectName("learningSteps")
        self.learning_steps.setToolTip("Waits before a new card's next showings, e.g. “1m 10m” (s, m, h, d).")
        self.relearning_steps = QLineEdit()
        self.relearning_steps.setObjectName("relearningSteps")
        self.maximum_interval = QSpinBox()
        self.maximum_interval.setObjectName("maximumInterval")
        self.maximum_interval.setRange(1, 36500)
        self.maximum_interval.setSuffix(" days")
        self.shared = QLabel()
        self.shared.setObjectName("sharedNote")
        self.shared.setWordWrap(True)
        self.shared.setEnabled(False)

        deck_box = QGroupBox("Studying")
        form = QFormLayout(deck_box)
        form.addRow("Deck:", self.deck)
        form.addRow("Desired retention:", self.retention)
        form.addRow("New cards a day:", self.new_per_day)
        form.addRow("Reviews a day:", self.reviews_per_day)
        form.addRow("Learning steps:", self.learning_steps)
        form.addRow("Relearning steps:", self.relearning_steps)
        form.addRow("Maximum interval:", self.maximum_interval)
        form.addRow(self.shared)
        deck_box.setEnabled(bool(self.decks))

        self.rollover = QSpinBox()
        self.rollover.setObjectName("rollover")
        self.rollover.setRange(0, 23)
        self.rollover.setSuffix(":00")
        self.rollover.setValue(col.rollover_hour)
        self.rollover.setToolTip("When a new study day begins, in local time. 4:00 lets late-night study count for the day before.")
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for t in THEMES:
            self.theme.addItem(THEME_LABELS[t], t)
        self.theme.setCurrentIndex(self.theme.findData(saved_theme()))
        app_box = QGroupBox("App")
        app_form = QFormLayout(app_box)
        app_form.addRow("Next day starts at:", self.rollover)
        app_form.addRow("Appearance:", self.theme)

        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d0443c;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(deck_box)
        layout.addWidget(app_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load_preset()

    def load_preset(self) -> None:
        if not self.decks:
            return
        deck_id = self.deck.currentData()
        preset = self.col.preset(deck_id)
        self.retention.setValue(round(preset.desired_retention * 100))
        self.new_per_day.setValue(preset.new_per_day)
        self.reviews_per_day.setValue(preset.reviews_per_day)
        self.learning_steps.setText(preset.learning_steps)
        self.relearning_steps.setText(preset.relearning_steps)
        self.maximum_interval.setValue(preset.maximum_interval)
        sharing = [d.name for d in self.decks if d.preset_id == preset.id and d.id != deck_id]
        self.shared.setText(f"These settings are shared with: {', '.join(sharing)}." if sharing else "")
        self.shared.setVisible(bool(sharing))

    def save(self) -> None:
        try:
            if self.decks:
                self.col.update_preset(
                    self.deck.currentData(),
                    desired_retention=self.retention.value() / 100,
                    new_per_day=self.new_per_day.value(),
                    reviews_per_day=self.reviews_per_day.value(),
                    learning_steps=" ".join(self.learning_steps.text().split()),
                    relearning_steps=" ".join(self.relearning_steps.text().split()),
                    maximum_interval=self.maximum_interval.value(),
                )
            if self.rollover.value() != self.col.rollover_hour:
                self.col.set_rollover_hour(self.rollover.value())
        except StudyappError as exc:
            self.error.setText(str(exc))
            return
        theme = self.theme.currentData()
        save_theme(theme)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.accept()
