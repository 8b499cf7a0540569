"""Damaged collection files: refused on open with CorruptCollectionError, never touched, restorable.

Every case starts from the same small collection (with one backup), damages a copy, and
checks that opening either refuses it with one clear line naming the newest backup (and
leaves the bytes exactly as they were), or opens a collection that reads back intact.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from studyapp import Collection, Rating
from studyapp.errors import CollectionError, CorruptCollectionError, StudyappError
from studyapp.store.backup import create_backup, list_backups, restore_backup
from studyapp.store.integrity import header_problem

N_DECKS, N_CARDS, N_ANSWERS = 3, 150, 60


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkpointed collection (~100 KB) with 3 decks, 450 cards, 180 reviews, and a backup."""
    folder = tmp_path_factory.mktemp("pristine")
    path = folder / "collection.sqlite3"
    with Collection.open(path, auto_backup=False) as col:
        for d in range(N_DECKS):
            deck = col.create_deck(f"Deck {d}")
            ids = col.add_cards(deck, [(f"Who said thing {i} in deck {d}?", f"Person {i}") for i in range(N_CARDS)])
            for card_id in ids[:N_ANSWERS]:
                col.answer(card_id, Rating.GOOD, duration_ms=500)
    create_backup(path)
    assert not Path(str(path) + "-wal").exists()
    return path


@pytest.fixture
def copy(pristine: Path, tmp_path: Path) -> Path:
    shutil.copytree(pristine.parent, tmp_path / "data")
    return tmp_path / "data" / "collection.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(path: Path) -> tuple[list[str], int, int]:
    with Collection.open(path, auto_backup=False) as col:
        return [d.name for d in col.decks()], col.card_count(), col.review_count()


INTACT = ([f"Deck {d}" for d in range(N_DECKS)], N_DECKS * N_CARDS, N_DECKS * N_ANSWERS)


def expect_refused(path: Path) -> CorruptCollectionError:
    """Opening refuses the file cleanly, names the backup, and writes nothing; restoring works."""
    before = digest(path)
    side_files = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(CorruptCollectionError) as info:
        Collection.open(path)
    err = info.value
    message = str(err)
    assert "\n" not in message and str(path) in message and "damaged" in message
    assert err.path == path
    assert err.newest_backup is not None and err.newest_backup.path == list_backups(path)[0].path
    assert err.newest_backup.cards == N_DECKS * N_CARDS
    assert digest(path) == before  # never written
    assert sorted(p.name for p in path.parent.iterdir()) == side_files  # nothing created beside it
    aside = restore_backup(path, err.newest_backup.path)
    assert aside is not None and digest(aside) == before  # the damaged file is kept aside, unchanged
    assert aside.name.startswith("collection-damaged-") or aside.name.startswith("collection-replaced-")
    assert content(path) == INTACT
    return err


def outcome(path: Path) -> str:
    """'refused' (checked as in expect_refused) or 'opened' (and then read back intact)."""
    try:
        Collection.open(path, auto_backup=False).close()
    except CorruptCollectionError:
        expect_refused(path)
        return "refused"
    return "opened"


# ---------------------------------------------------------------------------- truncation
TRUNCATE_AT = [1, 15, 16, 50, 99, 100, 101, 511, 512, 4095, 4096, 4097, 8192, "third", "half", "minus-page", "minus-1"]


@pytest.mark.parametrize("where", TRUNCATE_AT)
def test_truncated_file_is_refused(copy: Path, where: int | str) -> None:
    size = copy.stat().st_size
    cut = {"third": size // 3, "half": size // 2, "minus-page": size - 4096, "minus-1": size - 1}.get(where, where)
    assert isinstance(cut, int) and 0 < cut < size
    with copy.open("r+b") as fh:
        fh.truncate(cut)
    expect_refused(copy)


def test_empty_file_with_backups_is_refused(copy: Path) -> None:
    copy.write_bytes(b"")
    err = expect_refused(copy)
    assert "empty" in str(err)
    assert [p.name.split("-")[1] for p in copy.parent.glob("collection-*.sqlite3")] == ["damaged"]


def test_truncated_file_is_kept_aside_as_damaged(copy: Path) -> None:
    with copy.open("r+b") as fh:
        fh.truncate(copy.stat().st_size // 2)
    expect_refused(copy)
    assert [p.name.split("-")[1] for p in copy.parent.glob("collection-*.sqlite3")] == ["damaged"]


# ---------------------------------------------------------------------------- header and page 1
def _patch(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(data)


HEADER_DAMAGE: dict[str, Callable[[Path], None]] = {
    "header zeroed": lambda p: _patch(p, 0, bytes(100)),
    "page 1 zeroed": lambda p: _patch(p, 0, bytes(4096)),
    "magic changed": lambda p: _patch(p, 0, b"SQLite format 4\x00"),
    "page size 3": lambda p: _patch(p, 16, b"\x00\x03"),
    "page size 1024 (wrong)": lambda p: _patch(p, 16, b"\x04\x00"),
    "format version 9": lambda p: _patch(p, 18, b"\x09\x09"),
    "payload fractions": lambda p: _patch(p, 21, b"\x00\x00\x00"),
    "page count doubled": lambda p: _patch(p, 28, (2 * (p.stat().st_size // 4096)).to_bytes(4, "big")),
    "schema page garbage": lambda p: _patch(p, 100, random.Random(1).randbytes(3996)),
    "schema cell pointers": lambda p: _patch(p, 108, b"\xff\xff" * 8),
}


@pytest.mark.parametrize("damage", list(HEADER_DAMAGE))
def test_damaged_header_or_schema_page_is_refused(copy: Path, damage: str) -> None:
    HEADER_DAMAGE[damage](copy)
    expect_refused(copy)


def test_damaged_schema_sql_is_refused(copy: Path) -> None:
    db = sqlite3.connect(copy, isolation_level=None)
    db.execute("PRAGMA writable_schema = ON")
    db.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE card(' WHERE name = 'card'")
    db.close()
    expect_refused(copy)


def test_missing_table_is_refused(copy: Path) -> None:
    db = sqlite3.connect(copy, isolation_level=None)
    db.execute("DROP TABLE review")
    db.close()
    err = expect_refused(copy)
    assert "review" in str(err)


# ---------------------------------------------------------------------------- not SQLite at all
NOT_SQLITE = {
    "text": b"just some notes\n" * 100,
    "png": b"\x89PNG\r\n\x1a\n" + bytes(4000),
    "zip": b"PK\x03\x04" + bytes(4000),
    "random 4 KB": random.Random(2).randbytes(4096),
    "random 1 MB": random.Random(3).randbytes(1 << 20),
    "NUL bytes": bytes(8192),
    "one byte": b"S",
}


@pytest.mark.parametrize("kind", list(NOT_SQLITE))
def test_non_sqlite_file_is_refused(copy: Path, kind: str) -> None:
    copy.write_bytes(NOT_SQLITE[kind])
    expect_refused(copy)


# ---------------------------------------------------------------------------- random damage in pages
@pytest.mark.parametrize("seed", range(24))
def test_random_page_overwritten(copy: Path, seed: int) -> None:
    rnd = random.Random(seed)
    pages = copy.stat().st_size // 4096
    page = rnd.randrange(1, pages)  # any page but the first
    _patch(copy, page * 4096, rnd.randbytes(4096))
    expect_refused(copy)  # a whole page of noise never passes quick_check


@pytest.mark.parametrize("seed", range(40))
def test_random_bits_flipped(copy: Path, seed: int) -> None:
    rnd = random.Random(1000 + seed)
    data = bytearray(copy.read_bytes())
    for _ in range(rnd.randint(1, 32)):
        i = rnd.randrange(len(data))
        data[i] ^= 1 << rnd.randrange(8)
    copy.write_bytes(bytes(data))
    # Flips in free space or in text bytes can go unnoticed by any check (SQLite pages carry
    # no checksums); either way opening never raises anything but CorruptCollectionError.
    result = outcome(copy)
    assert result in ("refused", "opened")


# ---------------------------------------------------------------------------- write-ahead log
def _answer_in_log(path: Path) -> None:
    """Leave committed answers in the -wal, as a process killed before checkpointing does."""
    code = (
        "import os; from studyapp import Collection, Rating\n"
        f"col = Collection.open({str(path)!r}, auto_backup=False)\n"
        "d = col.create_deck('From the log')\n"
        "col.add_cards(d, [('q', 'a')])\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert Path(str(path) + "-wal").stat().st_size > 32


def test_garbage_wal_is_ignored(copy: Path) -> None:
    Path(str(copy) + "-wal").write_bytes(random.Random(4).randbytes(50_000))
    assert content(copy) == INTACT
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_torn_wal_keeps_the_frames_before_the_tear(copy: Path) -> None:
    _answer_in_log(copy)
    wal = Path(str(copy) + "-wal")
    data = wal.read_bytes()
    wal.write_bytes(data + random.Random(5).randbytes(3000))  # a torn, half-written frame at the end
    decks, cards, reviews = content(copy)
    assert decks == ["Deck 0", "Deck 1", "Deck 2", "From the log"] and cards == INTACT[1] + 1
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_wal_cut_mid_frame_loses_only_the_last_transaction(copy: Path) -> None:
    _answer_in_log(copy)
    wal = Path(str(copy) + "-wal")
    wal.write_bytes(wal.read_bytes()[:-100])  # the last commit frame is incomplete
    decks, cards, _ = content(copy)
    assert decks[:3] == INTACT[0] and cards in (INTACT[1], INTACT[1] + 1)
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_garbage_shm_is_rebuilt(copy: Path) -> None:
    _answer_in_log(copy)
    Path(str(copy) + "-shm").write_bytes(random.Random(6).randbytes(32768))
    assert content(copy)[0][-1] == "From the log"


# ---------------------------------------------------------------------------- not a file we can use
def test_a_directory_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "collection.sqlite3"
    folder.mkdir()
    with pytest.raises(CollectionError, match="is a folder") as info:
        Collection.open(folder)
    assert not isinstance(info.value, CorruptCollectionError)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can enter (tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="studyapp-perm-"))
    folder.chmod(0o777 if os.geteuid() == 0 else 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _open_as_other_user(path: Path) -> tuple[int, str]:
    """Open ``path`` in a forked child running as ``nobody`` (root ignores file permissions).

    Returns the child's exit status and what it reported: the error's class and message.
    """
    Collection.open(path.parent / "warm-up.sqlite3", auto_backup=False).close()  # load every lazy import first
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 3
        try:
            os.close(read_fd)
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            try:
                Collection.open(path, auto_backup=False).close()
                report, status = "opened", 0
            except StudyappError as exc:
                report, status = f"{type(exc).__name__} {exc}", 1
            except BaseException as exc:  # noqa: BLE001
                report, status = f"ESCAPED {type(exc).__name__} {exc}", 2
            os.write(write_fd, report.encode())
        finally:
            os._exit(status)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as fh:
        report = fh.read().decode()
    _, wait_status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(wait_status), report


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions")
@pytest.mark.parametrize("mode, message", [(0o000, "cannot read"), (0o444, "cannot write")])
def test_permission_denied_is_a_clear_error(pristine: Path, shared_dir: Path, mode: int, message: str) -> None:
    path = shared_dir / "collection.sqlite3"
    shutil.copy(pristine, path)
    path.chmod(mode)
    before = digest(path)
    status, report = _open_as_other_user(path)
    assert status == 1, report
    assert report.startswith("CollectionError ") and message in report and "\n" not in report
    assert digest(path) == before


def test_read_only_folder_is_a_clear_error(pristine: Path, shared_dir: Path) -> None:
    path = shared_dir / "collection.sqlite3"
    shutil.copy(pristine, path)
    path.chmod(0o666)
    shared_dir.chmod(0o555)
    status, report = _open_as_other_user(path)
    shared_dir.chmod(0o777)
    assert status == 1 and report.startswith("CollectionError ") and "cannot write" in report, report


def test_header_problem_accepts_a_sound_file(pristine: Path) -> None:
    assert header_problem(pristine) is None


def test_an_undamaged_copy_opens_complete(copy: Path) -> None:
    """The checks are not overcautious: the untouched copy opens, passes, and is complete."""
    with Collection.open(copy) as col:
        assert col.background.wait(30) and col.background.checked and col.background.problem is None
    assert content(copy) == INTACT


# ---------------------------------------------------------------------------- errors after open
def _errors_of(path: Path, sql: str, params: tuple[object, ...] = (), uri: bool = False) -> BaseException:
    db = sqlite3.connect(path, uri=uri, isolation_level=None, timeout=0.1)
    try:
        db.execute(sql, params).fetchall()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return exc
    finally:
        db.close()
    raise AssertionError(f"{sql} did not fail")


def _damage_middle_of_card_table(path: Path) -> None:
    db = sqlite3.connect(path)
    leaves = [r[0] for r in db.execute("SELECT pageno FROM dbstat WHERE name = 'card' AND pagetype = 'leaf' ORDER BY path")]
    db.close()
    _patch(path, (leaves[len(leaves) // 2] - 1) * 4096 + 8, b"\xff\xf0" * 8)


def test_translate_error_damage_names_the_backup(copy: Path) -> None:
    from studyapp.store.database import translate_error

    _damage_middle_of_card_table(copy)
    error = translate_error(copy, _errors_of(copy, "SELECT * FROM card"))
    assert isinstance(error, CorruptCollectionError) and error.newest_backup is not None and "\n" not in str(error)


def test_translate_error_text_that_is_not_utf8(copy: Path) -> None:
    from studyapp.store.database import translate_error

    db = sqlite3.connect(copy, isolation_level=None)
    db.execute("UPDATE card SET front = CAST(X'C328' AS TEXT) WHERE id = 7")
    db.close()
    error = translate_error(copy, _errors_of(copy, "SELECT front FROM card WHERE id = 7"))
    assert isinstance(error, CorruptCollectionError) and "UTF-8" in str(error)


def test_translate_error_busy_full_readonly_and_bugs(copy: Path) -> None:
    from studyapp.errors import CollectionBusyError
    from studyapp.store.database import translate_error

    holder = sqlite3.connect(copy, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")
    busy = translate_error(copy, _errors_of(copy, "BEGIN IMMEDIATE"))
    assert isinstance(busy, CollectionBusyError) and "another program" in str(busy)
    holder.execute("ROLLBACK")
    pages = holder.execute("PRAGMA page_count").fetchone()[0]
    holder.execute(f"PRAGMA max_page_count = {pages}")
    try:
        holder.execute("INSERT INTO meta(key, value) VALUES ('big', ?)", ("x" * 1_000_000,))
    except sqlite3.Error as exc:
        full = translate_error(copy, exc)
    holder.close()
    assert type(full) is CollectionError and "disk is full" in str(full)
    readonly = translate_error(copy, _errors_of(Path(f"file:{copy}?mode=ro"), "DELETE FROM meta", uri=True))
    assert type(readonly) is CollectionError and "read-only" in str(readonly)
    assert translate_error(copy, _errors_of(copy, "SELECT * FROM no_such_table")) is None  # a bug: let it raise
    assert translate_error(copy, ValueError("x")) is None


def test_damage_found_after_open_is_a_corrupt_collection_error(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("studyapp.store.integrity.QUICK_CHECK_ON_OPEN_BYTES", 0)  # as for a big file
    _damage_middle_of_card_table(copy)
    with Collection.open(copy, auto_backup=False) as col:
        with pytest.raises(CorruptCollectionError):
            col.cards()
