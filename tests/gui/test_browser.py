"""The card browser: search, sort, paging, edit, suspend, delete, article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studyapp import Collection
from studyapp.gui.browser import PAGE, Browser
from tests.conftest import SEED_ARTICLE


def make(qtbot, col: Collection) -> Browser:
    browser = Browser(col)
    qtbot.addWidget(browser)
    browser.show()
    return browser


def test_search_and_edit(qtbot, col: Collection) -> None:
    col.import_article(SEED_ARTICLE, deck="Asia")
    browser = make(qtbot, col)
    assert browser.model.rowCount() == col.card_count()
    qtbot.keyClicks(browser.search, '"Caitlin Hayden"')
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    n = browser.model.rowCount()
    assert 0 < n < col.card_count() and browser.count.text() == f"{n} cards"
    assert all("Caitlin Hayden" in (r.card.front + r.card.back) for r in browser.model.rows)
    browser.table.selectRow(0)
    card = browser.model.rows[0].card
    assert browser.front.toPlainText() == card.front
    browser.back.setPlainText("Edited answer")
    qtbot.mouseClick(browser.save_button, Qt.MouseButton.LeftButton)
    assert col.card(card.id).back == "Edited answer"
    assert browser.model.data(browser.model.index(0, 1)) == "Edited answer"


def test_bad_search_says_why(qtbot, col: Collection) -> None:
    browser = make(qtbot, col)
    browser.search.setText('"unclosed')
    browser.run_search()
    assert "quotation mark" in browser.count.text() and browser.model.rowCount() == 0


def test_sorting_and_paging(qtbot, col: Collection) -> None:
    deck = col.create_deck("Big")
    col.add_cards(deck, [(f"question {i:04d}", f"answer {i}") for i in range(PAGE * 2 + 50)])
    browser = make(qtbot, col)
    assert browser.model.rowCount() == PAGE  # only the first page is read
    while browser.model.canFetchMore():
        browser.model.fetchMore()
    assert browser.model.rowCount() == PAGE * 2 + 50
    browser.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert browser.model.rows[0].card.front == f"question {PAGE * 2 + 49:04d}"


def test_suspend_and_delete_with_confirmation(qtbot, col: Collection, monkeypatch) -> None:
    deck = col.create_deck("D")
    ids = col.add_cards(deck, [("q1", "a1"), ("q2", "a2"), ("q3", "a3")])
    browser = make(qtbot, col)
    browser.table.selectRow(0)
    qtbot.mouseClick(browser.suspend_button, Qt.MouseButton.LeftButton)
    assert col.card(ids[0]).suspended and browser.suspend_button.text() == "Unsuspend"
    assert browser.model.data(browser.model.index(0, 4)).startswith("Suspended")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    browser.delete_selected()
    assert col.card_count() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    browser.delete_selected()
    assert col.card_count() == 2 and browser.model.rowCount() == 2


def test_jump_to_the_source_article(qtbot, col: Collection) -> None:
    col.import_article(SEED_ARTICLE)
    browser = make(qtbot, col)
    browser.table.selectRow(0)
    assert browser.article_button.isEnabled()
    browser.show_article()
    dialog = browser.article_dialog
    assert dialog.windowTitle() == "US cool on North Korea talks offer"
    assert "Caitlin Hayden" in dialog.findChild(type(browser.front), "articleBody").toPlainText()
