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


def test_import_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import SEED_ARTICLE

    data = ["--data-dir", str(tmp_path)]
    assert main([*data, "import", str(SEED_ARTICLE), "--deck", "Asia"]) == 0
    out = capsys.readouterr().out
    assert "'US cool on North Korea talks offer'" in out and "cards into 'Asia'" in out
    assert main([*data, "import", str(SEED_ARTICLE)]) == 0
    assert "already in the collection" in capsys.readouterr().out
    for fmt in ("json", "apkg", "csv"):
        assert main([*data, "export", str(tmp_path / f"out.{fmt}")]) == 0
        assert (tmp_path / f"out.{fmt}").stat().st_size > 0
    assert main([*data, "import", str(tmp_path / "out.json"), "--deck", "Copy"]) == 0
    assert "into 'Copy'" in capsys.readouterr().out


def test_import_reports_each_failure_and_goes_on(tmp_path: Path) -> None:
    from tests.conftest import SEED_ARTICLE

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "studyapp-deck", "version": 1, "deck": "D", "cards": [}')
    r = run("--data-dir", str(tmp_path), "import", str(tmp_path / "missing.txt"), str(bad), str(SEED_ARTICLE))
    assert r.returncode == 1
    assert r.stderr.count("studyapp: error:") == 2 and "Traceback" not in r.stderr
    assert "not valid JSON" in r.stderr
    assert "cards added from 1 of 3 sources" in r.stdout


def test_import_shows_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import pty

    paths = []
    for i in range(3):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"Title {i}\n\nThe mayor of Town{i}, Anna Berg{i}, said on Monday that the bridge would reopen.\n")
        paths.append(str(p))
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "studyapp", "--data-dir", str(tmp_path), "import", *paths],
                            stdout=subprocess.PIPE, stderr=follower, text=True)
    out, _ = proc.communicate(timeout=60)
    os.close(follower)
    err = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(leader)
    assert proc.returncode == 0, out
    assert b"3/3" in err and b"#" in err


def test_backup_list_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path)]
    with Collection.open(tmp_path / "collection.sqlite3", auto_backup=False) as col:
        col.add_cards(col.create_deck("D"), [("q1", "a1"), ("q2", "a2")])
    assert main([*data, "backup"]) == 0
    assert "Backed up 2 cards to" in capsys.readouterr().out
    with Collection.open(tmp_path / "collection.sqlite3", auto_backup=False) as col:
        col.add_cards("D", [("q3", "a3")])
    assert main([*data, "restore", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "2 cards" in listing and listing.count("\n") == 1
    assert main([*data, "restore"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as" in out
    with Collection.open(tmp_path / "collection.sqlite3", auto_backup=False) as col:
        assert col.card_count() == 2


def test_damaged_collection_points_to_restore(tmp_path: Path) -> None:
    with Collection.open(tmp_path / "collection.sqlite3", auto_backup=False) as col:
        col.add_cards(col.create_deck("D"), [("q1", "a1")])
    assert main(["--data-dir", str(tmp_path), "backup"]) == 0
    path = tmp_path / "collection.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page after the header
    path.write_bytes(bytes(raw))
    r = run("--data-dir", str(tmp_path), "decks")
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert "studyapp restore" in r.stderr and "Traceback" not in r.stderr


def test_stats_json_carries_every_dashboard_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Collection.open(tmp_path / "collection.sqlite3") as col:
        ids = col.add_cards(col.create_deck("D"), [(f"q{i}", "a") for i in range(3)])
        col.answer(ids[0], Rating.GOOD)
        col.answer(ids[1], Rating.AGAIN)
        expected = col.progress().to_dict()
    assert main(["--data-dir", str(tmp_path), "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reviews_today"] == 2
    assert data["progress"]["streak"] == expected["streak"] == 1
    assert data["progress"].keys() == expected.keys()
