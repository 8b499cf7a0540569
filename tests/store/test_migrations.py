"""Schema versions: the stored first-schema fixture opens and reads; upgrades are atomic.

``tests/data/schema1.sqlite3`` was written by schema version 1 (the first schema) and must
never be regenerated: it stands for the files users already have; opening it runs the real
upgrades. The upgrade tests register test-only steps in ``MIGRATIONS`` beyond the current
``SCHEMA_VERSION`` and raise it for the duration of a test.
(A newer schema being refused is tested in test_database.py.)
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp import Collection, Rating
from studyapp.errors import CollectionError
from studyapp.store.backup import list_backups
from studyapp.store import schema
from studyapp.store.migrations import MIGRATIONS, migrate
from studyapp.store.schema import APPLICATION_ID

FIXTURE = Path(__file__).parent.parent / "data" / "schema1.sqlite3"


def make_fixture(path: Path) -> None:
    """How the fixture was made (with the code of schema 1): ``python tests/store/test_migrations.py``."""
    from datetime import datetime, timezone

    t0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    with Collection.open(path, auto_backup=False) as col:
        world = col.create_deck("World news")
        politics = col.create_deck("Politics")
        col.update_preset(world, desired_retention=0.85, new_per_day=30)
        col.set_setting("rollover_hour", "5")
        db = col._db
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            "INSERT INTO article(id, title, source, published, text, content_hash, imported_ms) VALUES "
            "(1, 'US cool on North Korea talks', 'bbc.co.uk', '2013-06-17', 'The White House said…', 'abc123', 1780000000000)"
        )
        db.execute("INSERT INTO fact(id, article_id, kind, data, position) VALUES (1, 1, 'role', '{\"person\": \"Denis McDonough\"}', 12)")
        db.execute("COMMIT")
        ids = col.add_cards(world, [("Who is chief of staff to the US president? (June 2013)", "Denis McDonough"),
                                    ("Which country proposed high-level talks with the US? (June 2013)", "North Korea"),
                                    ("Qui a dit « non » ?", "Élodie Ünal")])
        db.execute("UPDATE card SET fact_id = 1, source = 'Denis McDonough, chief of staff…' WHERE id = ?", (ids[0],))
        more = col.add_cards(politics, [(f"Politics question {i}", f"Answer {i}") for i in range(5)])
        for i, card_id in enumerate([ids[0], ids[1], more[0], ids[0]]):
            col.answer(card_id, Rating.GOOD if i != 1 else Rating.AGAIN, duration_ms=1000 * (i + 1),
                       now=t0.replace(minute=10 * i))
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("VACUUM")
    db.close()


@pytest.fixture
def old(tmp_path: Path) -> Path:
    """A copy of the fixture (the stored file is never opened for writing)."""
    path = tmp_path / "collection.sqlite3"
    shutil.copy(FIXTURE, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_all(path: Path) -> dict[str, object]:
    with Collection.open(path, auto_backup=False) as col:
        return {
            "decks": [d.name for d in col.decks()],
            "cards": [(c.front, c.back, int(c.memory.state)) for c in col.cards()],
            "reviews": [(r.card_id, int(r.rating), r.duration_ms) for r in col.reviews()],
            "retention": col.preset("World news").desired_retention,
            "rollover": col.rollover_hour,
        }


EXPECTED_CARDS = 8
EXPECTED_REVIEWS = [(1, 3, 1000), (2, 1, 2000), (4, 3, 3000), (1, 3, 4000)]


def test_fixture_is_schema_1() -> None:
    db = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_schema1_fixture_opens_and_reads(old: Path) -> None:
    data = read_all(old)
    assert data["decks"] == ["Politics", "World news"]
    cards = data["cards"]
    assert isinstance(cards, list) and len(cards) == EXPECTED_CARDS
    assert cards[0] == ("Who is chief of staff to the US president? (June 2013)", "Denis McDonough", 2)
    assert cards[2] == ("Qui a dit « non » ?", "Élodie Ünal", 0)
    assert data["reviews"] == EXPECTED_REVIEWS
    assert data["retention"] == 0.85 and data["rollover"] == 5
    with Collection.open(old, auto_backup=False) as col:  # and is fully usable
        card = col.next_card()
        assert card is not None
        col.answer(card.id, Rating.EASY)
        assert col.review_count() == 5
        col.undo_last_answer()
        assert col.review_count() == 4
        assert col.card(1).source.startswith("Denis McDonough") and col.card(1).fact_id == 1
    assert sqlite3.connect(old).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _bump(monkeypatch: pytest.MonkeyPatch, *steps: Callable[[sqlite3.Connection], None]) -> int:
    """Pretend this code writes ``len(steps)`` versions beyond the real one, upgrading with
    ``steps`` after the real upgrades; returns the pretended version."""
    base = schema.SCHEMA_VERSION
    for i, step in enumerate(steps):
        monkeypatch.setitem(MIGRATIONS, base + i, step)
    monkeypatch.setattr("studyapp.store.database.SCHEMA_VERSION", base + len(steps))
    return base + len(steps)


def _version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def _add_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE card ADD COLUMN flag INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE card SET flag = 1 WHERE state = 2")


def _rebuild_deck_table(conn: sqlite3.Connection) -> None:
    """A table rebuild (SQLite's 12-step ALTER): with foreign keys on, dropping ``deck`` would
    cascade-delete every card."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'deck'").fetchone()[0]
    conn.execute(sql.replace("CREATE TABLE deck", "CREATE TABLE deck_new").replace("created_ms INTEGER NOT NULL",
                                                                                 "created_ms INTEGER NOT NULL, colour TEXT"))
    conn.execute("INSERT INTO deck_new(id, name, preset_id, created_ms) SELECT id, name, preset_id, created_ms FROM deck")
    conn.execute("DROP TABLE deck")
    conn.execute("ALTER TABLE deck_new RENAME TO deck")


def test_real_upgrades_reach_the_current_schema(old: Path) -> None:
    read_all(old)
    assert _version(old) == schema.SCHEMA_VERSION
    db = sqlite3.connect(old)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_schema_3_has_no_time_index_and_time_queries_still_use_one(old: Path) -> None:
    from studyapp.store.version import any_review

    read_all(old)  # upgrades 1 → current
    db = sqlite3.connect(old)
    indices = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review'")}
    assert "ix_review_time" not in indices and {"ix_review_stats", "ix_review_card"} <= indices
    plan = " ".join(row[-1] for row in db.execute(
        f"EXPLAIN QUERY PLAN SELECT count(*) FROM review WHERE {any_review()} AND reviewed_ms >= 0"))
    assert "ix_review_stats" in plan and "SCAN review" not in plan
    db.close()


def test_upgrade_runs_every_step_and_keeps_the_data(old: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = read_all(old)  # (at the real current schema from here on)
    backups_before = {b.path for b in list_backups(old)}
    target = _bump(monkeypatch, _add_column, _rebuild_deck_table)
    after = read_all(old)
    assert after == before  # every card and review survived the table rebuild
    db = sqlite3.connect(old)
    assert db.execute("PRAGMA user_version").fetchone()[0] == target
    reviewing = db.execute("SELECT count(*) FROM card WHERE state = 2").fetchone()[0]
    assert reviewing > 0 and db.execute("SELECT count(*) FROM card WHERE flag = 1").fetchone()[0] == reviewing
    assert "colour" in [r[1] for r in db.execute("PRAGMA table_info(deck)")]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    # The file as it was before the upgrade was backed up first.
    (backup,) = {b.path for b in list_backups(old)} - backups_before
    assert _version(backup) == target - 2


def test_failing_step_leaves_the_file_as_it_was(old: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = read_all(old)
    current = _version(old)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM review")
        raise RuntimeError("bug in the last step")

    with monkeypatch.context() as m:
        target = _bump(m, _add_column, broken)
        with pytest.raises(CollectionError, match=rf"cannot upgrade .*schema {target}.*bug in the last step.*unchanged") as err:
            Collection.open(old)
        assert "\n" not in str(err.value)
    assert _version(old) == current
    db = sqlite3.connect(old)
    assert "flag" not in [r[1] for r in db.execute("PRAGMA table_info(card)")]  # the first step rolled back too
    db.close()
    assert read_all(old) == before  # readable by the version that wrote it


def test_a_failing_upgrade_from_the_stored_schema_1_file_changes_nothing(old: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real upgrades and a failing one run in one transaction: the file stays at schema 1."""

    def boom(conn: sqlite3.Connection) -> None:
        raise RuntimeError("boom")

    with monkeypatch.context() as m:
        _bump(m, boom)
        with pytest.raises(CollectionError, match="boom"):
            Collection.open(old)
    assert _version(old) == 1
    assert read_all(old)["reviews"] == EXPECTED_REVIEWS


def test_missing_step_is_refused_without_writing(old: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = schema.SCHEMA_VERSION
    monkeypatch.setattr("studyapp.store.database.SCHEMA_VERSION", base + 1)
    monkeypatch.delitem(MIGRATIONS, base, raising=False)
    with pytest.raises(CollectionError, match=f"cannot upgrade a collection from schema {base}"):
        Collection.open(old)
    assert _version(old) == 1
    monkeypatch.undo()
    assert read_all(old)["decks"] == ["Politics", "World news"]


def test_step_breaking_references_is_rolled_back(old: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def orphan_cards(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM deck WHERE name = 'Politics'")  # no cascade: foreign keys are off

    before = read_all(old)
    with monkeypatch.context() as m:
        _bump(m, orphan_cards)
        with pytest.raises(CollectionError, match="broken references"):
            Collection.open(old)
    assert read_all(old) == before


def test_migrate_rechecks_the_version_inside_its_transaction(old: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes opening an old file at once: the second finds it upgraded and does nothing."""
    calls = []
    monkeypatch.setitem(MIGRATIONS, 1, lambda conn: calls.append(1) or _add_column(conn))
    db = sqlite3.connect(old, isolation_level=None)
    migrate(db, 1, 2)
    migrate(db, 1, 2)  # as if it had read version 1 before the other process committed
    assert calls == [1]
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 0  # restored as it was
    db.close()


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURE
    if target.exists():
        raise SystemExit(f"{target} exists; the schema-1 fixture must never be regenerated")
    make_fixture(target)
    print(f"wrote {target} ({target.stat().st_size} bytes)")
