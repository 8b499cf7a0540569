"""Launch time of the desktop app: ``xvfb-run -a python bench/startup_bench.py [--cards 20000] [--runs 7]``.

Builds a collection of N cards once, then R times starts the app the way the ``studyapp``
command does (a fresh Python process) and measures the wall time from starting the process
until the main window is exposed on the screen, and until the deck list is drawn.
Prints the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
state = {}
def poll():
    from studyapp.gui.mainwindow import MainWindow
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.windowHandle() is not None and w.windowHandle().isExposed():
            if "shown" not in state:
                state["shown"] = time.time()
                print("shown", state["shown"], flush=True)
            if w.pages.currentWidget() is w.deck_list and w.deck_list.table.rowCount() > 0:
                print("decks", time.time(), flush=True)
                app.quit()
                return
    QTimer.singleShot(1, poll)
QTimer.singleShot(0, poll)
from studyapp.cli import main
main(["--data-dir", sys.argv[1]])
"""


def build(folder: Path, cards: int) -> None:
    from studyapp import Collection

    with Collection.open(folder / "collection.sqlite3") as col:
        for d in range(4):
            deck = col.create_deck(f"Deck {d + 1}")
            col.add_cards(deck, ((f"question {d}-{i}", f"answer {i}") for i in range(cards // 4)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cards", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        sys.exit("run under xvfb-run (a real X display), e.g. xvfb-run -a python bench/startup_bench.py")
    folder = Path(tempfile.mkdtemp())
    build(folder, a.cards)
    shown, decks = [], []
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    for _ in range(a.runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, env=env, timeout=60)
        lines = dict(line.split() for line in out.stdout.splitlines() if line.split()[0] in ("shown", "decks"))
        if "shown" not in lines:
            sys.exit(f"the app did not show a window: {out.stderr[-500:]}")
        shown.append(float(lines["shown"]) - start)
        decks.append(float(lines["decks"]) - start)
    print(f"{a.cards} cards, {a.runs} launches")
    print(f"window visible: median {statistics.median(shown):.3f} s (min {min(shown):.3f})")
    print(f"deck list drawn: median {statistics.median(decks):.3f} s (min {min(decks):.3f})")


if __name__ == "__main__":
    main()
