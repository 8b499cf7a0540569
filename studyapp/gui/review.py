"""The review screen: question, reveal, grade with the next interval shown, undo.

Answering and fetching the next card are sub-millisecond core calls (see
``bench/answer_loop.py``), so they run directly on the UI thread: the next card appears
in the same frame, and the answer is committed before the screen moves on.
"""

from __future__ import annotations

import random
import time
from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.cards.answers import TYPE_IN_KINDS, answers_match
from studyapp.collection import Collection
from studyapp.records import Card
from studyapp.srs.scheduling import Rating, format_interval

GRADE_KEYS = {Qt.Key.Key_1: Rating.AGAIN, Qt.Key.Key_2: Rating.HARD, Qt.Key.Key_3: Rating.GOOD, Qt.Key.Key_4: Rating.EASY}


def _label(object_name: str, point_delta: int = 0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # card text is data, never markup
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() + point_delta)
    font.setBold(bold)
    label.setFont(font)
    return label


STYLE = """
QPushButton[verdict="right"] { border: 2px solid #2e9d5b; font-weight: bold; }
QPushButton[verdict="wrong"] { border: 2px solid #d0443c; text-decoration: line-through; }
QLabel[verdict="right"] { color: #2e9d5b; }
QLabel[verdict="wrong"] { color: #d0443c; }
"""


class ReviewWidget(QWidget):
    """Shows due cards one at a time until none are left, then a summary."""

    finished = Signal()  # the user wants to go back to the deck list
    answered = Signal()  # counts changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.col: Collection | None = None
        self.deck_id: int | None = None
        self.card: Card | None = None
        self.revealed = False
        self.shown_at = 0.0
        self.picked: int | None = None
        self.options: list[str] = []
        self.session: Counter[Rating] = Counter()
        self.session_started = 0.0

        self.header = _label("reviewHeader")
        self.header.setWordWrap(False)
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.counts = _label("reviewCounts")
        self.counts.setWordWrap(False)
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.counts)

        self.question = _label("question", 5)
        self.typed = QLineEdit()
        self.typed.setObjectName("typedAnswer")
        self.typed.setPlaceholderText("Type the answer and press Enter")
        self.typed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.typed.setMinimumHeight(36)
        self.typed.setMinimumWidth(360)
        # Enter in the field reaches keyPressEvent below (QLineEdit passes it on), which reveals.
        self.choice_box = QWidget()
        self.choice_layout = QVBoxLayout(self.choice_box)
        self.choice_layout.setContentsMargins(40, 8, 40, 8)
        self.choice_buttons: list[QPushButton] = []
        for i in range(4):
            button = QPushButton()
            button.setObjectName(f"choice{i + 1}")
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, i=i: self.pick(i))
            self.choice_layout.addWidget(button)
            self.choice_buttons.append(button)
        self.verdict = _label("verdict", 1, bold=True)
        self.answer = _label("answer", 4, bold=True)
        self.source = _label("source", 0)
        self.source.setStyleSheet("font-style: italic;")
        self.article = _label("article", -1)
        self.article.setEnabled(False)  # drawn in the palette's muted colour
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setObjectName("answerRule")
        self.answer_box = QWidget()
        answer_layout = QVBoxLayout(self.answer_box)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        for w in (rule, self.verdict, self.answer, self.source, self.article):
            answer_layout.addWidget(w)

        card = QFrame()
        card.setObjectName("cardFrame")
        card.setMaximumWidth(860)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 28, 32, 28)
        card_layout.setSpacing(14)
        card_layout.addWidget(self.question)
        card_layout.addWidget(self.choice_box)
        card_layout.addWidget(self.typed, 0, Qt.AlignmentFlag.AlignHCenter)
        card_layout.addWidget(self.answer_box)
        card_layout.addStretch(1)

        self.show_button = QPushButton("Show answer")
        self.show_button.setObjectName("showAnswer")
        self.show_button.setMinimumHeight(44)
        self.show_button.clicked.connect(self.reveal)
        self.grade_buttons: dict[Rating, QPushButton] = {}
        grades = QHBoxLayout()
        for rating in Rating:
            button = QPushButton()
            button.setObjectName(f"grade{rating.label}")
            button.setMinimumHeight(52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, r=rating: self.grade(r))
            grades.addWidget(button)
            self.grade_buttons[rating] = button
        grade_box = QWidget()
        grade_box.setLayout(grades)
        self.bottom = QStackedWidget()
        self.bottom.addWidget(self.show_button)
        self.bottom.addWidget(grade_box)
        self.bottom.setFixedHeight(64)

        self.study_page = QWidget()
        study = QVBoxLayout(self.study_page)
        study.setContentsMargins(24, 16, 24, 16)
        study.addLayout(top)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 100)
        centred.addStretch(1)
        study.addLayout(centred, 1)
        study.addWidget(self.bottom)

        self.summary = _label("summary", 2)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        back = QPushButton("Back to decks")
        back.setObjectName("backToDecks")
        back.clicked.connect(self.finished.emit)
        self.done_page = QWidget()
        done = QVBoxLayout(self.done_page)
        done.addStretch(1)
        done.addWidget(self.summary)
        done.addWidget(back, 0, Qt.AlignmentFlag.AlignHCenter)
        done.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.study_page)
        self.pages.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(STYLE)

    # ------------------------------------------------------------------ flow
    def start(self, col: Collection, deck_id: int | None, deck_name: str = "All decks") -> None:
        """Begin a study session on one deck (or all)."""
        self.col, self.deck_id = col, deck_id
        self.header.setText(deck_name)
        self.session = Counter()
        self.session_started = time.monotonic()
        self.next_card()

    def next_card(self) -> None:
        assert self.col is not None
        self.card = self.col.next_card(deck=self.deck_id)
        if self.card is None:
            self.show_summary()
            return
        self.show_question(self.card)

    def show_question(self, card: Card) -> None:
        self.card, self.revealed, self.picked = card, False, None
        self.pages.setCurrentWidget(self.study_page)
        self.question.setText(card.front)
        self.options = list(card.choices or [])
        random.Random(card.id).shuffle(self.options)
        for i, button in enumerate(self.choice_buttons):
            if i < len(self.options):
                button.setText(f"{i + 1}.  {self.options[i]}")
                button.setEnabled(True)
                button.setProperty("verdict", "")
                button.show()
            else:
                button.hide()
        self.choice_box.setVisible(bool(self.options))
        type_in = card.kind in TYPE_IN_KINDS and not self.options
        self.typed.clear()
        self.typed.setReadOnly(False)
        self.typed.setVisible(type_in)
        self.answer_box.hide()
        self.bottom.setCurrentIndex(0)
        if self.options:
            self.show_button.setText("Pick an answer (1–4) or show it (Space)")
        elif type_in:
            self.show_button.setText("Check (Enter) — or show the answer")
        else:
            self.show_button.setText("Show answer (Space)")
        self.update_counts()
        self.shown_at = time.monotonic()
        if type_in:
            self.typed.setFocus()
        else:
            self.setFocus()

    def update_counts(self) -> None:
        if self.col is None:
            return
        counts = [c for c in self.col.deck_counts() if self.deck_id is None or c.deck.id == self.deck_id]
        new = sum(c.new for c in counts)
        learning = sum(c.learning for c in counts)
        review = sum(c.review for c in counts)
        self.counts.setText(f"New {new}   Learning {learning}   Due {review}")

    def pick(self, index: int) -> None:
        """A multiple-choice option was chosen: reveal, and suggest Good or Again."""
        if self.revealed or index >= len(self.options) or self.card is None:
            return
        self.picked = index
        self.reveal()

    def reveal(self) -> None:
        card = self.card
        if card is None or self.revealed or self.col is None:
            return
        self.revealed = True
        self.answer.setText(card.back)
        self.source.setText(card.source if card.source and card.source != "…" else "")
        self.source.setVisible(bool(self.source.text()))
        article = self.col.article_of_card(card.id)
        self.article.setText(f"From “{article.title}”" + (f", {article.published}" if article.published else "") if article else "")
        self.article.setVisible(article is not None)
        suggested = Rating.GOOD
        self.verdict.hide()
        if self.options and card.choices:
            right = self.options.index(card.choices[0])
            for i, button in enumerate(self.choice_buttons[: len(self.options)]):
                verdict = "right" if i == right else ("wrong" if i == self.picked else "")
                button.setProperty("verdict", verdict)
                button.style().unpolish(button)
                button.style().polish(button)
            if self.picked is not None:
                correct = self.picked == right
                suggested = Rating.GOOD if correct else Rating.AGAIN
                self._set_verdict("Right!" if correct else f"Not quite: it was {card.choices[0]}.", correct)
        if self.typed.isVisible():
            self.typed.setReadOnly(True)
            answer = self.typed.text().strip()
            if answer:
                correct = answers_match(answer, card.back)
                suggested = Rating.GOOD if correct else Rating.AGAIN
                self._set_verdict("Right!" if correct else f"You typed “{answer}”.", correct)
        intervals = self.col.next_intervals(card.id)
        for rating, button in self.grade_buttons.items():
            button.setText(f"{rating.label}\n{format_interval(intervals[rating])}")
            button.setDefault(rating == suggested)
        self.suggested = suggested
        self.grade_buttons[suggested].setFocus()
        self.answer_box.show()
        self.bottom.setCurrentIndex(1)

    def _set_verdict(self, text: str, correct: bool) -> None:
        self.verdict.setText(text)
        self.verdict.setProperty("verdict", "right" if correct else "wrong")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.show()

    def grade(self, rating: Rating) -> None:
        if not self.revealed or self.card is None or self.col is None:
            return
        duration = int((time.monotonic() - self.shown_at) * 1000)
        self.col.answer(self.card.id, rating, duration_ms=duration)
        self.session[rating] += 1
        self.answered.emit()
        self.next_card()

    def undo(self) -> None:
        if self.col is None:
            return
        card = self.col.undo_last_answer()
        if card is None:
            return
        rating = next((r for r in reversed(list(Rating)) if self.session[r] > 0), None)
        if rating is not None and sum(self.session.values()) > 0:
            self.session[rating] -= 1  # approximate: the summary counts are per session
        self.answered.emit()
        self.show_question(card)
        self.setFocus()

    def show_summary(self) -> None:
        total = sum(self.session.values())
        minutes = (time.monotonic() - self.session_started) / 60
        if total == 0:
            text = "Nothing is due right now.\nCome back later, or import an article to make new cards."
        else:
            again = self.session[Rating.AGAIN]
            text = (
                f"Congratulations! You have finished for now.\n\n"
                f"{total} card{'s' if total != 1 else ''} studied in {max(1, round(minutes))} min"
                f" — {total - again} recalled, {again} to see again soon."
            )
        self.summary.setText(text)
        self.pages.setCurrentWidget(self.done_page)
        self.card = None

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if self.card is None:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                self.finished.emit()
                return
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.revealed:
                self.grade(getattr(self, "suggested", Rating.GOOD))
            else:
                self.reveal()
            return
        if key in GRADE_KEYS:
            if self.revealed:
                self.grade(GRADE_KEYS[key])
            elif self.options:
                self.pick(list(GRADE_KEYS).index(key))
            return
        if key == Qt.Key.Key_Escape:
            self.finished.emit()
            return
        super().keyPressEvent(event)

