"""The studyapp command: subcommands, the data folder, and one-line errors with a non-zero exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp import Collection, Rating, __version__
from studyapp.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studyapp", *args], capture_output=True, text=True, timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"studyapp {__version__}"


def test_data_dir_flag_and_environment(tmp_path: Path) -> None:
    flag_dir, env_dir = tmp_path / "flag", tmp_path / "env"
    with Collection.open(flag_dir / "collection.sqlite3") as col:
        col.create_deck("From flag")
    with Collection.open(env_dir / "collection.sqlite3") as col:
        col.create_deck("From env")
    r = run("--data-dir", str(flag_dir), "decks", env={"STUDYAPP_DATA_DIR": str(env_dir)})
    assert "From flag" in r.stdout and "From env" not in r.stdout
    r = run("decks", env={"STUDYAPP_DATA_DIR": str(env_dir)})
    assert "From env" in r.stdout


def test_decks_and_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Collection.open(tmp_path / "collection.sqlite3") as col:
        deck = col.create_deck("World news")
        ids = col.add_cards(deck, [(f"q{i}", "a") for i in range(3)])
        col.answer(ids[0], Rating.GOOD)
    assert main(["--data-dir", str(tmp_path), "decks", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"id": deck.id, "name": "World news", "new": 2, "learning": 1, "review": 0, "cards": 3}]
    assert main(["--data-dir", str(tmp_path), "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["cards"], stats["new"], stats["learning"], stats["reviews_today"]) == (3, 2, 1, 1)
    assert main(["--data-dir", str(tmp_path), "stats"]) == 0
    assert "Reviews today:    1" in capsys.readouterr().out


def test_empty_collection_tells_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "decks"]) == 0
    assert "No decks yet" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: (d / "collection.sqlite3").write_bytes(b"\x00\xff garbage" * 100), "not a studyapp collection"),
        (lambda d: (d / "collection.sqlite3").mkdir(), "is a folder"),
    ],
)
def test_bad_collection_is_one_line_and_non_zero(tmp_path: Path, setup, message: str) -> None:
    setup(tmp_path)
    r = run("--data-dir", str(tmp_path), "stats")
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and message in r.stderr and "Traceback" not in r.stderr
    assert r.stdout == ""


def test_unknown_deck_is_one_line(tmp_path: Path) -> None:
    r = run("--data-dir", str(tmp_path), "stats", "--deck", "Nope")
    assert r.returncode == 1 and r.stderr.strip() == "studyapp: error: no deck 'Nope'"


def test_missing_article_is_one_line(tmp_path: Path) -> None:
    r = run("extract", str(tmp_path / "missing.txt"))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_bad_usage_exits_2() -> None:
    r = run("stats", "--bogus")
    assert r.returncode == 2 and "unrecognized arguments" in r.stderr
