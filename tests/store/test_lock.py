"""One writer: the window lock across processes, and two processes writing one collection."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studyapp import Collection, Rating
from studyapp.errors import CollectionError, CollectionInUseError
from studyapp.store.backup import create_backup, restore_backup
from studyapp.store.lock import CollectionLock, lock_path

HOLD = r"""
import sys
from studyapp.store.lock import CollectionLock
lock = CollectionLock(sys.argv[1]).acquire(contact=sys.argv[2] if len(sys.argv) > 2 else None)
print("locked", flush=True)
sys.stdin.readline()          # hold until told
lock.release()
print("released", flush=True)
sys.stdin.readline()
"""


def start_holder(path: Path, *extra: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), *extra], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
    return proc


def test_second_window_is_refused_and_learns_who_holds_it(col_path: Path) -> None:
    holder = start_holder(col_path, "studyapp-window-42")
    try:
        with pytest.raises(CollectionInUseError) as err:
            CollectionLock(col_path).acquire()
        assert err.value.holder_pid == holder.pid
        assert err.value.contact == "studyapp-window-42"
        assert "already open in another studyapp window" in str(err.value) and "\n" not in str(err.value)
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_holder_releases_the_lock(col_path: Path) -> None:
    holder = start_holder(col_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path(col_path).exists()  # a stale file locks nobody out
    lock = CollectionLock(col_path).acquire()
    assert lock.held and lock.holder() == (os.getpid(), None)
    lock.release()
    assert not lock.held and lock.holder() == (None, None)
    lock.release()  # idempotent


def test_acquire_waits_for_a_release(col_path: Path) -> None:
    holder = start_holder(col_path)
    assert holder.stdin is not None and holder.stdout is not None
    with pytest.raises(CollectionInUseError):
        CollectionLock(col_path).acquire(timeout=0.2)
    t = time.monotonic()
    holder.stdin.write("\n")
    holder.stdin.flush()
    lock = CollectionLock(col_path).acquire(timeout=20)
    assert holder.stdout.readline() == "released\n"
    assert time.monotonic() - t < 20
    lock.release()
    holder.kill()
    holder.wait()


def test_the_lock_is_not_inherited_by_child_processes(col_path: Path) -> None:
    lock = CollectionLock(col_path).acquire()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock.release()
        other = CollectionLock(col_path).acquire()  # the still-running child does not hold it
        other.release()
    finally:
        child.kill()
        child.wait()


def test_two_lock_objects_in_one_process_conflict(col_path: Path) -> None:
    with CollectionLock(col_path):
        with pytest.raises(CollectionInUseError):
            CollectionLock(col_path).acquire()
    with CollectionLock(col_path) as again:
        assert again.held


def test_restore_is_refused_while_a_window_holds_the_collection(col_path: Path) -> None:
    with Collection.open(col_path, auto_backup=False) as col:
        col.create_deck("D")
    backup = create_backup(col_path)
    before = col_path.read_bytes()
    holder = start_holder(col_path)
    try:
        with pytest.raises(CollectionInUseError):
            restore_backup(col_path, backup.path)
    finally:
        holder.kill()
        holder.wait()
    assert col_path.read_bytes() == before
    assert restore_backup(col_path, backup.path) is not None  # once the window is gone


# ---------------------------------------------------------------------------- two writers
APP = r"""
import sys, time
from studyapp import Collection
col = Collection.open(sys.argv[1])
deck = col.deck("Shared")
with col._write() as db:          # a long write transaction (e.g. a big import)
    db.execute("INSERT INTO deck(name, preset_id, created_ms) VALUES ('From the app', 1, 0)")
    print("writing", flush=True)
    time.sleep(float(sys.argv[2]))
print("committed", flush=True)
sys.stdin.readline()              # stays open, as the GUI does
col.close()
"""

WRITER = r"""
import sys, time
from studyapp import Collection, Rating
t = time.monotonic()
with Collection.open(sys.argv[1]) as col:
    ids = col.add_cards(col.deck("Shared"), [("written while the app was open", "yes")])
    col.answer(ids[0], Rating.GOOD)
print(f"{time.monotonic() - t:.3f}", flush=True)
"""


def test_a_writer_waits_for_another_process_instead_of_failing(col_path: Path) -> None:
    with Collection.open(col_path, auto_backup=False) as col:
        deck = col.create_deck("Shared")
        col.add_cards(deck, [("q", "a")])
    hold_s = 3.0
    app = subprocess.Popen([sys.executable, "-c", APP, str(col_path), str(hold_s)], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None and app.stdin is not None
        assert app.stdout.readline() == "writing\n"
        started = time.monotonic()
        # A reader (the real CLI) is not blocked by the write in progress.
        decks = subprocess.run([sys.executable, "-m", "studyapp", "decks", "--json"], capture_output=True, text=True,
                               timeout=60, env={**os.environ, "STUDYAPP_DATA_DIR": str(col_path.parent)})
        assert decks.returncode == 0, decks.stderr
        assert '"Shared"' in decks.stdout and "From the app" not in decks.stdout  # not committed yet
        # A writer waits for the app's transaction, then succeeds.
        writer = subprocess.run([sys.executable, "-c", WRITER, str(col_path)], capture_output=True, text=True, timeout=60)
        assert writer.returncode == 0, writer.stderr
        waited = float(writer.stdout.strip())
        assert time.monotonic() - started >= hold_s * 0.9
        assert waited > 0.2  # it really had to wait for the lock
        assert app.stdout.readline() == "committed\n"
        app.stdin.write("\n")
        app.stdin.flush()
        assert app.wait(timeout=60) == 0, app.stderr.read() if app.stderr else ""
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    with Collection.open(col_path, auto_backup=False) as col:
        assert [d.name for d in col.decks()] == ["From the app", "Shared"]
        assert col.card_count() == 2 and col.review_count() == 1
        assert col.reviews()[0].rating == Rating.GOOD
    assert sqlite3.connect(col_path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_processes_answering_at_once_lose_nothing(col_path: Path) -> None:
    with Collection.open(col_path, auto_backup=False) as col:
        deck = col.create_deck("Shared")
        col.update_preset(deck, new_per_day=10_000)
        ids = col.add_cards(deck, [(f"q{i}", f"a{i}") for i in range(400)])
    code = r"""
import sys
from studyapp import Collection, Rating
with Collection.open(sys.argv[1]) as col:
    for card_id in range(int(sys.argv[2]), int(sys.argv[3])):
        col.answer(card_id, Rating.GOOD)
"""
    half = ids[0] + 200
    procs = [subprocess.Popen([sys.executable, "-c", code, str(col_path), str(a), str(b)], stderr=subprocess.PIPE, text=True)
             for a, b in ((ids[0], half), (half, ids[-1] + 1))]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with Collection.open(col_path, auto_backup=False) as col:
        assert col.review_count() == 400
        assert len({e.card_id for e in col.reviews()}) == 400
    assert sqlite3.connect(col_path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_import_waits_while_the_app_is_writing(col_path: Path) -> None:
    """The real ``studyapp import`` command, run while another process holds a write transaction."""
    article = Path(__file__).parent.parent / "data" / "bbc-2013-06-17-us-cool-on-north-korea-talks.txt"
    with Collection.open(col_path, auto_backup=False) as col:
        col.create_deck("Shared")
    hold_s = 3.0
    app = subprocess.Popen([sys.executable, "-c", APP, str(col_path), str(hold_s)], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None and app.stdin is not None
        assert app.stdout.readline() == "writing\n"
        started = time.monotonic()
        cli = subprocess.run([sys.executable, "-m", "studyapp", "--data-dir", str(col_path.parent), "import", str(article),
                              "--deck", "Imported"], capture_output=True, text=True, timeout=120)
        finished = time.monotonic() - started
        assert cli.returncode == 0, cli.stderr
        assert "Traceback" not in cli.stderr
        assert app.stdout.readline() == "committed\n"
        assert finished >= hold_s * 0.9  # it could only write once the app had committed
        app.stdin.write("\n")
        app.stdin.flush()
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    with Collection.open(col_path, auto_backup=False) as col:
        names = [d.name for d in col.decks()]
        assert "From the app" in names and "Imported" in names
        assert col.deck("Imported").id > col.deck("From the app").id  # written after the app's commit
        assert col.card_count(deck="Imported") > 0
    assert sqlite3.connect(col_path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_window_restores_its_own_collection_with_the_lock_it_holds(col_path: Path) -> None:
    with Collection.open(col_path, auto_backup=False) as col:
        col.create_deck("Before")
    backup = create_backup(col_path)
    lock = CollectionLock(col_path).acquire(contact="window-1")
    with Collection.open(col_path, auto_backup=False) as col:
        col.create_deck("After")
    with pytest.raises(CollectionInUseError):  # without its lock, even this process is refused
        restore_backup(col_path, backup.path)
    with pytest.raises(CollectionError, match="lock given is for"):
        restore_backup(col_path, backup.path, lock=CollectionLock(col_path.parent / "other.sqlite3"))
    assert restore_backup(col_path, backup.path, lock=lock) is not None
    assert lock.held and lock.holder() == (os.getpid(), "window-1")  # still ours: nobody slipped in
    holder = subprocess.run([sys.executable, "-c", HOLD, str(col_path)], input="\n\n", capture_output=True, text=True, timeout=60)
    assert holder.returncode == 1 and "CollectionInUseError" in holder.stderr
    lock.release()
    with Collection.open(col_path, auto_backup=False) as col:
        assert [d.name for d in col.decks()] == ["Before"]
