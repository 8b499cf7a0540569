"""Fuzzing the card generator and the deck-file importer: only our own errors escape, time stays bounded."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp import Collection
from studyapp.cards import cards_for_article, problems
from studyapp.errors import StudyappError
from studyapp.extract.facts import ArticleFacts, Event, Quote, Role

text = st.text(max_size=80)
names = st.one_of(text, st.sampled_from(["Ann Lee", "he", "Officials", "US", "North Korea", "", "  ", "The Ministry"]))
dates = st.one_of(st.sampled_from(["2012", "2012-02", "2013-06-16", "", "20x1", "9999-99-99"]), text)
facts = st.builds(
    ArticleFacts,
    title=text,
    published=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    quotes=st.lists(st.builds(Quote, speaker=names, quote=text, kind=st.sampled_from(["direct", "indirect"]), sentence=text), max_size=6).map(tuple),
    roles=st.lists(st.builds(Role, person=names, role=text, org=text), max_size=4).map(tuple),
    events=st.lists(st.builds(Event, date=dates, date_text=text, event=text), max_size=5).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(facts, st.lists(names, max_size=5))
def test_generator_never_fails_and_every_card_passes_the_rules(f: ArticleFacts, deck_people: list[str]) -> None:
    start = time.perf_counter()
    cards = cards_for_article(f, deck_people)
    assert time.perf_counter() - start < 1.0
    for card in cards:
        assert problems(card.front, card.back, card.choices) == []
        assert card.front.strip() and card.back.strip()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
card = st.fixed_dictionaries({"front": json_values, "back": json_values},
                             optional={"kind": json_values, "choices": json_values, "article": json_values})
deck_file = st.fixed_dictionaries(
    {"format": st.sampled_from(["studyapp-deck", "x"]), "version": st.sampled_from([1, 2, "1", None]),
     "deck": json_values, "cards": st.lists(card, max_size=4) | json_values},
    optional={"articles": json_values, "extra": json_values},
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deck_file)
def test_deck_file_import_is_all_or_nothing(data: dict) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "deck.json"
        path.write_text(json.dumps(data))
        with Collection.open(folder / "c.sqlite3", auto_backup=False) as col:
            try:
                result = col.import_deck_file(path)
            except StudyappError:
                assert col.card_count() == 0 and col.decks() == []
            else:
                assert col.card_count() == result.cards
    finally:
        shutil.rmtree(folder)
