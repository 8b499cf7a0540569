"""The progress dashboard: streak and totals, reviews per day, true retention, due forecast,
cards by state and a calendar heatmap of the last year.

It draws a :class:`~studyapp.stats.progress.Progress` and nothing else (no SQL here).
``refresh(col)`` computes one on the thread pool and hands it to ``set_progress`` on the UI
thread; the deck box and the range buttons redraw from the figures already fetched (the
deck box fetches that deck's). Colours come from the widget's palette, so light and dark
themes both work; the four answer kinds keep fixed hues, lightened on dark backgrounds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studyapp.stats.progress import DayActivity, Progress



#: Range buttons: label → study days shown in the reviews and retention charts.
RANGES = {"30 days": 30, "3 months": 91, "1 year": 365}
#: Hues of the answer kinds (Tableau 10), lightened on dark backgrounds.
KIND_COLOURS = {"New": "#4e79a7", "Learning": "#f28e2b", "Relearning": "#e15759", "Review": "#59a14f"}
HEAT_COLOUR = "#2ea043"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def kind_colour(name: str, palette: QPalette) -> QColor:
    colour = QColor(KIND_COLOURS[name])
    return colour.lighter(125) if is_dark(palette) else colour


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` blended toward ``b`` by ``t`` (0–1)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def format_duration(ms: int) -> str:
    """``"42 min"``, ``"3.5 h"``, ``"1,234 h"``."""
    minutes = ms / 60_000
    if minutes < 60:
        return f"{minutes:.0f} min"
    hours = minutes / 60
    return f"{hours:.1f} h" if hours < 10 else f"{hours:,.0f} h"


def _day_label(d: date) -> str:
    return f"{d:%b} {d.day}"


# ------------------------------------------------------------------ pieces
class Card(QFrame):
    """A panel drawn like the charts: the palette's base colour, a faint rounded border."""

    def paintEvent(self, event) -> None:  # noqa: N802, ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        p.setPen(QPen(mix(base, pal.color(QPalette.ColorRole.Text), 0.15), 1))
        p.setBrush(base)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        p.end()


class StatTile(Card):
    """A big number with a caption over it and a detail under it."""

    def __init__(self, caption: str, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.value = QLabel("–")
        self.value.setObjectName(object_name + "Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.detail = QLabel("")
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = self.detail.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail.setFont(small)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(2)
        box.addWidget(self.caption)
        box.addWidget(self.value)
        box.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class HeatmapWidget(QWidget):
    """A year of study days as a GitHub-style calendar: one column a week, Monday on top."""

    CELL = 12
    GAP = 3
    LEFT = 34  # room for weekday names
    TOP = 18  # room for month names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: tuple[DayActivity, ...] = ()
        self.levels: tuple[int, ...] = ()
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_days(self, days: Sequence[DayActivity]) -> None:
        self.days = tuple(days)
        counts = sorted(d.total for d in self.days if d.total)
        # Four shades split the active days in quarters, as GitHub does.
        self.cuts = [counts[min(len(counts) - 1, len(counts) * q // 4)] for q in (1, 2, 3)] if counts else []
        self.updateGeometry()
        self.update()

    def cell_count(self) -> int:
        return len(self.days)

    def _start(self) -> date:
        first = self.days[0].day
        return first - timedelta(days=first.weekday())

    def weeks(self) -> int:
        if not self.days:
            return 53
        return (self.days[-1].day - self._start()).days // 7 + 1

    def sizeHint(self) -> QSize:  # noqa: N802
        step = self.CELL + self.GAP
        return QSize(self.LEFT + self.weeks() * step + 4, self.TOP + 7 * step + 22)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def _origin_x(self) -> int:
        return self.LEFT + max(0, (self.width() - self.sizeHint().width()) // 2)

    def cell_rect(self, index: int) -> QRect:
        step = self.CELL + self.GAP
        offset = (self.days[index].day - self._start()).days
        return QRect(self._origin_x() + (offset // 7) * step, self.TOP + (offset % 7) * step, self.CELL, self.CELL)

    def index_at(self, x: float, y: float) -> int | None:
        step = self.CELL + self.GAP
        col, row = int((x - self._origin_x()) // step), int((y - self.TOP) // step)
        if x < self._origin_x() or y < self.TOP or not 0 <= row < 7:
            return None
        offset = col * 7 + row
        if not self.days:
            return None
        index = (self._start() + timedelta(days=offset) - self.days[0].day).days
        return index if 0 <= index < len(self.days) and self.cell_rect(index).contains(int(x), int(y)) else None

    def level(self, count: int) -> int:
        if count <= 0:
            return 0
        return 1 + sum(count > cut for cut in self.cuts)

    def colours(self) -> list[QColor]:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        empty = mix(base, pal.color(QPalette.ColorRole.Text), 0.09 if not is_dark(pal) else 0.13)
        accent = QColor(HEAT_COLOUR)
        if is_dark(pal):
            return [empty] + [mix(base, accent.lighter(130), t) for t in (0.3, 0.5, 0.72, 1.0)]
        return [empty] + [mix(base, accent, t) for t in (0.3, 0.52, 0.76, 1.0)]

    def paintEvent(self, event) -> None:  # noqa: N802, ARG002
        if not self.days:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        shades = self.colours()
        p.setPen(Qt.PenStyle.NoPen)
        for i, d in enumerate(self.days):
            p.setBrush(shades[self.level(d.total)])
            p.drawRoundedRect(self.cell_rect(i), 2.5, 2.5)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        p.setFont(small)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        step = self.CELL + self.GAP
        left = self._origin_x() - self.LEFT
        for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
            p.drawText(QRect(left, self.TOP + row * step - 2, self.LEFT - 6, self.CELL + 4),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)  # fmt: skip
        last_month_x = -100
        for i, d in enumerate(self.days):
            if d.day.day == 1 or (i == 0 and d.day.day <= 10):  # a first month of under three weeks is not named
                x = self.cell_rect(i).x()
                if x - last_month_x >= 3 * step:  # no overlapping month names
                    p.drawText(QRect(x, 0, 4 * step, self.TOP - 3), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, f"{d.day:%b}")
                    last_month_x = x
        # Legend: Less ■■■■■ More, under the grid on the right.
        y = self.TOP + 7 * step + 6
        x = self._origin_x() + self.weeks() * step - 5 * step - 40
        p.drawText(QRect(x - 40, y - 2, 36, self.CELL + 4), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "Less")
        p.setPen(Qt.PenStyle.NoPen)
        for k, shade in enumerate(shades):
            p.setBrush(shade)
            p.drawRoundedRect(QRect(x + k * step, y, self.CELL, self.CELL), 2.5, 2.5)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(QRect(x + 5 * step + 4, y - 2, 40, self.CELL + 4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "More")
        p.end()

    def tooltip_text(self, index: int) -> str:
        d = self.days[index]
        n = d.total
        when = f"{d.day:%a} {d.day.day} {d.day:%b %Y}"
        return f"{when}: {n:,} review{'s' if n != 1 else ''}" if n else f"{when}: no reviews"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            index = self.index_at(event.pos().x(), event.pos().y())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)


def _chart_view(title: str, object_name: str) -> tuple[QChartView, QChart]:
    chart = QChart()
    chart.setTitle(title)
    view = QChartView(chart)
    view.setObjectName(object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view, chart


# ------------------------------------------------------------------ the dashboard
class DashboardWidget(QWidget):
    """Progress figures of the collection or one deck. ``refresh(col)`` or ``set_progress(p)``."""

    progress_ready = Signal(object)  # a Progress was drawn (tests wait on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.col = None
        self.progress: Progress | None = None
        self.range_days = 30
        self._generation = 0
        self._restyle_pending = False
        self._deck_ids: list[int | None] = [None]

        title = QLabel("Progress")
        title.setObjectName("dashboardTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.deck_box = QComboBox()
        self.deck_box.setObjectName("deckFilter")
        self.deck_box.addItem("All decks")
        self.deck_box.setMinimumContentsLength(16)
        self.deck_box.currentIndexChanged.connect(self._deck_changed)
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        range_row = QHBoxLayout()
        range_row.setSpacing(0)
        for i, (label, days) in enumerate(RANGES.items()):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setChecked(days == self.range_days)
            button.setObjectName(f"range{days}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.range_group.addButton(button, days)
            range_row.addWidget(button)
        self.range_group.idClicked.connect(self.set_range)
        self.status = QLabel("")
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.status)
        header.addStretch(1)
        header.addWidget(QLabel("Deck:"))
        header.addWidget(self.deck_box)
        header.addSpacing(12)
        header.addLayout(range_row)

        # Big numbers.
        self.streak_tile = StatTile("Current streak", "streakTile")
        self.today_tile = StatTile("Reviews today", "todayTile")
        self.due_tile = StatTile("Due today", "dueTile")
        self.retention_tile = StatTile("Retention, 30 days", "retentionTile")
        self.total_tile = StatTile("Total reviews", "totalTile")
        self.time_tile = StatTile("Time studied", "timeTile")
        self.streak_label = self.streak_tile.value
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in (self.streak_tile, self.today_tile, self.due_tile, self.retention_tile, self.total_tile, self.time_tile):
            tiles.addWidget(tile, 1)

        self.reviews_view, self.reviews_chart = _chart_view("Reviews per day", "reviewsChart")
        self.retention_view, self.retention_chart = _chart_view("True retention", "retentionChart")
        self.forecast_view, self.forecast_chart = _chart_view("Due in the next 30 days", "forecastChart")
        self.cards_view, self.cards_chart = _chart_view("Cards by state", "cardsChart")
        self._build_charts()
        self.heatmap = HeatmapWidget()
        self.heatmap.setObjectName("heatmap")
        self.heat_caption = QLabel("")
        self.heat_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        heat_title = QLabel("Activity, last 12 months")
        bold = heat_title.font()
        bold.setBold(True)
        heat_title.setFont(bold)
        heat_box = Card()
        heat_layout = QVBoxLayout(heat_box)
        heat_top = QHBoxLayout()
        heat_top.addWidget(heat_title)
        heat_top.addStretch(1)
        heat_top.addWidget(self.heat_caption)
        heat_layout.addLayout(heat_top)
        heat_layout.addWidget(self.heatmap)

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.reviews_view, 0, 0)
        grid.addWidget(self.retention_view, 0, 1)
        grid.addWidget(self.forecast_view, 1, 0)
        grid.addWidget(self.cards_view, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addLayout(tiles)
        body.addLayout(grid, 1)
        body.addWidget(heat_box)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        # Empty and loading states.
        self.empty = QWidget()
        self.empty.setObjectName("emptyState")
        self.empty_title = QLabel("No reviews yet")
        self.empty_title.setObjectName("emptyTitle")
        big = self.empty_title.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.empty_title.setFont(big)
        self.empty_text = QLabel("Study a few cards and your streak, retention, forecast and\n"
                                 "a calendar of your activity will appear here.")  # fmt: skip
        self.empty_text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(2)
        for label in (self.empty_title, self.empty_text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            empty_layout.addWidget(label)
        empty_layout.addStretch(3)
        self.loading = QLabel("Computing your progress…")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.loading)
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.empty)
        self.content = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

    # -------------------------------------------------------------- data in
    def refresh(self, col) -> None:
        """Re-read the deck list and compute the figures of the chosen deck off the UI thread."""
        self.col = col
        current = self._deck_ids[self.deck_box.currentIndex()] if self.deck_box.currentIndex() >= 0 else None
        decks = col.decks()
        self.deck_box.blockSignals(True)
        self.deck_box.clear()
        self.deck_box.addItem("All decks")
        self._deck_ids = [None]
        for deck in decks:
            self.deck_box.addItem(deck.name)
            self._deck_ids.append(deck.id)
        self.deck_box.setCurrentIndex(self._deck_ids.index(current) if current in self._deck_ids else 0)
        self.deck_box.blockSignals(False)
        self._compute()

    def _deck_changed(self, _index: int) -> None:
        if self.col is not None:
            self._compute()

    def selected_deck(self) -> int | None:
        index = self.deck_box.currentIndex()
        return self._deck_ids[index] if 0 <= index < len(self._deck_ids) else None

    def _compute(self) -> None:
        from studyapp.gui import operations

        col, deck = self.col, self.selected_deck()
        self._generation += 1
        generation = self._generation
        self.status.setText("Updating…")
        if self.progress is None:
            self.pages.setCurrentWidget(self.loading)

        def done(progress: Progress) -> None:
            if generation == self._generation:  # a newer request supersedes this one
                self.set_progress(progress)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(f"Could not compute the figures: {exc}")

        operations.run(self, lambda: col.progress(deck=deck), done, failed)

    def set_progress(self, progress: Progress) -> None:
        """Show ``progress`` (on the UI thread)."""
        self.progress = progress
        self.status.setText("")
        for button in self.range_group.buttons():
            button.setEnabled(not progress.is_empty)
        if progress.is_empty:
            self.empty_text.setText(
                ("This deck has no reviews yet. " if progress.deck else "")
                + "Study a few cards and your streak, retention, forecast and\n"
                "a calendar of your activity will appear here."
            )
            n = progress.cards.total
            if n:
                waiting = f"{n:,} cards are waiting" if n != 1 else "1 card is waiting"
                self.empty_text.setText(f"{self.empty_text.text()}\n\n{waiting}, {progress.due_today:,} due today.")
            self.pages.setCurrentWidget(self.empty)
        else:
            self._fill()
            self.pages.setCurrentWidget(self.content)
        self.progress_ready.emit(progress)

    def set_range(self, days: int) -> None:
        """Show the last ``days`` study days (30, 91 or 365) in the reviews and retention charts."""
        self.range_days = days
        button = self.range_group.button(days)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        if self.progress is not None and not self.progress.is_empty:
            self._fill_reviews()
            self._fill_retention()

    # -------------------------------------------------------------- drawing
    def _fill(self) -> None:
        p = self.progress
        assert p is not None
        self.streak_tile.set(f"{p.streak:,} day{'s' if p.streak != 1 else ''}", f"{p.days_studied} study days this year")
        self.today_tile.set(f"{p.reviews_today:,}", format_duration(p.days[-1].time_ms) if p.reviews_today else "")
        self.due_tile.set(f"{p.due_today:,}", f"{p.forecast[1].total:,} tomorrow" if len(p.forecast) > 1 else "")
        if p.retention_30d is None:
            self.retention_tile.set("–", "no reviews of mature cards")
        else:
            self.retention_tile.set(f"{p.retention_30d:.1%}", f"of {p.retention_reviews_30d:,} reviews")
        self.total_tile.set(f"{p.total_reviews:,}", f"{p.cards.total:,} cards")
        self.time_tile.set(format_duration(p.total_time_ms), f"{p.total_time_ms / max(1, p.total_reviews) / 1000:.1f} s per answer")
        self._fill_reviews()
        self._fill_retention()
        self._fill_forecast()
        self._fill_cards()
        self.heatmap.set_days(p.days)
        year = sum(d.total for d in p.days)
        self.heat_caption.setText(f"{year:,} reviews on {p.days_studied} days")

    def _buckets(self) -> tuple[list[tuple[DayActivity, ...]], int]:
        """The shown days in bars: one per day up to 3 months, one per week for a year."""
        assert self.progress is not None
        days = self.progress.recent(self.range_days)
        size = 7 if self.range_days > 120 else 1
        out = []
        end = len(days)
        while end >= size:  # whole weeks only: a one-day bar at the left edge misleads
            out.append(days[end - size:end])
            end -= size
        return list(reversed(out)), size

    @staticmethod
    def _label_dates(axis: QCategoryAxis, firsts: list[date], size: int, every: int = 1) -> None:
        """Label an x axis over bar indices with months (every ``every``-th one; or a date a
        week for 30 days)."""
        for label in axis.categoriesLabels():
            axis.remove(label)
        n = len(firsts)
        axis.setStartValue(-0.5)
        axis.setRange(-0.5, max(0.5, n - 0.5))
        if n <= 31 and size == 1:
            for i, d in enumerate(firsts):
                if (n - 1 - i) % 7 == 0:
                    axis.append("Today" if i == n - 1 else _day_label(d), i)
            return
        previous = firsts[0].month if firsts and firsts[0].day > 10 else None  # no name for a partial first month
        for i, d in enumerate(firsts):
            if d.month != previous and (d.day <= size or i == 0):
                if d.month % every == 0:
                    axis.append(f"{d:%b}", i)
                previous = d.month

    @staticmethod
    def _set_values(bar_set: QBarSet, values: list[float]) -> None:
        if bar_set.count():
            bar_set.remove(0, bar_set.count())
        bar_set.append(values)

    def _build_charts(self) -> None:
        """Every chart gets its series and axes once; fills only change their values."""
        def axes(chart: QChart) -> tuple[QCategoryAxis, QValueAxis]:
            x = QCategoryAxis()
            x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            y = QValueAxis()
            chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
            return x, y

        for chart in (self.reviews_chart, self.retention_chart, self.forecast_chart, self.cards_chart):
            chart.setMargins(QMargins(6, 6, 16, 6))
            chart.setBackgroundRoundness(6)
            chart.layout().setContentsMargins(0, 0, 0, 0)

        self.reviews_series = QStackedBarSeries()
        self.review_sets: dict[str, QBarSet] = {}
        for name in ("New", "Learning", "Relearning", "Review"):
            self.review_sets[name] = QBarSet(name)
            self.reviews_series.append(self.review_sets[name])
        self.reviews_chart.addSeries(self.reviews_series)
        self.reviews_x, self.reviews_y = axes(self.reviews_chart)
        self.reviews_series.attachAxis(self.reviews_x)
        self.reviews_series.attachAxis(self.reviews_y)

        self.retention_series = QLineSeries()
        self.retention_series.setName("Retention")
        self.retention_dots = QScatterSeries()
        self.retention_dots.setMarkerSize(7)
        self.retention_chart.addSeries(self.retention_series)
        self.retention_chart.addSeries(self.retention_dots)
        self.retention_x, self.retention_y = axes(self.retention_chart)
        for series in (self.retention_series, self.retention_dots):
            series.attachAxis(self.retention_x)
            series.attachAxis(self.retention_y)
        self.retention_y.setLabelFormat("%d%%")

        self.forecast_series = QStackedBarSeries()
        self.forecast_series.setBarWidth(0.8)
        self.forecast_sets: dict[str, QBarSet] = {}
        for name in ("Learning", "Review"):
            self.forecast_sets[name] = QBarSet(name)
            self.forecast_series.append(self.forecast_sets[name])
        self.forecast_chart.addSeries(self.forecast_series)
        self.forecast_x, self.forecast_y = axes(self.forecast_chart)
        self.forecast_series.attachAxis(self.forecast_x)
        self.forecast_series.attachAxis(self.forecast_y)

        self.reviews_series.hovered.connect(lambda on, i, _s: self._bar_tip(on, self.review_tooltip(i)))
        self.forecast_series.hovered.connect(lambda on, i, _s: self._bar_tip(on, self.forecast_tooltip(i)))

        self.pie = QPieSeries()
        self.pie.setHoleSize(0.5)
        self.pie.setPieSize(0.85)
        self.card_slices = {name: self.pie.append(name, 0) for name in ("New", "Learning", "Relearning", "Review", "Suspended")}
        self.cards_chart.addSeries(self.pie)
        self._style_all()

    def _bar_tip(self, on: bool, text: str) -> None:
        if on:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def review_tooltip(self, index: int) -> str:
        """What hovering bar ``index`` of the reviews chart says."""
        buckets, size = self._buckets()
        run = buckets[index]
        when = f"{run[0].day.day} {run[0].day:%b}" + (f" – {run[-1].day.day} {run[-1].day:%b}" if size > 1 else f" ({run[0].day:%a})")
        total = sum(d.total for d in run)
        parts = [f"{sum(getattr(d, k) for d in run):,} {k}" for k in ("new", "learning", "relearning", "review")]
        minutes = sum(d.time_ms for d in run) / 60_000
        return f"{when}: {total:,} review{'s' if total != 1 else ''}\n" + ", ".join(parts) + f"\n{minutes:.0f} min"

    def forecast_tooltip(self, index: int) -> str:
        assert self.progress is not None
        d = self.progress.forecast[index]
        when = "Today (with overdue)" if index == 0 else f"{d.day:%a} {d.day.day} {d.day:%b}"
        return f"{when}: {d.total:,} due\n{d.review:,} review, {d.learning:,} learning"

    def _fill_reviews(self) -> None:
        buckets, size = self._buckets()
        self.reviews_series.setBarWidth(0.8 if self.range_days <= 31 else 0.9)
        for name, attr in (("New", "new"), ("Learning", "learning"), ("Relearning", "relearning"), ("Review", "review")):
            self._set_values(self.review_sets[name], [float(sum(getattr(d, attr) for d in b)) for b in buckets])
        top = max((sum(d.total for d in b) for b in buckets), default=0)
        self._label_dates(self.reviews_x, [b[0].day for b in buckets], size)
        self.reviews_y.setRange(0, max(4, top))
        self.reviews_y.applyNiceNumbers()
        self.reviews_y.setLabelFormat("%d")
        total = sum(d.total for b in buckets for d in b)
        span = {30: "30 days", 91: "3 months", 365: "year"}.get(self.range_days, f"{self.range_days} days")
        per = "per week" if size == 7 else "per day"
        self.reviews_chart.setTitle(f"Reviews {per} · {total:,} in the last {span}")

    def _fill_retention(self) -> None:
        assert self.progress is not None
        bucket = 1 if self.range_days <= 31 else 7
        points = self.progress.retention(self.range_days, bucket)
        if points and (points[0].last - points[0].first).days + 1 < bucket:
            points = points[1:]  # a partial first week
        xy = [QPointF(i, pt.retention * 100) for i, pt in enumerate(points) if pt.retention is not None]
        self.retention_series.replace(xy)
        self.retention_dots.replace(xy)
        low = min((q.y() for q in xy), default=80.0)
        bottom = max(0, min(80, int(low // 10) * 10))
        self.retention_y.setRange(bottom, 100)
        self.retention_y.setTickCount((100 - bottom) // 10 + 1 if bottom >= 50 else 6)
        self._label_dates(self.retention_x, [pt.first for pt in points], bucket, every=2 if self.range_days > 120 else 1)
        reviewed = sum(pt.reviews for pt in points)
        passed = sum(pt.passed for pt in points)
        overall = f" · {passed / reviewed:.1%} overall" if reviewed else " · no reviews of mature cards yet"
        self.retention_chart.setTitle(f"True retention {'per day' if bucket == 1 else 'per week'}{overall}")

    def _fill_forecast(self) -> None:
        assert self.progress is not None
        forecast = self.progress.forecast
        for name, attr in (("Learning", "learning"), ("Review", "review")):
            self._set_values(self.forecast_sets[name], [float(getattr(d, attr)) for d in forecast])
        x = self.forecast_x
        for label in x.categoriesLabels():
            x.remove(label)
        x.setStartValue(-0.5)
        x.setRange(-0.5, len(forecast) - 0.5)
        for i, d in enumerate(forecast):
            if i % 7 == 0:
                x.append("Today" if i == 0 else _day_label(d.day), i)
        self.forecast_y.setRange(0, max(4, max((d.total for d in forecast), default=0)))
        self.forecast_y.applyNiceNumbers()
        self.forecast_y.setLabelFormat("%d")
        week = sum(d.total for d in forecast[:7])
        self.forecast_chart.setTitle(f"Due in the next 30 days · {week:,} this week (today includes overdue)")

    def _fill_cards(self) -> None:
        assert self.progress is not None
        counts = self.progress.cards
        for name, value in (("New", counts.new), ("Learning", counts.learning), ("Relearning", counts.relearning),
                            ("Review", counts.review), ("Suspended", counts.suspended)):  # fmt: skip
            piece = self.card_slices[name]
            piece.setValue(value)
            piece.setLabel(f"{name}: {value:,}")
        self.cards_chart.setTitle(f"Cards by state · {counts.total:,} cards")

    def _style_all(self) -> None:
        for chart in (self.reviews_chart, self.retention_chart, self.forecast_chart, self.cards_chart):
            self._style(chart)
        self.retention_chart.legend().setVisible(False)
        self.cards_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        pal = self.palette()
        colour = QColor(KIND_COLOURS["New"])
        if is_dark(pal):
            colour = colour.lighter(140)
        pen = QPen(colour)
        pen.setWidthF(2.2)
        self.retention_series.setPen(pen)
        self.retention_dots.setColor(colour)
        self.retention_dots.setBorderColor(colour)
        for name, piece in self.card_slices.items():
            base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
            piece.setBrush(mix(base, text, 0.35) if name == "Suspended" else kind_colour(name, pal))
            piece.setPen(QPen(base, 1.5))
        for x in (self.reviews_x, self.retention_x, self.forecast_x):
            x.setGridLineVisible(False)

    def _style(self, chart: QChart) -> None:
        """Chart colours from the palette; the answer kinds' fixed hues on the bar sets."""
        pal = self.palette()
        dark = is_dark(pal)
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        faint = pal.color(QPalette.ColorRole.PlaceholderText)
        chart.setBackgroundBrush(base)
        chart.setBackgroundPen(QPen(mix(base, text, 0.15), 1))
        chart.setPlotAreaBackgroundVisible(False)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        chart.legend().setFont(self.font())
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setVisible(True)
        grid = mix(base, text, 0.12)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        for axis in chart.axes():
            axis.setLabelsBrush(faint)
            axis.setLabelsFont(small)
            axis.setLinePen(QPen(mix(base, text, 0.3), 1))
            axis.setGridLinePen(QPen(grid, 1))
            axis.setShadesVisible(False)
        for series in chart.series():
            if isinstance(series, QStackedBarSeries):
                for bar_set in series.barSets():
                    colour = kind_colour(bar_set.label(), pal)
                    bar_set.setColor(colour)
                    bar_set.setBorderColor(colour)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyle_pending:
            # Redraw once the new palette has reached every child, not in the middle of it.
            self._restyle_pending = True
            QTimer.singleShot(0, self._restyle)

    def _restyle(self) -> None:
        self._restyle_pending = False
        self._style_all()
        self.heatmap.update()
