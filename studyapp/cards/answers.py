"""Checking a typed answer leniently: case, punctuation, accents and a leading article do not
count, and one slip of the keyboard is forgiven in a longer answer."""

from __future__ import annotations

import re

from studyapp.cards.quality import normalise

#: Card kinds whose short answer the review screen asks the user to type.
TYPE_IN_KINDS = frozenset({"quote_cloze", "event_date"})


def _key(text: str) -> str:
    return re.sub(r"^(?:the|a|an) ", "", normalise(text))


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            if i + 1 < len(a) and a[i] == b[j + 1] and a[i + 1] == b[j]:  # swapped neighbours
                i += 2
                j += 2
                continue
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


def answers_match(typed: str, expected: str) -> bool:
    """Whether ``typed`` gives the same answer as ``expected`` (see the module docstring)."""
    a, b = _key(typed), _key(expected)
    if not a or not b:
        return False
    if a == b:
        return True
    digits = any(ch.isdigit() for ch in a + b)  # dates and numbers must be exact
    return not digits and len(b) >= 6 and _within_one_edit(a, b)
