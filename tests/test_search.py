"""The browser's search language and sorting, on a real collection."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studyapp import Collection, Rating
from studyapp.errors import InputError
from studyapp.records import NewCard
from tests.conftest import NOON


@pytest.fixture
def filled(col: Collection) -> Collection:
    asia = col.create_deck("Asia news")
    sport = col.create_deck("Sport")
    col.add_cards(asia, [NewCard("Who leads North Korea?", "Kim Jong-un", kind="role_holder"),
                         NewCard("Capital of South Korea?", "Seoul"), NewCard("100% sure_thing?", "yes")])  # fmt: skip
    ids = col.add_cards(sport, [("Who manages Spurs?", "Mourinho"), ("Where is Anfield?", "Liverpool")])
    col.answer(ids[0], Rating.GOOD, now=NOON - timedelta(hours=1))
    col.set_suspended([ids[1]])
    return col


@pytest.mark.parametrize(
    ("query", "fronts"),
    [
        ("korea", {"Who leads North Korea?", "Capital of South Korea?"}),
        ("KOREA seoul", {"Capital of South Korea?"}),
        ('"north korea"', {"Who leads North Korea?"}),
        ("-korea deck:Asia*", {"100% sure_thing?"}),
        ("deck:Sport", {"Who manages Spurs?", "Where is Anfield?"}),
        ("is:suspended", {"Where is Anfield?"}),
        ("is:learning", {"Who manages Spurs?"}),
        ("is:due", {"Who manages Spurs?"}),
        ("kind:role_holder", {"Who leads North Korea?"}),
        ("100%", {"100% sure_thing?"}),
        ("_", {"100% sure_thing?"}),  # LIKE wildcards are literal
        ("", None),
    ],
)
def test_queries(filled: Collection, query: str, fronts: set[str] | None) -> None:
    rows = filled.find_cards(query, now=NOON)
    expected = fronts if fronts is not None else {c.front for c in filled.cards()}
    assert {r.card.front for r in rows} == expected
    assert filled.count_cards(query, now=NOON) == len(expected)


def test_sorts_and_pages(filled: Collection) -> None:
    fronts = [r.card.front for r in filled.find_cards(sort="front")]
    assert fronts == sorted(fronts, key=str.lower)
    assert [r.card.front for r in filled.find_cards(sort="front", descending=True)] == fronts[::-1]
    assert [r.card.front for r in filled.find_cards(sort="front", limit=2, offset=2)] == fronts[2:4]
    due_first = filled.find_cards(sort="due")[0]
    assert due_first.card.front == "Who manages Spurs?" and due_first.deck_name == "Sport"


@pytest.mark.parametrize(("query", "message"), [('"open', "quotation"), ("is:sleepy", "unknown is:sleepy")])
def test_bad_queries(filled: Collection, query: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        filled.find_cards(query)
    with pytest.raises(InputError, match="cannot sort"):
        filled.find_cards(sort="colour")
