"""``Collection.optimize`` and ``studyapp optimize`` on a history made through the public API."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from studyapp import Collection, Rating
from studyapp.cli import main
from studyapp.errors import InputError
from tests.conftest import NOON


def _history(col: Collection, cards: int, days: int) -> None:
    deck = col.create_deck("D")
    col.update_preset(deck, new_per_day=10_000, reviews_per_day=10_000)
    col.add_cards(deck, [(f"q{i}", "a") for i in range(cards)])
    rng = random.Random(1)
    start = NOON - timedelta(days=days)
    for day in range(days):
        now = start + timedelta(days=day)
        while (card := col.next_card(now=now)) is not None and card.due <= now + timedelta(hours=1):
            col.answer(card.id, Rating.AGAIN if rng.random() < 0.2 else Rating.GOOD, now=now)
            now += timedelta(seconds=20)


def test_too_little_history_is_a_clear_error(col: Collection, capsys: pytest.CaptureFixture[str]) -> None:
    _history(col, cards=5, days=3)
    with pytest.raises(InputError, match="reviews"):
        col.optimize()
    assert col.preset("D").parameters is None


def test_optimize_fits_and_stores_parameters(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("torch")
    with Collection.open(tmp_path / "collection.sqlite3") as col:
        _history(col, cards=150, days=60)
        assert col.review_count() > 600
    assert main(["--data-dir", str(tmp_path), "optimize", "--deck", "D"]) == 0
    assert "Saved to the preset of deck 'D'" in capsys.readouterr().out
    with Collection.open(tmp_path / "collection.sqlite3") as col:
        params = col.preset("D").parameters
        assert params is not None and len(params) == 21
        card = col.next_card(now=NOON + timedelta(days=1))
        assert card is not None  # the fitted parameters schedule cards
        col.answer(card.id, Rating.GOOD, now=NOON + timedelta(days=1))
