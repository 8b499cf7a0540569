"""The card browser's search language, compiled to SQL.

``korea deck:"World news" is:due -is:suspended kind:who_said`` — plain words must all appear
in the question or the answer (case-insensitive); ``deck:`` names a deck (``*`` wildcards),
``is:`` one of new, learning, review, relearning, suspended, due; ``kind:`` a card kind;
a leading ``-`` negates a term. Quoted phrases keep their spaces.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from studyapp.errors import InputError

#: Columns the browser can sort by, and the SQL behind each.
SORTS = {
    "created": "c.id",
    "due": "CASE WHEN c.state = 0 THEN 1 ELSE 0 END, c.due_ms",
    "front": "c.front COLLATE NOCASE",
    "back": "c.back COLLATE NOCASE",
    "deck": "d.name COLLATE NOCASE",
    "kind": "c.kind",
    "state": "c.state",
}

_IS = {
    "new": "c.state = 0",
    "learning": "c.state IN (1, 3)",
    "review": "c.state = 2",
    "relearning": "c.state = 3",
    "suspended": "c.suspended = 1",
    "due": "c.state != 0 AND c.suspended = 0 AND c.due_ms <= :now",
}


@dataclass(frozen=True, slots=True)
class CompiledSearch:
    where: str  # SQL condition on card c joined to deck d
    params: dict[str, object]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def compile_search(query: str, now_ms: int) -> CompiledSearch:
    """Turn a search string into a WHERE clause; raises InputError on a malformed query."""
    try:
        terms = shlex.split(query or "")
    except ValueError:
        raise InputError("the search has an unmatched quotation mark") from None
    clauses: list[str] = []
    params: dict[str, object] = {"now": now_ms}
    for i, term in enumerate(terms):
        negate = term.startswith("-") and len(term) > 1
        if negate:
            term = term[1:]
        key, sep, value = term.partition(":")
        key = key.lower()
        name = f"p{i}"
        if sep and key == "is":
            clause = _IS.get(value.lower())
            if clause is None:
                raise InputError(f"unknown is:{value} (use new, learning, review, relearning, suspended or due)")
        elif sep and key == "deck":
            params[name] = value.replace("*", "%")
            clause = f"d.name LIKE :{name}"
        elif sep and key == "kind":
            params[name] = value
            clause = f"c.kind = :{name}"
        else:
            params[name] = _like(term)
            clause = f"(c.front LIKE :{name} ESCAPE '\\' OR c.back LIKE :{name} ESCAPE '\\')"
        clauses.append(f"NOT ({clause})" if negate else clause)
    return CompiledSearch(" AND ".join(clauses) or "1", params)


def order_by(sort: str, descending: bool = False) -> str:
    """ORDER BY text for a sort column (ties broken by card id)."""
    if sort not in SORTS:
        raise InputError(f"cannot sort by {sort!r}: choose {', '.join(SORTS)}")
    direction = " DESC" if descending else ""
    parts = [p.strip() + direction for p in re.split(r",(?![^()]*\))", SORTS[sort])]
    return ", ".join(parts) + f", c.id{direction}"
