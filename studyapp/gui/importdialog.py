"""Import an article: paste it, open a file or give a web address; check the title and date;
untick, edit or add cards; save. Reading and saving run off the UI thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.cards.generate import CardDraft
from studyapp.collection import DEFAULT_DECK, Collection
from studyapp.gui import operations
from studyapp.gui.dialogs import error_text

KIND_LABELS = {
    "who_said": "Who said it",
    "quote_cloze": "Complete the quote",
    "said_what": "What was said",
    "role_of": "Position",
    "role_holder": "Who holds it",
    "event_date": "When",
    "date_event": "What happened",
    "basic": "Your own card",
}
ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


class ImportDialog(QDialog):
    """Two steps: the article (text, file or URL), then the preview of its cards."""

    saved = Signal(object)  # ImportResult

    def __init__(self, col: Collection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.col = col
        self.preview = None  # studyapp.importing.ArticlePreview
        self.source: str = ""
        self.source_text: str | None = None  # what was analysed, for re-analysis with another date
        self.setWindowTitle("Import an article")
        self.setObjectName("importDialog")
        self.resize(920, 640)
        self.setAcceptDrops(True)

        # step 1: the article
        self.text = QPlainTextEdit()
        self.text.setObjectName("articleText")
        self.text.setPlaceholderText("Paste the article here — headline, date line and all — or open a file, or give its web address below.")
        self.url = QLineEdit()
        self.url.setObjectName("articleUrl")
        self.url.setPlaceholderText("https://…")
        open_file = QPushButton("Open File…")
        open_file.setObjectName("openFile")
        open_file.clicked.connect(self.choose_file)
        source_row = QHBoxLayout()
        source_row.addWidget(QLabel("Web address:"))
        source_row.addWidget(self.url, 1)
        source_row.addWidget(open_file)
        self.analyse_button = QPushButton("Find Facts and Cards")
        self.analyse_button.setObjectName("analyse")
        self.analyse_button.setDefault(True)
        self.analyse_button.clicked.connect(self.analyse)
        self.step1_status = QLabel()
        self.step1_status.setObjectName("step1Status")
        self.step1_status.setWordWrap(True)
        step1 = QWidget()
        s1 = QVBoxLayout(step1)
        s1.addWidget(self.text, 1)
        s1.addLayout(source_row)
        row = QHBoxLayout()
        row.addWidget(self.step1_status, 1)
        row.addWidget(self.analyse_button)
        s1.addLayout(row)

        # step 2: the preview
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.date = QDateEdit()
        self.date.setObjectName("published")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date_known = QCheckBox("known")
        self.date_known.setObjectName("dateKnown")
        self.date_known.toggled.connect(self.date.setEnabled)
        self.reanalyse = QPushButton("Update Cards for This Date")
        self.reanalyse.setObjectName("reanalyse")
        self.reanalyse.clicked.connect(self.analyse)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.date_known)
        date_row.addWidget(self.reanalyse)
        date_row.addStretch(1)
        self.deck = QComboBox()
        self.deck.setObjectName("deck")
        self.deck.setEditable(True)
        form = QFormLayout()
        form.addRow("Title:", self.title)
        form.addRow("Published:", date_row)
        form.addRow("Deck:", self.deck)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("factsSummary")
        self.facts_label.setWordWrap(True)
        self.duplicate = QLabel("This article is already in your collection: saving adds nothing.")
        self.duplicate.setObjectName("duplicateNotice")
        self.duplicate.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("cardTable")
        self.table.setHorizontalHeaderLabels(["Card", "Question", "Answer"])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        add = QPushButton("Add a Card")
        add.setObjectName("addCard")
        add.clicked.connect(self.add_card)
        self.count_label = QLabel()
        self.count_label.setObjectName("cardCount")
        self.table.itemChanged.connect(lambda _item: self._update_count())
        bottom = QHBoxLayout()
        bottom.addWidget(add)
        bottom.addWidget(self.count_label, 1)
        step2 = QWidget()
        s2 = QVBoxLayout(step2)
        s2.addLayout(form)
        s2.addWidget(self.facts_label)
        s2.addWidget(self.duplicate)
        s2.addWidget(self.table, 1)
        s2.addLayout(bottom)

        self.steps = QStackedWidget()
        self.steps.addWidget(step1)
        self.steps.addWidget(step2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.buttons.addButton("Back", QDialogButtonBox.ButtonRole.ResetRole)
        self.back_button.clicked.connect(lambda: self._go(0))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.buttons)
        self._go(0)

    # ------------------------------------------------------------------ step 1
    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(step == 1)
        self.back_button.setVisible(step == 1)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open an article", str(Path.home()), ARTICLE_FILTER)
        if path:
            self.load_source(path)

    def load_source(self, source: str) -> None:
        """Analyse a file path or URL straight away."""
        self.source = source
        self.step1_status.setText(f"Reading {source} …")
        self._analyse(source, None)

    def analyse(self) -> None:
        on_preview = self.steps.currentIndex() == 1
        if on_preview and self.source_text is not None:
            source = self.source_text
        else:
            url = self.url.text().strip()
            source = url or self.text.toPlainText()
            if not source.strip():
                self.step1_status.setText("Paste an article, open a file or give a web address first.")
                return
        published = self.date.date().toPython() if on_preview and self.date_known.isChecked() else None
        self._analyse(source, published)

    def _analyse(self, source: str, published: date | None) -> None:
        self.analyse_button.setEnabled(False)
        self.reanalyse.setEnabled(False)
        self.step1_status.setText("Finding facts…")
        deck = self.deck.currentText().strip() or None
        col = self.col
        operations.run(self, lambda: col.preview_article(source, published=published, deck=deck), self._show_preview, self._failed)
        self.source_text = source

    def _failed(self, exc: BaseException) -> None:
        self.analyse_button.setEnabled(True)
        self.reanalyse.setEnabled(True)
        self.step1_status.setText(error_text(exc))
        self._go(0)

    # ------------------------------------------------------------------ step 2
    def _show_preview(self, preview) -> None:
        self.preview = preview
        self.analyse_button.setEnabled(True)
        self.reanalyse.setEnabled(True)
        self.step1_status.setText("")
        self.title.setText(preview.title)
        known = preview.published is not None
        self.date_known.setChecked(known)
        self.date.setEnabled(known)
        if known:
            self.date.setDate(QDate(preview.published.year, preview.published.month, preview.published.day))
        current = self.deck.currentText()
        self.deck.clear()
        names = [d.name for d in self.col.decks()]
        self.deck.addItems(names or [DEFAULT_DECK])
        self.deck.setCurrentText(current or (DEFAULT_DECK if DEFAULT_DECK in names or not names else names[0]))
        f = preview.facts
        direct = sum(q.kind == "direct" for q in f.quotes)
        self.facts_label.setText(
            f"Found {direct} quote{'s' if direct != 1 else ''}, {len(f.quotes) - direct} reported statement"
            f"{'s' if len(f.quotes) - direct != 1 else ''}, {len(f.roles)} position{'s' if len(f.roles) != 1 else ''} "
            f"and {len(f.events)} dated event{'s' if len(f.events) != 1 else ''}. Untick the cards you don't want; "
            "double-click a question or answer to edit it."
        )
        self.duplicate.setVisible(preview.duplicate_of is not None)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for draft in preview.drafts:
            self._add_row(draft)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self._update_count()
        self._go(1)

    def _add_row(self, draft: CardDraft) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QTableWidgetItem(KIND_LABELS.get(draft.kind, draft.kind))
        kind.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        kind.setCheckState(Qt.CheckState.Checked)
        kind.setData(Qt.ItemDataRole.UserRole, draft)
        self.table.setItem(row, 0, kind)
        self.table.setItem(row, 1, QTableWidgetItem(draft.front))
        self.table.setItem(row, 2, QTableWidgetItem(draft.back))

    def add_card(self) -> None:
        self._add_row(CardDraft("basic", "", "", "", -1))
        row = self.table.rowCount() - 1
        self.table.scrollToBottom()
        self.table.setCurrentCell(row, 1)
        self.table.editItem(self.table.item(row, 1))
        self._update_count()

    def chosen_drafts(self) -> list[CardDraft]:
        """The ticked cards with the user's edits; empty rows are left out."""
        drafts = []
        for row in range(self.table.rowCount()):
            kind = self.table.item(row, 0)
            if kind.checkState() != Qt.CheckState.Checked:
                continue
            draft: CardDraft = kind.data(Qt.ItemDataRole.UserRole)
            front, back = self.table.item(row, 1).text().strip(), self.table.item(row, 2).text().strip()
            if not front or not back:
                continue
            if (front, back) != (draft.front, draft.back):
                draft = replace(draft, front=front, back=back, choices=draft.choices if back == draft.back else None)
            drafts.append(draft)
        return drafts

    def _update_count(self) -> None:
        n = len(self.chosen_drafts())
        self.count_label.setText(f"{n} card{'s' if n != 1 else ''} will be saved")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.preview is not None and self.preview.duplicate_of is None and n > 0)

    def save(self) -> None:
        if self.preview is None:
            return
        preview = self.preview
        title = " ".join(self.title.text().split())
        if title and title != preview.title:
            preview = replace(preview, title=title)
        drafts = self.chosen_drafts()
        deck = self.deck.currentText().strip() or DEFAULT_DECK
        col = self.col
        self.buttons.setEnabled(False)
        self.count_label.setText("Saving…")
        operations.run(self, lambda: col.save_article(preview, deck=deck, drafts=drafts), self._saved, self._save_failed)

    def _saved(self, result) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.count_label.setText(error_text(exc))

    # ------------------------------------------------------------------ drops
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.load_source(paths[0])
