"""Lenient comparison of typed answers."""

from __future__ import annotations

import pytest

from studyapp.cards.answers import answers_match


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nice words", "nice words"),
        ("Nice Words!", "nice words"),
        ("  nice   words ", "nice words"),
        ("Jose Mourinho", "José Mourinho"),
        ("the Unification Ministry", "Unification Ministry"),
        ("concrete step", "concrete steps"),  # one slip
        ("concerte steps", "concrete steps"),  # swapped letters
        ("february 2012", "February 2012"),
        ("Korea's", "Koreas"),
    ],
)
def test_accepted(typed: str, expected: str) -> None:
    assert answers_match(typed, expected)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", "nice words"),
        ("nice", "nice words"),
        ("March 2012", "February 2012"),
        ("2013", "2012"),  # numbers are exact
        ("actoins", "action"),  # two slips
        ("cat", "car"),  # short answers are exact
        ("  ", " "),
    ],
)
def test_refused(typed: str, expected: str) -> None:
    assert not answers_match(typed, expected)
