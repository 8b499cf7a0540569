"""Finding the app's icon and the sample deck, in a source checkout or an installed copy.

A source checkout has them in ``resources/`` and ``decks/`` beside the package; an
installed copy has them under ``<prefix>/share/studyapp/`` (see ``[tool.setuptools.data-files]``).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def data_dirs(name: str) -> list[Path]:
    """Folders that may hold ``name`` (``resources`` or ``decks``), best first."""
    return [_SOURCE_ROOT / name, Path(sys.prefix) / "share" / "studyapp" / name]


def find(name: str, pattern: str) -> Path | None:
    for folder in data_dirs(name):
        hits = sorted(folder.glob(pattern)) if folder.is_dir() else []
        if hits:
            return hits[0]
    return None


def sample_deck_path() -> Path | None:
    """The deck file shipped for first-run users."""
    return find("decks", "*.json")


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    icon = QIcon()
    for folder in data_dirs("resources"):
        if not folder.is_dir():
            continue
        for png in sorted(folder.glob("icons/studyapp-*.png")):
            icon.addFile(str(png))
        svg = folder / "studyapp.svg"
        if svg.exists():
            icon.addFile(str(svg))
        if not icon.isNull():
            break
    return icon
