"""Study days: a day of study rolls over at a set local hour (04:00 by default), as in Anki."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone


def to_utc(moment: datetime | None) -> datetime:
    """``moment`` as an aware UTC datetime; ``None`` is now, a naive value is local time."""
    if moment is None:
        return datetime.now(timezone.utc)
    try:
        return moment.astimezone(timezone.utc)
    except (ValueError, OverflowError):  # 0001-01-01 local is before year 1 in UTC
        from studyapp.errors import InputError

        raise InputError(f"the time {moment.isoformat()} is out of range") from None


def study_day(moment: datetime, rollover_hour: int = 4) -> date:
    """The study day ``moment`` belongs to, in the machine's local time zone."""
    local = moment.astimezone()
    return (local - timedelta(hours=rollover_hour)).date()


def study_day_start(moment: datetime, rollover_hour: int = 4) -> datetime:
    """When the study day containing ``moment`` began, as an aware UTC datetime."""
    day = study_day(moment, rollover_hour)
    return datetime.combine(day, time(rollover_hour)).astimezone().astimezone(timezone.utc)


def next_study_day_start(moment: datetime, rollover_hour: int = 4) -> datetime:
    """When the study day after the one containing ``moment`` begins (UTC)."""
    day = study_day(moment, rollover_hour) + timedelta(days=1)
    return datetime.combine(day, time(rollover_hour)).astimezone().astimezone(timezone.utc)
