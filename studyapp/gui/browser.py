"""The card browser: search, sort, edit, suspend, delete, and the source article of a card.

The table's model fetches a page of rows at a time as the view scrolls, so a collection of
any size opens at once; searching and sorting happen in SQL (``Collection.find_cards``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.collection import Collection
from studyapp.errors import StudyappError
from studyapp.gui.dialogs import show_error
from studyapp.records import BrowserRow
from studyapp.srs.scheduling import CardState

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class CardTableModel(QAbstractTableModel):
    """Rows of ``Collection.find_cards`` for one search and sort, a page at a time."""

    COLUMNS = (("Question", "front"), ("Answer", "back"), ("Deck", "deck"), ("Kind", "kind"), ("State", "state"), ("Due", "due"))

    def __init__(self, col: Collection) -> None:
        super().__init__()
        self.col = col
        self.query = ""
        self.sort_key = "created"
        self.descending = False
        self.rows: list[BrowserRow] = []
        self.more = False
        self.error = ""

    def reload(self) -> None:
        """Run the search again from the first page."""
        self.beginResetModel()
        try:
            self.rows = self.col.find_cards(self.query, self.sort_key, self.descending, limit=PAGE)
            self.error = ""
        except StudyappError as exc:
            self.rows, self.error = [], str(exc)
        self.more = len(self.rows) == PAGE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        page = self.col.find_cards(self.query, self.sort_key, self.descending, limit=PAGE, offset=len(self.rows))
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.more = len(page) == PAGE

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        card = row.card
        key = self.COLUMNS[index.column()][1]
        if key == "front":
            return card.front
        if key == "back":
            return card.back
        if key == "deck":
            return row.deck_name
        if key == "kind":
            return card.kind.replace("_", " ")
        if key == "state":
            return ("Suspended · " if card.suspended else "") + card.state.label
        if card.state == CardState.NEW:
            return "new"
        return card.due.astimezone().strftime("%Y-%m-%d %H:%M")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def replace_row(self, row: int, updated: BrowserRow) -> None:
        self.rows[row] = updated
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))


class ArticleDialog(QDialog):
    """The article a card came from, as plain text."""

    def __init__(self, title: str, subtitle: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("articleDialog")
        self.resize(720, 560)
        heading = QLabel(title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setBold(True)
        heading.setFont(font)
        sub = QLabel(subtitle)
        sub.setTextFormat(Qt.TextFormat.PlainText)
        body = QPlainTextEdit(text)
        body.setObjectName("articleBody")
        body.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)


class Browser(QWidget):
    """Every card in a table, with a search box and an editor for the selected card."""

    changed = Signal()  # cards were edited, suspended or deleted

    def __init__(self, col: Collection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.col = col
        self.model = CardTableModel(col)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText('Search: words, deck:NAME, is:new / learning / review / due / suspended, kind:who_said, -word')
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)
        self.count = QLabel()
        self.count.setObjectName("matchCount")

        self.table = QTableView()
        self.table.setObjectName("cardTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i in range(2, len(CardTableModel.COLUMNS)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())

        self.front = QPlainTextEdit()
        self.front.setObjectName("editFront")
        self.back = QPlainTextEdit()
        self.back.setObjectName("editBack")
        self.source = QLabel()
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setWordWrap(True)
        self.source.setObjectName("cardSource")
        self.save_button = QPushButton("Save Changes")
        self.save_button.setObjectName("saveCard")
        self.save_button.clicked.connect(self.save_edit)
        self.suspend_button = QPushButton("Suspend")
        self.suspend_button.setObjectName("suspend")
        self.suspend_button.clicked.connect(self.toggle_suspend)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.article_button = QPushButton("Show Article")
        self.article_button.setObjectName("showArticle")
        self.article_button.clicked.connect(self.show_article)
        editor = QWidget()
        form = QFormLayout(editor)
        form.addRow("Question", self.front)
        form.addRow("Answer", self.back)
        form.addRow("Source", self.source)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.suspend_button, self.delete_button, self.article_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        self.editor = editor

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.run_search()

    # ------------------------------------------------------------------ search
    def run_search(self) -> None:
        self._debounce.stop()
        self.model.query = self.search.text()
        self.model.reload()
        if self.model.error:
            self.count.setText(self.model.error)
        else:
            n = self.col.count_cards(self.model.query)
            self.count.setText(f"{n:,} card{'s' if n != 1 else ''}")
        self.show_selected()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def show_selected(self) -> None:
        rows = self.selected_rows()
        one = len(rows) == 1
        for w in (self.front, self.back, self.save_button, self.article_button):
            w.setEnabled(one)
        self.suspend_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))
        if not one:
            self.front.setPlainText("")
            self.back.setPlainText("")
            self.source.setText(f"{len(rows)} cards selected" if rows else "")
            self.suspend_button.setText("Suspend")
            return
        card = self.model.rows[rows[0]].card
        self.front.setPlainText(card.front)
        self.back.setPlainText(card.back)
        self.source.setText(card.source)
        self.suspend_button.setText("Unsuspend" if card.suspended else "Suspend")
        self.article_button.setEnabled(card.fact_id is not None)

    # ------------------------------------------------------------------ actions
    def _refresh_row(self, row: int) -> None:
        old = self.model.rows[row]
        self.model.replace_row(row, BrowserRow(self.col.card(old.card.id), old.deck_name))

    def save_edit(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        card = self.model.rows[rows[0]].card
        try:
            self.col.edit_card(card.id, front=self.front.toPlainText(), back=self.back.toPlainText())
        except StudyappError as exc:
            show_error(self, exc)
            return
        self._refresh_row(rows[0])
        self.changed.emit()

    def toggle_suspend(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        cards = [self.model.rows[r].card for r in rows]
        suspend = not all(c.suspended for c in cards)
        self.col.set_suspended([c.id for c in cards], suspend)
        for r in rows:
            self._refresh_row(r)
        self.show_selected()
        self.changed.emit()

    def delete_selected(self, confirm: bool = True) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        n = len(rows)
        if confirm:
            answer = QMessageBox.question(
                self, "Delete cards",
                f"Delete {n} card{'s' if n != 1 else ''} and {'their' if n != 1 else 'its'} review history? This cannot be undone.",
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.col.delete_cards([self.model.rows[r].card.id for r in rows])
        self.run_search()
        self.changed.emit()

    def show_article(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        article = self.col.article_of_card(self.model.rows[rows[0]].card.id)
        if article is None:
            return
        when = f"Published {article.published}" if article.published else "Publication date unknown"
        imported = datetime.fromtimestamp(article.imported_ms / 1000, timezone.utc).astimezone().strftime("%Y-%m-%d")
        dialog = ArticleDialog(article.title, f"{when} · imported {imported} · {article.source}", self.col.article_text(article.id), self)
        dialog.open()
        self.article_dialog = dialog
