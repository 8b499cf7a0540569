"""The main window: deck list with counts, a start page for an empty collection, the review
screen, menus, toolbar and status bar. Every change goes through :class:`studyapp.Collection`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp import __version__
from studyapp.gui import operations
from studyapp.gui.dialogs import show_error
from studyapp.gui.resources import app_icon, sample_deck_path
from studyapp.gui.review import ReviewWidget

ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


def _heading(text: str, delta: int = 8) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() + delta)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class StartPage(QWidget):
    """Shown while the collection is empty: what the app does and two ways to begin."""

    open_sample = Signal()
    import_article = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startPage")
        intro = QLabel(
            "studyapp reads a news article and writes the quiz cards for you:\n"
            "who said what, who holds which position, and what happened when.\n"
            "Then it schedules your reviews so that you remember them."
        )
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setWordWrap(True)
        sample = QPushButton("Open the sample deck")
        sample.setObjectName("openSample")
        sample.setMinimumHeight(40)
        sample.clicked.connect(self.open_sample.emit)
        sample.setEnabled(sample_deck_path() is not None)
        article = QPushButton("Import an article…")
        article.setObjectName("importArticle")
        article.setMinimumHeight(40)
        article.clicked.connect(self.import_article.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(sample)
        buttons.addWidget(article)
        buttons.addStretch(1)
        hint = QLabel("You can also drop an article file on this window.")
        hint.setEnabled(False)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(_heading("Welcome to studyapp"))
        layout.addSpacing(12)
        layout.addWidget(intro)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(3)


class DeckList(QWidget):
    """The decks with what each has to study now."""

    study = Signal(object, str)  # deck id (None for all), deck name

    COLUMNS = ("Deck", "New", "Learning", "Due", "Cards")

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("deckTable")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self._study_selected())
        self.study_button = QPushButton("Study deck")
        self.study_button.setObjectName("studyDeck")
        self.study_button.clicked.connect(self._study_selected)
        self.study_all = QPushButton("Study all decks")
        self.study_all.setObjectName("studyAll")
        self.study_all.clicked.connect(lambda: self.study.emit(None, "All decks"))
        self.summary = QLabel()
        self.summary.setObjectName("dueSummary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.study_all)
        buttons.addWidget(self.study_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = _heading("Decks", 4)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.ids: list[int] = []

    def set_counts(self, counts: list) -> None:
        self.table.setRowCount(len(counts))
        self.ids = [c.deck.id for c in counts]
        for row, c in enumerate(counts):
            values = (c.deck.name, c.new, c.learning, c.review, c.total)
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if counts and self.table.currentRow() < 0:
            self.table.selectRow(0)
        due = sum(c.new + c.learning + c.review for c in counts)
        self.summary.setText(f"{due} card{'s' if due != 1 else ''} to study now" if due else "Nothing to study right now")
        self.study_all.setEnabled(due > 0)
        self.study_button.setEnabled(bool(counts))

    def _study_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            self.study.emit(self.ids[row], self.table.item(row, 0).text())


class BatchImport(QObject):
    """Imports files one after another off the UI thread, with a cancellable progress dialog."""

    finished = Signal(str)  # a summary for the user

    def __init__(self, col, paths: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.col, self.paths, self.parent_widget = col, list(paths), parent
        self.done = 0
        self.cards = 0
        self.failed: list[str] = []
        self.progress = QProgressDialog("Importing…", "Stop", 0, len(self.paths), parent)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle("Importing")
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)

    def start(self) -> None:
        self.progress.show()
        self._next()

    def _next(self) -> None:
        if self.done == len(self.paths) or self.progress.wasCanceled():
            self.progress.close()
            lines = [f"{self.cards} cards added from {self.done - len(self.failed)} of {len(self.paths)} files."]
            lines += self.failed[:10]
            if len(self.failed) > 10:
                lines.append(f"… and {len(self.failed) - 10} more problems.")
            self.finished.emit("\n".join(lines))
            return
        path = self.paths[self.done]
        self.progress.setLabelText(f"Importing {Path(path).name} …")
        self.progress.setValue(self.done)
        from studyapp.interchange.deckfile import looks_like_deck_file

        col = self.col
        work = (lambda: col.import_deck_file(path)) if looks_like_deck_file(Path(path)) else (lambda: col.import_article(path))
        operations.run(self, work, self._ok, self._failed)

    def _ok(self, result) -> None:
        self.cards += result.cards
        self.done += 1
        self._next()

    def _failed(self, exc: BaseException) -> None:
        from studyapp.gui.dialogs import error_text

        self.failed.append(error_text(exc))
        self.done += 1
        self._next()


class MainWindow(QMainWindow):
    """The app's one main window."""

    collection_ready = Signal()

    def __init__(self, collection_path: Path, lock=None) -> None:
        super().__init__()
        self.collection_path = collection_path
        self.lock = lock  # the CollectionLock this window holds (restoring a backup needs it)
        self.col = None  # a studyapp.Collection once opened (off the UI thread)
        self.browser = None  # created on first use
        self.dashboard = None  # created on first use
        self.setWindowTitle("studyapp")
        self.setWindowIcon(app_icon())
        self.resize(980, 680)
        self.setAcceptDrops(True)

        self.loading = _heading("Opening your collection…", 2)
        self.start_page = StartPage()
        self.start_page.open_sample.connect(self.open_sample_deck)
        self.start_page.import_article.connect(self.import_article)
        self.deck_list = DeckList()
        self.deck_list.study.connect(self.study)
        self.review = ReviewWidget()
        self.review.finished.connect(self.show_decks)
        self.review.answered.connect(self.update_status)
        self.pages = QStackedWidget()
        for page in (self.loading, self.start_page, self.deck_list, self.review):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._build_actions()
        self._set_enabled(False)

    # ------------------------------------------------------------------ set-up
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setObjectName(name or text)
        return action

    def _build_actions(self) -> None:
        self.act_import = self._action("&Import Article…", self.import_article, "Ctrl+I", "actionImport")
        self.act_import_deck = self._action("Import &Deck File…", self.import_deck_file, "Ctrl+Shift+I", "actionImportDeck")
        self.act_import_many = self._action("Import &Several Files…", self.import_many, None, "actionImportMany")
        self.act_export = self._action("&Export…", self.export, "Ctrl+E", "actionExport")
        self.act_backups = self._action("&Backups…", self.show_backups, None, "actionBackups")
        self.act_quit = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, "actionQuit")
        self.act_undo = self._action("&Undo Answer", self.undo, QKeySequence.StandardKey.Undo, "actionUndo")
        self.act_settings = self._action("&Settings…", self.settings, "Ctrl+,", "actionSettings")
        self.act_decks = self._action("&Decks", self.show_decks, "D", "actionDecks")
        self.act_study = self._action("&Study", lambda: self.study(None, "All decks"), "S", "actionStudy")
        self.act_browse = self._action("&Browse Cards", self.browse, "B", "actionBrowse")
        self.act_stats = self._action("S&tatistics", self.show_stats, "T", "actionStats")
        self.act_about = self._action("&About studyapp", self.about, None, "actionAbout")
        for action in (self.act_decks, self.act_study, self.act_browse, self.act_stats):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addActions([self.act_import, self.act_import_many, self.act_import_deck, self.act_export])
        file_menu.addSeparator()
        file_menu.addAction(self.act_backups)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = menu.addMenu("&Edit")
        edit.addAction(self.act_undo)
        edit.addSeparator()
        edit.addAction(self.act_settings)
        go = menu.addMenu("&Go")
        go.addActions([self.act_decks, self.act_study, self.act_browse, self.act_stats])
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.act_about)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.act_decks, self.act_study, self.act_browse, self.act_stats, self.act_import])

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.act_import, self.act_import_many, self.act_import_deck, self.act_backups, self.act_export, self.act_undo, self.act_decks, self.act_study,
                       self.act_browse, self.act_stats, self.act_settings):
            action.setEnabled(enabled)

    # ------------------------------------------------------------------ collection
    def open_collection(self) -> None:
        """Open the collection on a worker thread (importing the database layer takes a while)."""

        def work():
            from studyapp.collection import Collection

            return Collection.open(self.collection_path)

        operations.run(self, work, self._opened, self._open_failed)

    def _opened(self, col) -> None:
        self.col = col
        self._set_enabled(True)
        self.refresh()
        self.collection_ready.emit()
        self._watch_background()

    def _watch_background(self) -> None:
        """After open, a backup or a full check runs on its own thread; report damage it finds."""
        job = getattr(self.col, "background", None)
        if job is None:
            return
        if not job.done():
            QTimer.singleShot(500, self._watch_background)
            return
        if job.problem:
            QMessageBox.warning(
                self, "Your collection may be damaged",
                f"A check of your collection found a problem: {job.problem}\n\nUse File → Backups… to restore a backup.",
            )  # fmt: skip

    def _open_failed(self, exc: BaseException) -> None:
        from studyapp.errors import CorruptCollectionError

        self.loading.setText("Your collection could not be opened.")
        if not isinstance(exc, CorruptCollectionError):
            show_error(self, exc, title="Cannot open the collection")
            return
        from studyapp.gui.backups import recover, recovery_choice

        choice = recovery_choice(self, exc)
        if choice == "quit":
            self.close()
            return
        try:
            recover(self.collection_path, exc, choice, self.lock)
        except Exception as error:  # noqa: BLE001 - shown to the user, the damaged file is untouched
            show_error(self, error, title="Cannot recover the collection")
            return
        self.loading.setText("Opening your collection…")
        self.open_collection()

    def show_backups(self) -> None:
        if self.col is None:
            return
        from studyapp.gui.backups import BackupsDialog

        dialog = BackupsDialog(self.col.backups(), self)
        dialog.accepted.connect(lambda: self._restore(dialog.chosen))
        dialog.open()
        self.backups_dialog = dialog

    def _restore(self, backup) -> None:
        if backup is None or self.col is None:
            return
        from studyapp.store.backup import restore_backup

        self.col.close()
        self.col = None
        self._set_enabled(False)
        self.pages.setCurrentWidget(self.loading)
        for attr in ("browser", "dashboard"):
            page = getattr(self, attr)
            if page is not None:
                self.pages.removeWidget(page)
                page.deleteLater()
                setattr(self, attr, None)
        try:
            restore_backup(self.collection_path, backup.path, lock=self.lock)
        except Exception as error:  # noqa: BLE001 - reported; the collection file is untouched on failure
            show_error(self, error, title="Cannot restore the backup")
        self.open_collection()
        self.statusBar().showMessage(f"Restored the backup of {backup.time.astimezone():%Y-%m-%d %H:%M}", 8000)

    def refresh(self) -> None:
        """Redraw the deck list (or the start page when the collection is empty)."""
        if self.col is None:
            return
        counts = self.col.deck_counts()
        if self.pages.currentWidget() is self.review:
            self.update_status()
            return
        if not counts:
            self.pages.setCurrentWidget(self.start_page)
        else:
            self.deck_list.set_counts(counts)
            self.pages.setCurrentWidget(self.deck_list)
        self.update_status()

    def update_status(self) -> None:
        if self.col is None:
            return
        n = self.col.card_count()
        self.status.setText(f"{n:,} card{'s' if n != 1 else ''}  ·  {self.collection_path}")
        self.act_undo.setEnabled(self.col.can_undo())

    # ------------------------------------------------------------------ actions
    def show_decks(self) -> None:
        if self.col is None:
            return
        self.pages.setCurrentWidget(self.deck_list)
        self.refresh()

    def study(self, deck_id: int | None, name: str) -> None:
        if self.col is None:
            return
        self.pages.setCurrentWidget(self.review)
        self.review.start(self.col, deck_id, name)
        self.update_status()

    def settings(self) -> None:
        if self.col is None:
            return
        from studyapp.gui.settings import SettingsDialog

        deck_id = None
        if self.pages.currentWidget() is self.deck_list and self.deck_list.ids:
            deck_id = self.deck_list.ids[max(0, self.deck_list.table.currentRow())]
        dialog = SettingsDialog(self.col, deck_id, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.settings_dialog = dialog

    def show_stats(self) -> None:
        """Show the progress dashboard (created on first use), computed off the UI thread."""
        if self.col is None:
            return
        if self.dashboard is None:
            from studyapp.gui.dashboard import DashboardWidget

            self.dashboard = DashboardWidget()
            self.pages.addWidget(self.dashboard)
        self.pages.setCurrentWidget(self.dashboard)
        self.dashboard.refresh(self.col)

    def browse(self) -> None:
        """Show the card browser (created on first use)."""
        if self.col is None:
            return
        if self.browser is None:
            from studyapp.gui.browser import Browser

            self.browser = Browser(self.col)
            self.browser.changed.connect(self.update_status)
            self.pages.addWidget(self.browser)
        else:
            self.browser.run_search()
        self.pages.setCurrentWidget(self.browser)

    def undo(self) -> None:
        if self.col is None:
            return
        if self.pages.currentWidget() is not self.review:
            self.pages.setCurrentWidget(self.review)
            self.review.col = self.col
            self.review.header.setText("All decks")
        self.review.undo()
        self.update_status()

    def open_sample_deck(self) -> None:
        path = sample_deck_path()
        if self.col is None or path is None:
            return
        col = self.col
        operations.run(self, lambda: col.import_deck_file(path), lambda _r: self.refresh())

    def import_article(self) -> None:
        if self.col is None:
            return
        from studyapp.gui.importdialog import ImportDialog

        dialog = ImportDialog(self.col, self)
        dialog.saved.connect(lambda _r: self.refresh())
        dialog.open()
        self.import_dialog = dialog

    def import_files(self, paths: list[str]) -> None:
        """Dropped or opened files: one article goes through the preview dialog; several
        articles and deck files are imported in one go, with a progress dialog."""
        if self.col is None or not paths:
            return
        from studyapp.interchange.deckfile import looks_like_deck_file

        if len(paths) == 1 and not looks_like_deck_file(Path(paths[0])):
            from studyapp.gui.importdialog import ImportDialog

            dialog = ImportDialog(self.col, self)
            dialog.saved.connect(lambda _r: self.refresh())
            dialog.open()
            dialog.load_source(paths[0])
            self.import_dialog = dialog
            return
        self.batch = BatchImport(self.col, paths, self)
        self.batch.finished.connect(self._batch_done)
        self.batch.start()

    def _batch_done(self, summary: str) -> None:
        self.refresh()
        QMessageBox.information(self, "Import finished", summary)

    def import_many(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import articles or deck files", str(Path.home()),
                                                "Articles and decks (*.txt *.md *.markdown *.html *.htm *.json);;All files (*)")  # fmt: skip
        self.import_files(paths)

    def import_deck_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a deck file", str(Path.home()), "studyapp decks (*.json)")
        if path and self.col is not None:
            col = self.col
            operations.run(self, lambda: col.import_deck_file(path), lambda r: self._imported_deck(r))

    def _imported_deck(self, result) -> None:
        self.refresh()
        self.statusBar().showMessage(f"{result.cards} cards imported into “{result.deck}”", 6000)

    def export(self) -> None:
        if self.col is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export cards", str(Path.home() / "studyapp-cards.apkg"),
            "Anki package (*.apkg);;studyapp deck file (*.json);;CSV (*.csv)",
        )  # fmt: skip
        if not path:
            return
        fmt = "apkg" if "apkg" in chosen else "json" if "json" in chosen else "csv"
        col = self.col
        operations.run(self, lambda: col.export(path, fmt), lambda n: self.statusBar().showMessage(f"{n} cards written to {path}", 6000))

    def about(self) -> None:
        QMessageBox.about(
            self, "About studyapp",
            f"studyapp {__version__}\n\nQuiz cards from the news, scheduled with FSRS.\nCollection: {self.collection_path}",
        )  # fmt: skip

    # ------------------------------------------------------------------ events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.col is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        QTimer.singleShot(0, lambda: self.import_files(paths))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.col is not None:
            self.col.close()
            self.col = None
        event.accept()
