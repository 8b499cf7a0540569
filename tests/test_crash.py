"""Crash-proof answers: a process answering cards is killed with SIGKILL again and again.

The child opens the collection (which also starts the automatic backup), then answers cards
in a loop through ``Collection.answer`` and prints each review id after ``answer`` returns.
The test kills it at random moments — during start-up and open, during answers, during a
backup — and restarts it, at least 20 times. Afterwards every acknowledged answer must be in
the review log, the file must pass ``PRAGMA integrity_check``, and every backup must be a
valid collection.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studyapp import Collection
from studyapp.store.backup import backup_problem, list_backups

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = 24
CHILD = r"""
import random, sys
from studyapp import Collection, Rating

col = Collection.open(sys.argv[1])
rnd = random.Random(int(sys.argv[2]))
print("ready", flush=True)
while True:
    card = col.next_card()
    if card is None:
        print("done", flush=True)
        break
    col.answer(card.id, rnd.choice([Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY]), duration_ms=rnd.randrange(500, 9000))
    review_id = col.reviews(card_id=card.id)[-1].id
    print(review_id, flush=True)
"""


def test_sigkill_never_loses_an_acknowledged_answer(tmp_path: Path) -> None:
    path = tmp_path / "collection.sqlite3"
    with Collection.open(path, auto_backup=False) as col:
        deck = col.create_deck("Crash")
        col.update_preset(deck, new_per_day=100_000, reviews_per_day=100_000)
        col.add_cards(deck, [(f"question {i}", f"answer {i}") for i in range(20_000)])
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    rnd = random.Random(20261127)
    acknowledged: list[int] = []
    kills = during_startup = 0
    started = time.monotonic()
    for attempt in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path), str(attempt)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        assert proc.stdout is not None
        if attempt % 4 == 3:
            # Kill somewhere in interpreter start-up, open, the checks or the backup.
            time.sleep(rnd.uniform(0.2, 0.7))
            during_startup += 1
        else:
            line = proc.stdout.readline()
            assert line == "ready\n", (line, proc.stderr.read() if proc.stderr else "")
            time.sleep(rnd.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, (proc.returncode, err)  # it did not stop on its own
        assert "Traceback" not in err, err
        kills += 1
        acknowledged += [int(x) for x in out.split() if x.isdigit()]
    elapsed = time.monotonic() - started

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    logged = {row[0] for row in db.execute("SELECT id FROM review")}
    db.close()
    lost = [r for r in acknowledged if r not in logged]
    print(f"\n{kills} kills ({during_startup} during start-up/open), {len(acknowledged)} answers acknowledged, "
          f"{len(logged)} in the log, {len(lost)} lost, {elapsed:.1f} s")
    assert kills >= 20
    assert len(acknowledged) > 100  # the children really answered
    assert len(set(acknowledged)) == len(acknowledged)
    assert lost == []
    # The collection opens cleanly, answers are consistent with the cards, backups are sound.
    with Collection.open(path, auto_backup=False) as col:
        assert col.review_count() == len(logged)
        answered = {e.card_id for e in col.reviews()}
        assert all(col.card(card_id).memory.last_review_ms is not None for card_id in list(answered)[:200])
    assert list_backups(path)  # the automatic backup ran in at least one of the children
    for backup in list_backups(path):
        assert backup_problem(backup.path, full=True) is None, backup.path
    assert not [p for p in path.parent.iterdir() if p.name.startswith("collection-") and p.suffix == ".sqlite3"]


RESTORER = r"""
import sys
from studyapp.store.backup import create_backup, restore_backup
path, a, b = sys.argv[1:4]
print("ready", flush=True)
i = 0
while True:
    restore_backup(path, a if i % 2 == 0 else b)
    create_backup(path, thin=False)
    i += 1
    print(i, flush=True)
"""


def test_sigkill_during_restore_and_backup_leaves_a_whole_collection(tmp_path: Path) -> None:
    """Restores and backups killed at random moments: the collection path always holds one
    whole collection (before or after), every backup listed is sound, nothing is lost aside."""
    from studyapp.store.backup import create_backup

    path = tmp_path / "collection.sqlite3"
    sources = []
    for name in ("A", "B"):
        with Collection.open(path, auto_backup=False) as col:
            for existing in col.decks():
                col.delete_deck(existing)
            deck = col.create_deck(name)
            col.add_cards(deck, [(f"{name} question {i}", "answer") for i in range(3000)])
        sources.append(create_backup(path, thin=False).path.rename(tmp_path / f"{name}.sqlite3"))
    script = tmp_path / "restorer.py"
    script.write_text(RESTORER)
    rnd = random.Random(7)
    rounds = 0
    for attempt in range(10):
        proc = subprocess.Popen([sys.executable, str(script), str(path), *map(str, sources)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        time.sleep(rnd.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        rounds += len(out.split())
        with Collection.open(path, auto_backup=False) as col:  # a whole collection, A or B
            names = [d.name for d in col.decks()]
            assert names in (["A"], ["B"]) and col.card_count() == 3000, names
    print(f"\n10 kills during restore/backup loops, {rounds} restores completed, "
          f"{len(list_backups(path))} backups, all sound")
    assert rounds > 5
    for backup in list_backups(path):
        assert backup_problem(backup.path, full=True) is None, backup.path
    kept = sorted(path.parent.glob("collection-replaced-*.sqlite3"))
    assert len(kept) >= rounds
    for aside in kept[:: max(1, len(kept) // 10)]:
        assert backup_problem(aside) is None, aside
