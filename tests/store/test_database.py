"""Opening collection files: creation, persistence, pragmas, indices, refusing foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp import Collection
from studyapp.errors import CollectionError
from studyapp.store.schema import APPLICATION_ID, SCHEMA_VERSION


def test_open_creates_file_and_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "collection.sqlite3"
    with Collection.open(path) as col:
        assert col.decks() == []
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_everything_persists_across_reopen(col_path: Path) -> None:
    from studyapp import Rating

    with Collection.open(col_path) as col:
        deck = col.create_deck("World news")
        ids = col.add_cards(deck, [("Who?", "Her"), ("When?", "2012")])
        card = col.next_card()
        assert card is not None
        answered = col.answer(card.id, Rating.GOOD, duration_ms=4200)
        col.update_preset(deck, desired_retention=0.85)
    with Collection.open(col_path) as col:
        assert [d.name for d in col.decks()] == ["World news"]
        assert [c.id for c in col.cards()] == ids
        assert col.card(card.id).memory == answered.memory
        assert col.review_count() == 1
        assert col.reviews()[0].duration_ms == 4200
        assert col.preset("World news").desired_retention == 0.85


def test_foreign_keys_are_enforced(col: Collection) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        col._db.execute("INSERT INTO card(deck_id, front, back, kind, source, state, due_ms, suspended, created_ms) "
                        "VALUES (999, 'f', 'b', 'basic', '', 0, 0, 0, 0)")


def test_deleting_a_deck_removes_its_cards_and_reviews(col: Collection) -> None:
    from studyapp import Rating

    keep = col.create_deck("Keep")
    gone = col.create_deck("Gone")
    col.add_cards(keep, [("a", "b")])
    (gone_id,) = col.add_cards(gone, [("c", "d")])
    col.answer(gone_id, Rating.GOOD)
    assert col.delete_deck(gone) == 1
    assert col.card_count() == 1
    assert col.review_count() == 0


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT id FROM card WHERE suspended = 0 AND deck_id = 1 AND state = 2 AND due_ms < 5 ORDER BY due_ms LIMIT 50",
        "SELECT id FROM card WHERE suspended = 0 AND state = 0 AND deck_id = 1 ORDER BY due_ms, id LIMIT 1",
        "SELECT id FROM review WHERE card_id = 3 ORDER BY reviewed_ms",
        "SELECT count(*) FROM review WHERE state_before IN (0, 1, 2, 3) AND rating IN (1, 2, 3, 4) AND reviewed_ms >= 5",
    ],
)
def test_queue_and_history_queries_use_an_index(col: Collection, sql: str) -> None:
    plan = " ".join(row[-1] for row in col._db.execute("EXPLAIN QUERY PLAN " + sql))
    assert "USING" in plan and "INDEX" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_the_queue_statements_of_a_study_session_read_the_card_table_through_its_index(col: Collection) -> None:
    from datetime import timedelta

    from studyapp import Rating
    from tests.conftest import NOON

    for name in ("A", "B", "C"):
        deck = col.create_deck(name)
        ids = col.add_cards(deck, [(f"{name}{i}", "x") for i in range(3)])
        col.answer(ids[0], Rating.EASY, now=NOON - timedelta(days=40))
        col.answer(ids[1], Rating.AGAIN, now=NOON - timedelta(minutes=30))
    statements: list[str] = []
    col._db.set_trace_callback(statements.append)
    try:
        for _ in range(9):
            card = col.next_card(now=NOON)
            if card is None:
                break
            col.answer(card.id, Rating.GOOD, now=NOON)
    finally:
        col._db.set_trace_callback(None)
    reads = {s for s in statements if s.lstrip().upper().startswith("SELECT") and " card" in s}
    assert len(reads) >= 4  # learning, review and new-card queues, the learning-due minimum
    for sql in reads:
        plan = " ".join(row[-1] for row in col._db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "SCAN card" not in plan and "SCAN c " not in plan, (sql, plan)
        assert "ix_card_queue" in plan or "suspended = 0" not in sql, (sql, plan)


def test_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n")
    with pytest.raises(CollectionError, match="not a studyapp collection"):
        Collection.open(path)
    assert path.read_text() == "just some notes\n"


def test_refuses_another_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t(x)")
    db.commit()
    db.close()
    with pytest.raises(CollectionError, match="SQLite database but not a studyapp collection"):
        Collection.open(path)


def test_refuses_a_newer_schema(col_path: Path) -> None:
    Collection.open(col_path).close()
    db = sqlite3.connect(col_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(CollectionError, match="newer studyapp"):
        Collection.open(col_path)


def test_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(CollectionError, match="is a folder"):
        Collection.open(tmp_path)


def test_refuses_a_path_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(CollectionError, match="is a file, not a folder"):
        Collection.open(tmp_path / "file" / "collection.sqlite3")


def test_empty_file_becomes_a_new_collection(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Collection.open(path) as col:
        col.create_deck("D")
    with Collection.open(path) as col:
        assert [d.name for d in col.decks()] == ["D"]


def test_opening_an_existing_collection_does_not_import_sqlalchemy(col_path: Path) -> None:
    import subprocess
    import sys

    Collection.open(col_path).close()
    code = (
        "import sys; from studyapp import Collection; c = Collection.open(sys.argv[1]); c.deck_counts(); c.close(); "
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(col_path)], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_engine_gives_sqlmodel_sessions_on_the_same_file(col: Collection) -> None:
    from sqlmodel import Session, select

    from studyapp.store.schema import DeckRow

    col.create_deck("World news")
    with Session(col.engine) as session:
        assert [d.name for d in session.exec(select(DeckRow))] == ["World news"]
