"""The headline figures of ``studyapp stats``: cards by state, due today, today's reviews, retention."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from studyapp.srs.scheduling import to_ms
from studyapp.srs.studyday import next_study_day_start, study_day_start, to_utc
from studyapp.store.version import any_review

if TYPE_CHECKING:
    from studyapp.collection import Collection, DeckRef

RETENTION_DAYS = 30


@dataclass(frozen=True, slots=True)
class Summary:
    """Headline figures of a collection or a deck at one moment."""

    cards: int
    new: int
    learning: int
    review: int
    relearning: int
    suspended: int
    due_today: int  # learning due by the end of the study day + reviews due today (before limits)
    reviews_today: int
    retention_30d: float | None  # share of review-state cards recalled (not Again) in the last 30 days
    retention_reviews_30d: int  # how many reviews that share is taken over

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def summary(col: Collection, deck: DeckRef | None = None, now: datetime | None = None) -> Summary:
    """Compute :class:`Summary` for the whole collection or one deck."""
    now = to_utc(now)
    hour = col.rollover_hour
    day_start = to_ms(study_day_start(now, hour))
    day_end = to_ms(next_study_day_start(now, hour))
    since = to_ms(now - timedelta(days=RETENTION_DAYS))
    deck_id = None if deck is None else col.deck(deck).id
    card_where = "" if deck_id is None else f"WHERE deck_id = {deck_id}"
    review_join = "" if deck_id is None else f"JOIN card c ON c.id = r.card_id AND c.deck_id = {deck_id}"
    (cards, new, learning, review, relearning, suspended, due), = col._read(
        "SELECT count(*), sum(state = 0 AND NOT suspended), sum(state = 1 AND NOT suspended), "
        "sum(state = 2 AND NOT suspended), sum(state = 3 AND NOT suspended), sum(suspended), "
        f"sum(state != 0 AND due_ms < ? AND NOT suspended) FROM card {card_where}",
        (day_end,),
    )
    (today,), = col._read(f"SELECT count(*) FROM review r {review_join} WHERE {any_review('r')} AND r.reviewed_ms >= ?", (day_start,))
    (passed, total), = col._read(
        f"SELECT sum(r.rating > 1), count(*) FROM review r {review_join} WHERE r.state_before = 2 AND r.rating IN (1, 2, 3, 4) AND r.reviewed_ms >= ?",
        (since,),
    )
    return Summary(
        cards=cards,
        new=new or 0,
        learning=learning or 0,
        review=review or 0,
        relearning=relearning or 0,
        suspended=suspended or 0,
        due_today=due or 0,
        reviews_today=today,
        retention_30d=(passed / total) if total else None,
        retention_reviews_30d=total,
    )
