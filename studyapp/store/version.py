"""The marks of a studyapp collection file (kept apart from the table classes, which import
SQLModel: opening an existing collection never needs it), and small SQL fragments the queries
share."""

from __future__ import annotations

from collections.abc import Iterable

#: Version of the schema this code writes. Bump it and add a step to
#: ``studyapp.store.migrations.MIGRATIONS`` whenever a table changes.
SCHEMA_VERSION = 4

#: ``PRAGMA application_id`` of a studyapp collection ("STDY").
APPLICATION_ID = 0x53544459


def any_review(alias: str = "") -> str:
    """A condition true of every review row, which lets a query on ``reviewed_ms`` use the
    index ``ix_review_stats (state_before, rating, reviewed_ms, …)`` (schema 3 has no index on
    ``reviewed_ms`` alone). ``alias`` is the table's alias in the query, e.g. ``"r"``."""
    p = f"{alias}." if alias else ""
    return f"{p}state_before IN (0, 1, 2, 3) AND {p}rating IN (1, 2, 3, 4)"


def sql_ids(ids: Iterable[int]) -> str:
    """Integer ids as the inside of an SQL ``IN (…)`` (``NULL`` for none, which matches nothing)."""
    return ",".join(str(int(i)) for i in ids) or "NULL"
