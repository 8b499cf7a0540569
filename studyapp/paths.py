"""Where the collection lives: ``--data-dir``, then ``$STUDYAPP_DATA_DIR``, then the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

COLLECTION_FILENAME = "collection.sqlite3"
DATA_DIR_ENV = "STUDYAPP_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the collection and its backups."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("studyapp", appauthor=False))


def collection_path(override_dir: str | os.PathLike[str] | None = None) -> Path:
    """The collection file in :func:`data_dir`."""
    return data_dir(override_dir) / COLLECTION_FILENAME
