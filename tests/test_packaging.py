"""Desktop integration files pass their validators; the icon and sample deck are where the app looks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    r = subprocess.run(["desktop-file-validate", str(ROOT / "packaging/studyapp.desktop")], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "", r.stdout + r.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    (meta,) = (ROOT / "packaging").glob("*.metainfo.xml")
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(meta)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_icon_and_sample_deck_are_found(qtbot) -> None:
    from studyapp.gui.resources import app_icon, sample_deck_path

    icon = app_icon()
    assert not icon.isNull()
    assert {16, 32, 48, 256} <= {s.width() for s in icon.availableSizes()}
    assert sample_deck_path() is not None and sample_deck_path().suffix == ".json"


def test_pyinstaller_spec_names_existing_files() -> None:
    spec = (ROOT / "packaging/studyapp.spec").read_text()
    for rel in ("packaging/launch.py", "studyapp/interchange/deck.schema.json", "resources/icons/studyapp-256.png"):
        assert rel.split("/")[-1] in spec and (ROOT / rel).exists()
