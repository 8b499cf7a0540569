"""Shared fixtures. Qt runs offscreen; every collection is a real SQLite file under tmp_path."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# GUI preferences (QSettings) of test runs go to a throw-away folder, not the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="studyapp-test-config-")
# Child processes (crash, lock and CLI tests) import this checkout, whatever else is installed.
_ROOT = str(Path(__file__).resolve().parent.parent)
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, os.environ.get("PYTHONPATH", "")) if p)

SEED_ARTICLE = Path(__file__).parent / "data" / "bbc-2013-06-17-us-cool-on-north-korea-talks.txt"

#: A fixed moment used as "now" by tests that control the clock (a Monday, 14:00 UTC).
NOON = datetime(2026, 3, 2, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run the test in a fixed local time zone (UTC+1 in winter)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield "Europe/Berlin"
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def col_path(tmp_path: Path) -> Path:
    return tmp_path / "collection.sqlite3"


@pytest.fixture
def col(col_path: Path):  # -> Collection
    from studyapp import Collection

    with Collection.open(col_path) as collection:
        yield collection
