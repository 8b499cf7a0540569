"""Fuzzing the collection API with hypothesis: add_cards / answer / undo_last_answer sequences.

Untrusted text (any Unicode, control characters, markup, sizes around the 100,000-character
cap) and hostile numbers go in; only :class:`~studyapp.errors.StudyappError` subclasses may
come out, text is stored exactly as given (stripped), and the review log always holds
answers minus undos. The last tests pin inputs that once escaped as other exceptions.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from studyapp import Collection
from studyapp.errors import InputError, StudyappError
from studyapp.records import NewCard

MAX = 100_000  # studyapp.collection.MAX_FIELD_CHARS

# Any text but lone surrogates (which no UTF-8 file can hold: see the tests at the end).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)

class Big(str):
    """A huge field with a short repr (hypothesis prints failing examples)."""

    def __repr__(self) -> str:
        return f"<{len(self):,} chars>"


field = st.one_of(
    any_text,
    st.sampled_from([
        "", " ", "\t\n\r ", "\x00", "a\x00b", "<script>alert(1)</script>", "<b>bold</b> &amp; ' \" ;--",
        "'); DROP TABLE card; --", "\u202eevil", "\ufeff", "😀" * 30, "ﷺ" * 10,
    ]),
    st.sampled_from([MAX - 1, MAX, MAX + 1]).map(lambda n: Big("x" * n)),
    st.just(Big(" " + "y" * MAX + " ")),
)
pair = st.tuples(field, field)
new_card = st.builds(NewCard, front=field, back=field, kind=st.sampled_from(["basic", "choice"]), source=any_text,
                     choices=st.none() | st.tuples(field, field, field))
rating = st.one_of(st.integers(1, 4), st.integers(-3, 8), st.sampled_from([True, 2.0, 3.5, "3", None]))
duration = st.one_of(st.integers(0, 60_000), st.integers(-10, 10**15), st.sampled_from([1.5, "100", None, True]))
zone = st.none() | st.just(timezone.utc)
when = st.none() | st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=zone) | st.datetimes(timezones=zone)


class CollectionMachine(RuleBasedStateMachine):
    """A model of what the collection must hold after each call."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="studyapp-fuzz-"))
        self.col = Collection.open(self.folder / "collection.sqlite3", auto_backup=False)
        self.deck = self.col.create_deck("Fuzz")
        self.col.update_preset(self.deck, new_per_day=100_000, reviews_per_day=100_000)
        self.texts: dict[int, tuple[str, str]] = {}
        self.answers = 0
        self.undos = 0

    @initialize()
    def start(self) -> None:
        assert self.col.card_count() == 0

    @rule(items=st.lists(st.one_of(pair, new_card), max_size=6))
    def add_cards(self, items: list[tuple[str, str] | NewCard]) -> None:
        try:
            ids = self.col.add_cards(self.deck, items)
        except InputError:
            return  # nothing added: checked by the invariant
        assert len(ids) == len(items)
        for card_id, item in zip(ids, items):
            front, back = (item.front, item.back) if isinstance(item, NewCard) else item
            assert front.strip() and back.strip() and len(front.strip()) <= MAX and len(back.strip()) <= MAX
            self.texts[card_id] = (front.strip(), back.strip())

    @rule(data=st.data(), grade=rating, ms=duration, now=when)
    def answer(self, data: st.DataObject, grade: object, ms: object, now: datetime | None) -> None:
        known = sorted(self.texts)
        card_id = data.draw(st.sampled_from(known) if known and data.draw(st.booleans()) else st.integers(-2**63, 2**63 - 1))
        try:
            card = self.col.answer(card_id, grade, duration_ms=ms, now=now)  # type: ignore[arg-type]
        except StudyappError:
            return
        assert card_id in self.texts and card.id == card_id
        self.answers += 1

    @rule()
    def undo(self) -> None:
        if self.col.undo_last_answer() is not None:
            self.undos += 1

    @precondition(lambda self: bool(self.texts))
    @rule(data=st.data())
    def read_back(self, data: st.DataObject) -> None:
        card_id = data.draw(st.sampled_from(sorted(self.texts)))
        card = self.col.card(card_id)
        assert (card.front, card.back) == self.texts[card_id]  # stored verbatim, never interpreted

    @invariant()
    def consistent(self) -> None:
        assert self.col.review_count() == self.answers - self.undos
        assert self.col.card_count() == len(self.texts)

    def teardown(self) -> None:
        try:
            db = self.col._db
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
            # Every card's state matches its last log entry (or is new with no entries).
            for card_id, state in db.execute("SELECT id, state FROM card"):
                last = db.execute("SELECT state_after FROM review WHERE card_id = ? ORDER BY id DESC LIMIT 1", (card_id,)).fetchone()
                assert state == (0 if last is None else last[0])
        finally:
            self.col.close()
            shutil.rmtree(self.folder, ignore_errors=True)


CollectionMachine.TestCase.settings = settings(
    max_examples=150, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestCollectionFuzz = CollectionMachine.TestCase


# ---------------------------------------------------------------------------- known escapes
@pytest.fixture
def col(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Collection.open(tmp_path / "collection.sqlite3", auto_backup=False) as collection:
        yield collection


@pytest.mark.parametrize("where", ["front", "back", "deck"])
def test_lone_surrogate_text_is_an_input_error(col: Collection, where: str) -> None:
    bad = "Who said \ud800 this?"
    with pytest.raises(InputError):
        if where == "deck":
            col.create_deck(bad)
        else:
            col.add_cards(col.create_deck("D"), [(bad, "x") if where == "front" else ("x", bad)])


def test_answer_far_in_the_future_is_an_input_error(col: Collection) -> None:
    (card_id,) = col.add_cards(col.create_deck("D"), [("q", "a")])
    with pytest.raises(InputError):
        col.answer(card_id, 4, now=datetime(9999, 12, 31, tzinfo=timezone.utc))


def test_card_id_beyond_64_bits_is_not_found(col: Collection) -> None:
    with pytest.raises(StudyappError):
        col.answer(2**64, 3)


def test_nothing_is_added_when_one_card_is_invalid(col: Collection) -> None:
    deck = col.create_deck("D")
    with pytest.raises(InputError, match="longer than 100,000"):
        col.add_cards(deck, [("ok", "ok"), ("x" * (MAX + 1), "b")])
    with pytest.raises(InputError, match="empty"):
        col.add_cards(deck, [("ok", "ok"), (" \n\t ", "b")])
    assert col.card_count() == 0
    assert col.add_cards(deck, [("x" * MAX, "y" * MAX)]) == [1]
    assert sqlite3.connect(col.path).execute("SELECT length(front) FROM card").fetchone()[0] == MAX
