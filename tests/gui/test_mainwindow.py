"""The main window and review screen, driven as a user would: real widgets, real collection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studyapp import Collection, Rating
from studyapp.gui import operations
from studyapp.gui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    w = MainWindow(tmp_path / "collection.sqlite3")
    qtbot.addWidget(w)
    w.show()
    w.open_collection()
    qtbot.waitUntil(lambda: w.col is not None, timeout=10_000)
    yield w
    w.close()


def test_empty_collection_shows_the_start_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.start_page
    assert "0 cards" in window.status.text()


def test_sample_deck_review_with_the_keyboard_and_undo(window: MainWindow, qtbot) -> None:
    qtbot.mouseClick(window.start_page.findChild(type(window.deck_list.study_button), "openSample"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.deck_list, timeout=10_000)
    assert window.deck_list.table.rowCount() == 1
    assert window.deck_list.table.item(0, 0).text() == "World news (sample)"
    assert window.deck_list.table.item(0, 1).text() == "20"  # new cards allowed today

    qtbot.mouseClick(window.deck_list.study_all, Qt.MouseButton.LeftButton)
    review = window.review
    assert window.pages.currentWidget() is review
    seen = []
    for _ in range(5):
        seen.append(review.card.id)
        assert review.answer_box.isHidden()
        qtbot.keyClick(review, Qt.Key.Key_Space)  # reveal
        assert not review.answer_box.isHidden() and review.answer.text() == review.card.back
        assert "m" in review.grade_buttons[Rating.GOOD].text()  # "Good\n10m"
        qtbot.keyClick(review, Qt.Key.Key_3)  # Good
    assert window.col.review_count() == 5
    assert len(set(seen)) == 5

    window.act_undo.trigger()  # Ctrl+Z
    assert window.col.review_count() == 4
    assert review.card.id == seen[-1] and not review.revealed
    assert window.col.card(seen[-1]).memory.state == 0  # exactly as before: new again

    with qtbot.waitSignal(window.act_stats.triggered):
        window.act_stats.trigger()
    qtbot.waitUntil(lambda: window.dashboard.today_tile.value.text() == "4", timeout=10_000)
    assert window.pages.currentWidget() is window.dashboard
    assert window.dashboard.total_tile.value.text() == "4"


def test_multiple_choice_by_number_key_suggests_a_grade(window: MainWindow, qtbot) -> None:
    window.open_sample_deck()
    qtbot.waitUntil(lambda: not operations.busy() and window.col.card_count() > 0, timeout=10_000)
    window.study(None, "All decks")
    review = window.review
    for _ in range(30):
        if review.options:
            break
        qtbot.keyClick(review, Qt.Key.Key_Space)
        qtbot.keyClick(review, Qt.Key.Key_3)
    assert review.options, "the sample deck has multiple-choice cards"
    right = review.options.index(review.card.choices[0])
    wrong = (right + 1) % 4
    qtbot.keyClick(review, [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4][wrong])
    assert review.revealed and review.suggested == Rating.AGAIN
    assert review.verdict.text().startswith("Not quite")
    assert review.choice_buttons[right].property("verdict") == "right"
    card_id = review.card.id
    qtbot.keyClick(review, Qt.Key.Key_Return)  # accept the suggested grade
    assert window.col.reviews(card_id=card_id)[-1].rating == Rating.AGAIN


def test_summary_when_nothing_is_left(window: MainWindow, qtbot) -> None:
    deck = window.col.create_deck("Tiny")
    window.col.add_cards(deck, [("Capital of Norway?", "Oslo")])
    window.refresh()
    window.study(deck.id, "Tiny")
    qtbot.keyClick(window.review, Qt.Key.Key_Space)
    qtbot.keyClick(window.review, Qt.Key.Key_4)  # Easy: graduates, nothing left today
    assert window.review.pages.currentWidget() is window.review.done_page
    assert "1 card studied" in window.review.summary.text()
    qtbot.keyClick(window.review, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.deck_list


def test_card_text_is_shown_as_plain_text(window: MainWindow, qtbot) -> None:
    deck = window.col.create_deck("Markup")
    window.col.add_cards(deck, [("<b>bold</b> <img src=x onerror=alert(1)>?", "<i>it</i>")])
    window.study(deck.id, "Markup")
    assert window.review.question.textFormat() == Qt.TextFormat.PlainText
    assert window.review.question.text() == "<b>bold</b> <img src=x onerror=alert(1)>?"


def test_a_file_that_is_not_a_collection_offers_recovery_and_quit_keeps_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "collection.sqlite3"
    bad.write_text("not a database at all, just text " * 20)
    asked = []
    monkeypatch.setattr("studyapp.gui.backups.recovery_choice", lambda _parent, exc: asked.append(exc) or "quit")
    w = MainWindow(bad)
    qtbot.addWidget(w)
    w.show()
    w.open_collection()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "not a studyapp collection" in str(asked[0])
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5_000)
    assert w.col is None
    assert bad.read_text().startswith("not a database")


def test_a_collection_from_a_newer_studyapp_shows_a_dialog(qtbot, tmp_path: Path) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "collection.sqlite3"
    Collection.open(path, auto_backup=False).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 999")
    db.commit()
    db.close()
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    w.open_collection()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "errorDialog") is not None, timeout=10_000)
    assert "newer studyapp" in w.findChild(QMessageBox, "errorDialog").text()
    assert w.col is None and not w.act_import.isEnabled()


def test_importing_several_files_shows_progress_and_a_summary(window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import SEED_ARTICLE

    other = tmp_path / "other.txt"
    other.write_text("Bridge reopens\n\nThe mayor of Oldtown, Anna Berg, said the bridge would reopen on Monday.\n")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.import_files([str(SEED_ARTICLE), str(other), str(broken)])
    assert window.batch.progress.maximum() == 3
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].startswith(f"{window.col.card_count()} cards added from 2 of 3 files.")
    assert "empty" in shown[0] or "no article text" in shown[0]
    assert window.pages.currentWidget() is window.deck_list


def test_type_in_answer_is_compared_leniently(window: MainWindow, qtbot) -> None:
    from studyapp.records import NewCard

    deck = window.col.create_deck("Typed")
    window.col.add_cards(deck, [NewCard("Complete: the Treaty of _____ (1648)", "Westphalia", kind="quote_cloze"),
                                NewCard("Complete: the _____ Sea", "Baltic", kind="quote_cloze")])
    window.study(deck.id, "Typed")
    review = window.review
    assert review.typed.isVisible() and review.typed.hasFocus()
    qtbot.keyClicks(review.typed, "westphlia")  # one letter missing, no capital: still right
    qtbot.keyClick(review.typed, Qt.Key.Key_Return)
    assert review.revealed and review.verdict.text() == "Right!" and review.suggested == Rating.GOOD
    assert window.col.review_count() == 0  # Enter revealed; it did not also grade
    qtbot.keyClick(review, Qt.Key.Key_Return)
    assert window.col.review_count() == 1
    qtbot.keyClicks(review.typed, "Black")
    qtbot.keyClick(review.typed, Qt.Key.Key_Return)
    assert review.verdict.text() == "You typed “Black”." and review.suggested == Rating.AGAIN
    assert review.answer.text() == "Baltic"
