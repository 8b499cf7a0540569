"""Backups: online copies that are valid collections, automatic ones after open, rotation, restore."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from studyapp import Collection, Rating
from studyapp.errors import CollectionError, CorruptCollectionError
from studyapp.store.backup import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    backup_dir,
    backup_due,
    backups_to_keep,
    create_backup,
    list_backups,
    newest_usable_backup,
    restore_backup,
    set_aside,
    thin_backups,
)

NOW = datetime(2026, 11, 27, 18, 30, tzinfo=timezone.utc)


def make_collection(path: Path, n_cards: int = 3, n_answers: int = 2) -> list[int]:
    with Collection.open(path, auto_backup=False) as col:
        deck = col.create_deck("World news")
        ids = col.add_cards(deck, [(f"Who said {i}?", f"Person {i}") for i in range(n_cards)])
        for card_id in ids[:n_answers]:
            col.answer(card_id, Rating.GOOD, duration_ms=1000)
    return ids


def snapshot(path: Path) -> tuple[list[str], int, int]:
    with Collection.open(path, auto_backup=False) as col:
        return [d.name for d in col.decks()], col.card_count(), col.review_count()


def damage_an_index(path: Path) -> None:
    """Make ix_review_stats disagree with its table: quick_check passes, integrity_check does not."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA writable_schema = ON")
    db.execute("UPDATE sqlite_master SET sql = replace(sql, '(state_before, rating,', '(rating, state_before,') WHERE name = 'ix_review_stats'")
    db.execute("PRAGMA writable_schema = OFF")
    db.close()


def test_a_backup_is_a_valid_collection_with_the_same_content(col_path: Path) -> None:
    make_collection(col_path)
    info = create_backup(col_path, now=NOW)
    assert info.path == backup_dir(col_path) / "collection-2026-11-27T18-30-00Z.sqlite3"
    assert backup_dir(col_path) == col_path.parent / "backups"
    assert info.time == NOW and info.cards == 3 and info.size == info.path.stat().st_size > 0
    db = sqlite3.connect(info.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained: no -wal beside it
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert snapshot(info.path) == snapshot(col_path) == (["World news"], 3, 2)
    assert sorted(p.name for p in backup_dir(col_path).iterdir() if not p.name.startswith("collection-2026-11-27T18-30-00Z.sqlite3-")) == [
        "collection-2026-11-27T18-30-00Z.sqlite3"
    ]


def test_backup_while_another_process_is_writing_takes_the_committed_state(col_path: Path) -> None:
    make_collection(col_path)
    writer = sqlite3.connect(col_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM review")  # not committed while the backup runs
    t = time.perf_counter()
    info = create_backup(col_path, now=NOW)
    assert time.perf_counter() - t < 5  # did not wait for the writer
    writer.execute("COMMIT")
    writer.close()
    assert snapshot(info.path)[2] == 2
    assert snapshot(col_path)[2] == 0


def test_backups_in_the_same_second_get_distinct_names_and_list_newest_first(col_path: Path) -> None:
    make_collection(col_path)
    a = create_backup(col_path, now=NOW - timedelta(hours=2), thin=False)
    b = create_backup(col_path, now=NOW, thin=False)
    c = create_backup(col_path, now=NOW, thin=False)
    assert c.path.name == "collection-2026-11-27T18-30-00Z-1.sqlite3"
    # Unrelated files and other collections' backups are not listed.
    (backup_dir(col_path) / "notes.txt").write_text("x")
    (backup_dir(col_path) / "other-2026-11-27T18-30-00Z.sqlite3").write_bytes(b.path.read_bytes())
    (backup_dir(col_path) / ".collection-2026-11-27T19-00-00Z.1.1.partial").write_bytes(b"half")
    listed = list_backups(col_path)
    assert [i.path for i in listed] == [c.path, b.path, a.path]
    assert [i.cards for i in listed] == [3, 3, 3]
    assert list_backups(col_path, count_cards=False)[0].cards is None
    assert list_backups(col_path.parent / "missing" / "collection.sqlite3") == []


def test_create_backup_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CollectionError, match="no such collection file"):
        create_backup(tmp_path / "collection.sqlite3")


def test_backup_check_keeps_a_damaged_copy_aside_and_lists_it_not(col_path: Path) -> None:
    make_collection(col_path)
    good = create_backup(col_path, now=NOW - timedelta(days=3))
    damage_an_index(col_path)
    with pytest.raises(CorruptCollectionError) as err:
        create_backup(col_path, now=NOW, check=True)
    assert "\n" not in str(err.value)
    assert err.value.newest_backup is not None and err.value.newest_backup.path == good.path
    assert [i.path for i in list_backups(col_path)] == [good.path]
    assert (backup_dir(col_path) / "collection-2026-11-27T18-30-00Z.sqlite3.damaged").exists()


# ---------------------------------------------------------------------------- automatic backups
def test_no_backup_when_a_collection_is_created(col_path: Path) -> None:
    col = Collection.open(col_path)
    col.create_deck("D")
    col.close()
    assert col.background.done() and col.background.backup is None
    assert list_backups(col_path) == []


def test_opening_backs_up_when_due_and_not_again_within_30_minutes(col_path: Path) -> None:
    make_collection(col_path)
    with Collection.open(col_path) as col:
        assert col.background.wait(30)
        first = col.background.backup
        assert first is not None and col.background.checked and col.background.problem is None
        col.answer(col.cards()[2].id, Rating.EASY)
    assert [i.path for i in list_backups(col_path)] == [first.path]
    assert snapshot(first.path) == (["World news"], 3, 2)  # the state at open
    with Collection.open(col_path) as col:  # changed, but the newest backup is seconds old
        assert col.background.wait(30)
        assert col.background.backup is None and col.background.checked and col.background.problem is None
    assert len(list_backups(col_path)) == 1


def test_backup_due_rules(col_path: Path) -> None:
    make_collection(col_path)
    assert backup_due(col_path)  # no backup yet
    create_backup(col_path, now=NOW - timedelta(minutes=31))
    os.utime(col_path, (NOW.timestamp(), NOW.timestamp()))
    assert backup_due(col_path, now=NOW)
    assert not backup_due(col_path, now=NOW - timedelta(minutes=2))  # only 29 minutes old
    old = (NOW - timedelta(hours=1)).timestamp()
    os.utime(col_path, (old, old))  # unchanged since the backup: nothing to save
    assert not backup_due(col_path, now=NOW)


def test_background_job_reports_damage_and_keeps_old_backups(col_path: Path) -> None:
    make_collection(col_path)
    old = create_backup(col_path, now=datetime.now(timezone.utc) - timedelta(days=2))
    damage_an_index(col_path)
    with Collection.open(col_path) as col:  # the cheap open-time checks pass
        assert col.background.wait(30)
        assert col.background.problem is not None and "damaged" in col.background.problem
        assert col.background.backup is None
    assert [i.path for i in list_backups(col_path)] == [old.path]


def test_quick_check_after_open_reports_damage(col_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("studyapp.store.integrity.QUICK_CHECK_ON_OPEN_BYTES", 0)  # as for a big file
    make_collection(col_path, n_cards=2000, n_answers=0)
    create_backup(col_path)  # recent: no backup due, so the job runs quick_check
    db = sqlite3.connect(col_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    # A leaf page in the middle of the card table (the open-time checks read only its ends).
    leaves = [r[0] for r in db.execute("SELECT pageno FROM dbstat WHERE name = 'card' AND pagetype = 'leaf' ORDER BY path")]
    db.close()
    assert len(leaves) > 10
    with col_path.open("r+b") as fh:
        fh.seek((leaves[len(leaves) // 2] - 1) * page_size + 8)
        fh.write(b"\xff\xf0" * 8)  # scrambled cell pointers
    with pytest.raises(CorruptCollectionError):  # a small file gets the full quick_check on open
        with monkeypatch.context() as m:
            m.setattr("studyapp.store.integrity.QUICK_CHECK_ON_OPEN_BYTES", 1 << 30)
            Collection.open(col_path)
    with Collection.open(col_path) as col:  # a big one passes the cheap checks
        assert col.background.wait(30)
        assert col.background.checked
        assert col.background.problem is not None and "damaged" in col.background.problem


def test_a_check_stops_when_asked(col_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from studyapp.store.integrity import full_check

    make_collection(col_path, n_cards=5000, n_answers=0)
    db = sqlite3.connect(col_path)
    with pytest.raises(sqlite3.OperationalError, match="interrupt"):
        full_check(db, quick=False, should_stop=lambda: True)
    assert full_check(db, quick=False, should_stop=lambda: False) is None  # the handler is removed again
    db.close()
    # close() right after open stops the background check and returns at once.
    monkeypatch.setattr("studyapp.store.integrity.QUICK_CHECK_ON_OPEN_BYTES", 0)
    create_backup(col_path)
    col = Collection.open(col_path)
    t = time.perf_counter()
    col.close()
    assert time.perf_counter() - t < 1.0 and col.background.done()


def test_collection_backup_method_and_listing(col: Collection) -> None:
    deck = col.create_deck("D")
    col.add_cards(deck, [("a", "b")])
    info = col.backup()
    assert info.cards == 1
    assert [i.path for i in col.backups()] == [info.path]


# ---------------------------------------------------------------------------- rotation
def test_rotation_keeps_recent_daily_weekly_monthly(tz: str) -> None:
    # One backup every 6 hours for 400 days.
    times = [NOW - timedelta(hours=6 * i) for i in range(400 * 4)]
    keep = backups_to_keep(times, now=NOW)
    assert NOW in keep
    recent = {t for t in times if NOW - t < timedelta(hours=24)}
    assert recent <= keep and len(recent) == 4
    older = sorted(keep - recent, reverse=True)
    days = {t.astimezone().date() for t in older}
    weeks = {t.astimezone().isocalendar()[:2] for t in older}
    months = {(t.astimezone().year, t.astimezone().month) for t in older}
    assert len(older) == len(days)  # at most one per day beyond the last 24 hours
    assert len(days) >= KEEP_DAILY and len(weeks) >= KEEP_WEEKLY and len(months) == KEEP_MONTHLY
    assert len(keep) <= 4 + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    # The oldest kept is about nine months back; the 12 days before NOW's day each have one.
    assert NOW - min(keep) > timedelta(days=8 * 30)
    for d in range(1, KEEP_DAILY):
        day = (NOW - timedelta(days=d)).astimezone().date()
        assert day in days or any(t.astimezone().date() == day for t in recent)


def test_rotation_never_drops_the_newest_and_keeps_all_recent() -> None:
    old = [NOW - timedelta(days=400 + i) for i in range(3)]
    assert NOW - timedelta(days=400) in backups_to_keep(old, now=NOW)
    burst = [NOW - timedelta(minutes=30 * i) for i in range(48)]
    assert backups_to_keep(burst, now=NOW) == set(burst)
    assert backups_to_keep([], now=NOW) == set()


def test_thin_backups_deletes_only_rotated_backup_files(col_path: Path) -> None:
    make_collection(col_path)
    folder = backup_dir(col_path)
    made = [create_backup(col_path, now=NOW - timedelta(days=i), thin=False).path for i in range(40)]
    (folder / "keep-me.txt").write_text("mine")
    deleted = thin_backups(col_path, now=NOW)
    left = {i.path for i in list_backups(col_path, count_cards=False)}
    assert left | set(deleted) == set(made) and not left & set(deleted)
    assert made[0] in left and len(left) < len(made)
    assert (folder / "keep-me.txt").read_text() == "mine"
    assert thin_backups(col_path, now=NOW) == []  # stable


def test_automatic_backup_rotates(col_path: Path) -> None:
    make_collection(col_path)
    for i in range(30):
        create_backup(col_path, now=datetime.now(timezone.utc) - timedelta(days=i + 1), thin=False)
    with Collection.open(col_path) as col:
        col.background.wait(30)
        assert col.background.backup is not None
    assert len(list_backups(col_path, count_cards=False)) < 31


# ---------------------------------------------------------------------------- restoring
def test_restore_keeps_the_current_file_aside_with_its_log(col_path: Path) -> None:
    ids = make_collection(col_path)
    backup = create_backup(col_path, now=NOW)
    col = Collection.open(col_path, auto_backup=False)
    col.answer(ids[2], Rating.AGAIN)  # in the write-ahead log only, while the file is open
    col.create_deck("After the backup")
    wal_before = Path(str(col_path) + "-wal")
    assert wal_before.exists() and wal_before.stat().st_size > 0
    # The app must be closed to restore; simulate a crash by not closing the collection properly:
    # copy the on-disk state as it is now (file + log) to compare with what is kept aside.
    col.close()
    before = snapshot(col_path)
    aside = restore_backup(col_path, backup.path, now=NOW + timedelta(hours=1))
    assert aside == col_path.parent / "collection-replaced-2026-11-27T19-30-00Z.sqlite3"
    assert snapshot(aside) == before == (["After the backup", "World news"], 3, 3)
    assert snapshot(col_path) == (["World news"], 3, 2)
    with Collection.open(col_path) as restored:  # usable, in WAL mode again
        restored.answer(ids[2], Rating.GOOD)
        assert restored._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert backup.path.exists()  # the backup itself is untouched


def test_restore_with_uncheckpointed_log_moves_the_log_aside(col_path: Path) -> None:
    ids = make_collection(col_path)
    backup = create_backup(col_path, now=NOW)
    # A process that dies with answers in the log (no checkpoint on close).
    code = (
        "import os, sys; from studyapp import Collection, Rating\n"
        f"col = Collection.open({str(col_path)!r}, auto_backup=False)\n"
        f"col.answer({ids[2]}, Rating.AGAIN); col.create_deck('Only in the log')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert Path(str(col_path) + "-wal").stat().st_size > 0
    aside = restore_backup(col_path, backup.path, now=NOW)  # a sound file: its log is checkpointed first
    assert aside is not None and not Path(str(col_path) + "-wal").exists()
    assert snapshot(aside)[0] == ["Only in the log", "World news"]
    assert snapshot(col_path) == (["World news"], 3, 2)


def test_set_aside_takes_the_log_along(col_path: Path) -> None:
    ids = make_collection(col_path)
    code = (
        "import os; from studyapp import Collection, Rating\n"
        f"col = Collection.open({str(col_path)!r}, auto_backup=False)\n"
        f"col.answer({ids[2]}, Rating.AGAIN); col.create_deck('Only in the log')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert Path(str(col_path) + "-wal").stat().st_size > 0
    aside = set_aside(col_path, "damaged", now=NOW)
    assert aside is not None and Path(str(aside) + "-wal").stat().st_size > 0
    assert not col_path.exists() and not Path(str(col_path) + "-wal").exists()
    assert snapshot(aside)[0] == ["Only in the log", "World news"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(col_path: Path) -> None:
    make_collection(col_path)
    backup = create_backup(col_path, now=NOW)
    data = bytearray(backup.path.read_bytes())
    data[: len(data) // 2] = bytes(len(data) // 2)
    backup.path.write_bytes(bytes(data))
    before = col_path.read_bytes()
    with pytest.raises(CollectionError, match="cannot restore"):
        restore_backup(col_path, backup.path)
    assert col_path.read_bytes() == before
    assert sorted(p.name for p in col_path.parent.iterdir() if p.is_file()) == ["collection.sqlite3"]
    with pytest.raises(CollectionError, match="no such file"):
        restore_backup(col_path, col_path.parent / "nope.sqlite3")


def test_restore_into_a_missing_collection_and_set_aside(col_path: Path) -> None:
    make_collection(col_path)
    backup = create_backup(col_path, now=NOW)
    aside = set_aside(col_path, "damaged", now=NOW)
    assert aside is not None and aside.name == "collection-damaged-2026-11-27T18-30-00Z.sqlite3"
    assert not col_path.exists()
    assert set_aside(col_path) is None
    assert restore_backup(col_path, backup.path) is None
    assert snapshot(col_path) == snapshot(aside)


def test_newest_usable_backup_skips_damaged_ones(col_path: Path) -> None:
    make_collection(col_path)
    older = create_backup(col_path, now=NOW - timedelta(days=1))
    newer = create_backup(col_path, now=NOW)
    newer.path.write_bytes(b"garbage" * 100)
    found = newest_usable_backup(col_path)
    assert found is not None and found.path == older.path and found.cards == 3
    older.path.unlink()
    assert newest_usable_backup(col_path) is None


def test_backup_names_sort_by_time(col_path: Path) -> None:
    make_collection(col_path)
    stamps = [NOW - timedelta(days=40), NOW - timedelta(hours=1, seconds=1), NOW]
    names = [create_backup(col_path, now=t, thin=False).path.name for t in stamps]
    assert names == sorted(names)
    assert all(re.fullmatch(r"collection-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite3", n) for n in names)
