"""Screenshots of every screen, light and dark: ``xvfb-run -a python docs/screenshots/make_screenshots.py``.

Builds a throw-away collection with the sample deck and a little review history, then saves
PNGs beside this script.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def main() -> None:
    from studyapp import Collection, Rating
    from studyapp.gui import operations
    from studyapp.gui.mainwindow import MainWindow
    from studyapp.gui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("studyapp-screenshots")

    def wait(condition, seconds: float = 15) -> None:
        end = time.time() + seconds
        while not condition() and time.time() < end:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()

    folder = Path(tempfile.mkdtemp())
    with Collection.open(folder / "collection.sqlite3") as col:
        col.import_deck_file(next((ROOT / "decks").glob("*.json")))
        now = datetime.now(timezone.utc) - timedelta(days=20)
        for day in range(20):  # a little history, so that counts and the dashboard have something to show
            moment = now + timedelta(days=day)
            for _ in range(6):
                card = col.next_card(now=moment)
                if card is None:
                    break
                col.answer(card.id, Rating.AGAIN if (card.id + day) % 7 == 0 else Rating.GOOD, now=moment)
                moment += timedelta(minutes=1)

    for theme in ("light", "dark"):
        apply_theme(app, theme)
        w = MainWindow(folder / "collection.sqlite3")
        w.resize(1000, 700)
        w.show()
        w.open_collection()
        wait(lambda: w.col is not None)

        def shot(name: str, widget=None) -> None:
            app.processEvents()
            (widget or w).grab().save(str(HERE / f"{name}-{theme}.png"))

        shot("decks")
        w.study(None, "All decks")
        shot("review-question")
        w.review.reveal()
        shot("review-answer")
        for _ in range(40):
            if w.review.card is None or w.review.options:
                break
            w.review.grade(Rating.GOOD)
        if w.review.options:
            shot("review-choice")
            w.review.pick(0)
            shot("review-choice-answer")
        w.browse()
        w.browser.table.selectRow(1)
        shot("browser")
        from studyapp.gui.importdialog import ImportDialog

        dialog = ImportDialog(w.col, w)
        dialog.resize(920, 640)
        dialog.show()
        dialog.text.setPlainText((ROOT / "tests/data/bbc-2013-06-17-us-cool-on-north-korea-talks.txt").read_text())
        shot("import-paste", dialog)
        dialog.analyse()
        wait(lambda: dialog.steps.currentIndex() == 1)
        shot("import-preview", dialog)
        dialog.close()
        from studyapp.gui.settings import SettingsDialog

        settings = SettingsDialog(w.col, None, w)
        settings.show()
        shot("settings", settings)
        settings.close()
        if hasattr(w, "show_stats"):
            w.show_stats()
            wait(lambda: not operations.busy())
            shot("dashboard")
        w.close()
        empty = MainWindow(folder / "empty.sqlite3")
        empty.resize(1000, 700)
        empty.show()
        empty.open_collection()
        wait(lambda: empty.col is not None)
        shot("start", empty)
        empty.close()


if __name__ == "__main__":
    main()
