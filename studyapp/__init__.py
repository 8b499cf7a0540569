"""studyapp: turns news articles into spaced-repetition quiz cards.

The public API is :class:`Collection` (see README). Heavy modules (SQLModel, fsrs) are
imported lazily so that ``import studyapp`` and ``studyapp --version`` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Collection", "Rating", "extract_facts", "StudyappError", "__version__"]

if TYPE_CHECKING:
    from studyapp.collection import Collection
    from studyapp.errors import StudyappError
    from studyapp.extract import extract_facts
    from studyapp.srs import Rating

_LAZY = {
    "Collection": "studyapp.collection",
    "Rating": "studyapp.srs",
    "extract_facts": "studyapp.extract",
    "StudyappError": "studyapp.errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'studyapp' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
