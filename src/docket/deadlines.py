"""Deadlines that follow from the rules of procedure: counted in calendar or working days.

Working days skip weekends and Danish public holidays (from the ``holidays`` package, so that
moving feasts such as Easter and abolished ones such as store bededag are right for each year),
and, where the rules name them as closed (``closed_days: [public, optional]``), the package's
optional days: 24 and 31 December, Grundlovsdag and 1 May.
A period of N days *after* a date ends N days later; a notice of N days *before* a meeting
must be given N days earlier. Dates are held at the first and the last day a date can have
(0001-01-01, 9999-12-31) instead of overflowing: the model accepts both, and a deadline before
the first day is the first day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

from docket.model.governing_document import DayCount, HolidayCategory, ProcedureParameters

PUBLIC_ONLY: tuple[HolidayCategory, ...] = (HolidayCategory.PUBLIC,)


@cache
def _danish_holidays(year: int, categories: tuple[HolidayCategory, ...]) -> frozenset[date]:
    if not categories:
        return frozenset()
    return frozenset(
        holidays.country_holidays(
            "DK", years=year, language="da", categories=tuple(c.value for c in categories)
        )
    )


def is_working_day(day: date, closed: tuple[HolidayCategory, ...] = PUBLIC_ONLY) -> bool:
    return day.weekday() < 5 and day not in _danish_holidays(day.year, closed)


def add_days(day: date, days: int) -> date:
    """``day`` moved ``days`` calendar days, held within 0001-01-01 to 9999-12-31."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def shift(
    start: date, days: int, count: DayCount, closed: tuple[HolidayCategory, ...] = PUBLIC_ONLY
) -> date:
    """``start`` moved ``days`` days (negative: back), counting only working days if asked;
    ``closed`` are the holiday categories that are not working days."""
    if count == DayCount.CALENDAR:
        return add_days(start, days)
    step = 1 if days >= 0 else -1
    day, left = start, abs(days)
    while left:
        if day in (date.min, date.max):
            return day
        day = add_days(day, step)
        if is_working_day(day, closed):
            left -= 1
    return day


def closed_days(params: ProcedureParameters) -> tuple[HolidayCategory, ...]:
    """The holiday categories that the rules ``params`` close, in a stable order."""
    return tuple(sorted(set(params.closed_days)))


def working_days_between(
    start: date, end: date, closed: tuple[HolidayCategory, ...] = PUBLIC_ONLY
) -> int:
    """How many working days ``end`` lies from ``start``, as ``shift`` counts them: after
    ``start`` up to and including ``end``; negative when ``end`` is earlier (the working days
    from ``end`` up to but not including ``start``); 0 on the same day. Counted by whole weeks
    and the holidays in between, so a deadline years away costs no more than one next week.
    ``closed`` are the holiday categories that are not working days."""
    if end < start:
        return -working_days_between(add_days(end, -1), add_days(start, -1), closed)
    weeks, rest = divmod((end - start).days, 7)
    weekdays = weeks * 5 + sum(
        1 for offset in range(1, rest + 1) if (start + timedelta(days=offset)).weekday() < 5
    )
    holidays_on_weekdays = sum(
        1
        for year in range(start.year, end.year + 1)
        for holiday in _danish_holidays(year, closed)
        if start < holiday <= end and holiday.weekday() < 5
    )
    return weekdays - holidays_on_weekdays


@dataclass(frozen=True)
class MeetingDeadlines:
    """The dates the rules set around one meeting; ``None`` where the rules are silent."""

    agenda_by: date | None
    minutes_by: date | None
    comments_until: date | None


def agenda_deadline(meeting_day: date, params: ProcedureParameters) -> date | None:
    if params.agenda_notice_days is None:
        return None
    return shift(meeting_day, -params.agenda_notice_days, params.day_count, closed_days(params))


def minutes_deadline(meeting_day: date, params: ProcedureParameters) -> date | None:
    if params.draft_minutes_days is None:
        return None
    return shift(meeting_day, params.draft_minutes_days, params.day_count, closed_days(params))


def comment_period_end(minutes_sent: date, params: ProcedureParameters) -> date | None:
    """The last day members may comment on draft minutes sent on ``minutes_sent``."""
    if params.minutes_comment_days is None:
        return None
    return shift(minutes_sent, params.minutes_comment_days, params.day_count, closed_days(params))


def meeting_deadlines(
    meeting_day: date, params: ProcedureParameters, minutes_sent: date | None = None
) -> MeetingDeadlines:
    """Deadlines for a meeting; the comment period runs from when the minutes were (or are due
    to be) sent."""
    minutes_by = minutes_deadline(meeting_day, params)
    sent = minutes_sent or minutes_by
    return MeetingDeadlines(
        agenda_by=agenda_deadline(meeting_day, params),
        minutes_by=minutes_by,
        comments_until=comment_period_end(sent, params) if sent else None,
    )
