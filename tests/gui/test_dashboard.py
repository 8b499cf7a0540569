"""The progress dashboard shows the figures of ``Collection.progress`` (real collections, offscreen Qt)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from studyapp import Collection, Rating
from studyapp.gui.dashboard import DashboardWidget
from tests.conftest import NOON


def bar_sum(bar_sets) -> float:
    return sum(s.at(i) for s in bar_sets for i in range(s.count()))


@pytest.fixture
def dash(qtbot) -> DashboardWidget:
    w = DashboardWidget()
    qtbot.addWidget(w)
    w.resize(1200, 860)
    w.show()
    return w


@pytest.fixture
def studied(col: Collection, tz: str) -> Collection:
    """Two decks; answers on days -40, -3, -2, -1 and today (NOON), some Again."""
    news, other = col.create_deck("News"), col.create_deck("Other")
    ids = col.add_cards(news, [(f"q{i}", "a") for i in range(6)])
    extra = col.add_cards(other, [("o1", "a"), ("o2", "a")])
    for back, card, rating in [(40, ids[0], Rating.GOOD), (40, ids[0], Rating.GOOD), (3, ids[1], Rating.GOOD),
                               (3, ids[0], Rating.AGAIN), (2, ids[2], Rating.GOOD), (2, ids[0], Rating.GOOD),
                               (1, extra[0], Rating.GOOD), (0, ids[3], Rating.GOOD), (0, ids[1], Rating.GOOD)]:  # fmt: skip
        col.answer(card, rating, duration_ms=60_000, now=NOON - timedelta(days=back, minutes=-len(col.reviews())))
    return col


def test_shows_the_figures_of_progress(dash: DashboardWidget, studied: Collection) -> None:
    p = studied.progress(now=NOON)
    dash.set_progress(p)
    assert dash.pages.currentWidget() is dash.content
    assert p.streak == 4 and dash.streak_label.text() == "4 days"
    assert dash.today_tile.value.text() == "2" and dash.total_tile.value.text() == "9"
    assert dash.due_tile.value.text() == str(p.due_today)
    assert dash.time_tile.value.text() == "9 min"
    # 30 days by default: the bars add up to the answers of the last 30 study days (not day -40).
    assert dash.review_sets["New"].count() == 30
    assert bar_sum(dash.review_sets.values()) == 7 == sum(d.total for d in p.recent(30))
    assert [dash.review_sets["Review"].at(i) for i in (26, 27)] == [1.0, 0.0]  # day -3: the Again
    assert dash.review_sets["Relearning"].at(27) == 1.0  # day -2: relearning it
    assert dash.heatmap.cell_count() == 365
    assert bar_sum(dash.forecast_sets.values()) == sum(d.total for d in p.forecast)
    assert {k: s.value() for k, s in dash.card_slices.items()} == {
        "New": 3, "Learning": p.cards.learning, "Relearning": p.cards.relearning, "Review": p.cards.review, "Suspended": 0}
    assert dash.card_slices["New"].label() == "New: 3"
    assert "8 cards" in dash.cards_chart.title() and "7 in the last 30 days" in dash.reviews_chart.title()


def test_range_buttons(dash: DashboardWidget, studied: Collection, qtbot) -> None:
    dash.set_progress(studied.progress(now=NOON))
    qtbot.mouseClick(dash.range_group.button(365), Qt.MouseButton.LeftButton)
    assert dash.range_days == 365
    assert dash.review_sets["Review"].count() == 52  # whole weeks
    assert bar_sum(dash.review_sets.values()) == 9 and "per week" in dash.reviews_chart.title()
    qtbot.mouseClick(dash.range_group.button(91), Qt.MouseButton.LeftButton)
    assert dash.review_sets["New"].count() == 91 and bar_sum(dash.review_sets.values()) == 9
    dash.set_range(30)
    assert dash.range_group.button(30).isChecked() and bar_sum(dash.review_sets.values()) == 7


def test_heatmap_cells_and_tooltips(dash: DashboardWidget, studied: Collection) -> None:
    p = studied.progress(now=NOON)
    dash.set_progress(p)
    heat = dash.heatmap
    today = len(p.days) - 1
    rect = heat.cell_rect(today)
    assert heat.index_at(rect.center().x(), rect.center().y()) == today
    assert heat.tooltip_text(today) == "Mon 2 Mar 2026: 2 reviews"
    assert heat.tooltip_text(today - 4) == "Thu 26 Feb 2026: no reviews"
    assert heat.level(0) == 0 and heat.level(2) >= 1
    # Monday on top: today (a Monday) is in row 0 of the last column.
    assert rect.y() == heat.TOP and p.days[today].day.weekday() == 0
    assert heat.index_at(0, 0) is None


def test_bar_tooltips(dash: DashboardWidget, studied: Collection) -> None:
    p = studied.progress(now=NOON)
    dash.set_progress(p)
    assert dash.review_tooltip(29) == "2 Mar (Mon): 2 reviews\n1 new, 1 learning, 0 relearning, 0 review\n2 min"
    assert dash.forecast_tooltip(0).startswith(f"Today (with overdue): {p.due_today} due")
    dash.set_range(365)
    assert dash.review_tooltip(51).startswith("24 Feb – 2 Mar: 7 reviews")


def test_empty_collection_says_so(dash: DashboardWidget, col: Collection, qtbot) -> None:
    with qtbot.waitSignal(dash.progress_ready, timeout=10_000):
        dash.refresh(col)
    assert dash.pages.currentWidget() is dash.empty
    assert dash.empty_title.text() == "No reviews yet"
    assert dash.deck_box.count() == 1 and dash.deck_box.currentText() == "All decks"


def test_refresh_off_the_ui_thread_and_deck_filter(dash: DashboardWidget, studied: Collection, qtbot) -> None:
    with qtbot.waitSignal(dash.progress_ready, timeout=10_000):
        dash.refresh(studied)
    assert [dash.deck_box.itemText(i) for i in range(dash.deck_box.count())] == ["All decks", "News", "Other"]
    assert dash.progress.deck is None and dash.total_tile.value.text() == "9"
    with qtbot.waitSignal(dash.progress_ready, timeout=10_000):
        dash.deck_box.setCurrentIndex(2)
    assert dash.progress.deck == "Other" and dash.total_tile.value.text() == "1"
    with qtbot.waitSignal(dash.progress_ready, timeout=10_000):
        dash.refresh(studied)  # keeps the chosen deck
    assert dash.deck_box.currentText() == "Other" and dash.progress.deck == "Other"


def test_a_deck_without_reviews_is_empty(dash: DashboardWidget, studied: Collection) -> None:
    deck = studied.create_deck("Fresh")
    studied.add_cards(deck, [("f", "a")])
    dash.set_progress(studied.progress(deck, now=NOON))
    assert dash.pages.currentWidget() is dash.empty
    assert dash.empty_text.text().startswith("This deck has no reviews yet.")
    assert dash.empty_text.text().endswith("1 card is waiting, 0 due today.")


def test_charts_follow_the_palette(dash: DashboardWidget, studied: Collection, qtbot) -> None:
    dash.set_progress(studied.progress(now=NOON))
    light_base = dash.palette().color(QPalette.ColorRole.Base)
    assert dash.reviews_chart.backgroundBrush().color() == light_base
    dark = QPalette(dash.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#2b2d31"), (QPalette.ColorRole.Base, "#1f2124"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.WindowText, "#e8e8e8")):  # fmt: skip
        dark.setColor(role, QColor(colour))
    dash.setPalette(dark)
    qtbot.waitUntil(lambda: dash.reviews_chart.backgroundBrush().color() == QColor("#1f2124"), timeout=2000)
    assert dash.reviews_chart.titleBrush().color() == QColor("#e8e8e8")
    assert dash.heatmap.colours()[0] != dash.heatmap.colours()[4]
    assert bar_sum(dash.review_sets.values()) == 7  # the data survive a restyle
