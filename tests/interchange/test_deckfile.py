"""Deck files: round trip, validation of bad files (nothing imported), and the shipped sample deck."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp import Collection
from studyapp.errors import InputError
from studyapp.interchange import deckfile
from tests.conftest import SEED_ARTICLE

DECKS = Path(__file__).parents[2] / "decks"


def _export(col: Collection, tmp_path: Path) -> Path:
    col.import_article(SEED_ARTICLE, deck="Asia")
    out = tmp_path / "asia.json"
    assert col.export(out, "json", deck="Asia") == col.card_count("Asia")
    return out


def test_round_trip_keeps_cards_articles_and_facts(col: Collection, tmp_path: Path) -> None:
    out = _export(col, tmp_path)
    data = json.loads(out.read_text())
    assert (data["format"], data["version"], data["deck"]) == ("studyapp-deck", 1, "Asia")
    with Collection.open(tmp_path / "other.sqlite3") as other:
        result = other.import_deck_file(out)
        assert result.cards == col.card_count() and result.articles == 1 and result.deck == "Asia"
        mine = sorted((c.front, c.back, c.kind, c.choices, c.source) for c in col.cards())
        theirs = sorted((c.front, c.back, c.kind, c.choices, c.source) for c in other.cards())
        assert mine == theirs
        card = other.cards()[0]
        assert other.article_of_card(card.id).title == "US cool on North Korea talks offer"
        again = other.import_deck_file(out)
        assert again.cards == 0 and again.skipped_cards == result.cards  # no duplicates


def test_import_into_another_deck(col: Collection, tmp_path: Path) -> None:
    out = _export(col, tmp_path)
    with Collection.open(tmp_path / "other.sqlite3") as other:
        other.import_deck_file(out, deck="Mine")
        assert [d.name for d in other.decks()] == ["Mine"]


def _bad(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(text)
    return path


GOOD = {"format": "studyapp-deck", "version": 1, "deck": "D", "cards": [{"front": "Q", "back": "A"}]}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "studyapp-deck", "version": 1, "deck": "D", "cards": [{"front": "Q"', "not valid JSON"),
        ("[1, 2, 3]", "not a studyapp deck file"),
        (json.dumps({**GOOD, "format": "anki"}), "not a studyapp deck file"),
        (json.dumps({**GOOD, "version": 2}), "version 2"),
        (json.dumps({**GOOD, "version": "1"}), "version"),
        (json.dumps({**GOOD, "cards": [{"front": "Q", "back": 7}]}), r"cards\[0\]\.back"),
        (json.dumps({**GOOD, "cards": [{"front": "", "back": "A"}]}), r"cards\[0\]\.front"),
        (json.dumps({**GOOD, "cards": "lots"}), "cards"),
        (json.dumps({**GOOD, "cards": [{"front": "Q", "back": "A", "article": "nope"}]}), "unknown article"),
        (json.dumps({**GOOD, "surprise": 1}), "surprise"),
        ("\ufeff" + json.dumps({**GOOD, "deck": ""}), "deck"),
        ("[" * 100000 + "]" * 100000, "not"),
    ],
)
def test_bad_deck_files_import_nothing(col: Collection, tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        col.import_deck_file(_bad(tmp_path, content))
    assert "\n" not in str(info.value)
    assert col.decks() == [] and col.card_count() == 0


def test_binary_and_missing_files(col: Collection, tmp_path: Path) -> None:
    path = tmp_path / "bin.json"
    path.write_bytes(b"\xff\xfe\x00garbage\x81")
    with pytest.raises(InputError, match="UTF-8"):
        col.import_deck_file(path)
    with pytest.raises(InputError, match="cannot read"):
        col.import_deck_file(tmp_path / "missing.json")


def test_a_bad_card_late_in_a_valid_file_imports_nothing(col: Collection, tmp_path: Path) -> None:
    cards = [{"front": f"Q{i}", "back": "A"} for i in range(50)] + [{"front": "Q", "back": " "}]
    with pytest.raises(InputError, match="back is empty"):
        col.import_deck_file(_bad(tmp_path, json.dumps({**GOOD, "cards": cards})))
    assert col.card_count() == 0 and col.decks() == []


def test_schema_is_valid_json_schema() -> None:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(deckfile.schema())


def test_shipped_sample_deck_imports(col: Collection) -> None:
    (sample,) = sorted(DECKS.glob("*.json"))
    result = col.import_deck_file(sample)
    assert result.cards >= 20 and result.articles == 1
    assert col.articles()[0].title == "US cool on North Korea talks offer"
