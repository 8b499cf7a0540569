"""Exports: Anki packages that hold every card, CSV with a header, atomic writes."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from studyapp import Collection, Rating
from studyapp.errors import InputError
from studyapp.records import NewCard
from tests.conftest import SEED_ARTICLE


@pytest.fixture
def filled(col: Collection) -> Collection:
    col.import_article(SEED_ARTICLE, deck="Asia")
    col.add_cards(col.create_deck("Other"), [NewCard("2 < 3 & <b>bold</b>?", "yes", choices=("yes", "no", "maybe", "never"))])
    return col


def test_apkg_holds_every_card_with_its_fields(filled: Collection, tmp_path: Path) -> None:
    out = tmp_path / "deck.apkg"
    n = filled.export(out, "apkg")
    assert n == filled.card_count()
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert "collection.anki2" in names
        z.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    notes = [row[0].split("\x1f") for row in db.execute("SELECT flds FROM notes")]
    assert len(notes) == n == db.execute("SELECT count(*) FROM cards").fetchone()[0]
    models = json.loads(db.execute("SELECT models FROM col").fetchone()[0])
    (model,) = models.values()
    assert [f["name"] for f in model["flds"]] == ["Front", "Back", "Choices", "Source", "Article"]
    fronts = {f[0] for f in notes}
    assert "2 &lt; 3 &amp; &lt;b&gt;bold&lt;/b&gt;?" in fronts  # text, never markup
    seeded = [f for f in notes if "North Korea" in f[4]]
    assert seeded and all(f[3] for f in seeded)  # source sentence kept
    decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    assert {"Asia", "Other"} <= {d["name"] for d in decks.values()}


def test_csv_has_a_header_and_every_card(filled: Collection, tmp_path: Path) -> None:
    card = filled.next_card(deck="Asia")
    filled.answer(card.id, Rating.GOOD)
    out = tmp_path / "cards.csv"
    assert filled.export(out, "csv", deck="Asia") == filled.card_count("Asia")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == ["deck", "front", "back", "kind", "choices", "source", "article", "published", "state", "due"]
    assert len(rows) == filled.card_count("Asia")
    assert {r["article"] for r in rows} == {"US cool on North Korea talks offer"}
    assert sum(r["state"] == "Learning" for r in rows) == 1


def test_export_errors_leave_no_file(filled: Collection, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown export format"):
        filled.export(tmp_path / "x.pdf", "pdf")
    with pytest.raises(InputError, match="does not exist"):
        filled.export(tmp_path / "nope" / "x.csv", "csv")
    with pytest.raises(InputError, match="is a folder"):
        filled.export(tmp_path, "csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["collection.sqlite3", "collection.sqlite3-shm", "collection.sqlite3-wal"]
