"""Dates and times as legacy minutes write them: '24. april 2025', '24-04-2025', '15-maj-2002',
'April 24, 2025', 'Thursday, 19th May, 2022', '2025-04-24'; '14.30', '14:30', '09:00:00' and
'2.00 pm'; and the place a date line names after its time ('kl. 10.00 - hos FOF')."""

from __future__ import annotations

import re
from datetime import date

from docket.workflow.import_minutes.labels import (
    HOUR,
    HOUR_RANGE,
    MONTHS,
    PLACE_AFTER_TIME,
    TIME,
    TIME_RANGE,
)

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERNS = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?[\s-]*(?P<month>{_MONTH})\.?,?[\s-]+"
               rf"(?P<y>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
               re.I),
)  # fmt: skip
_DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s*(?P<month>{_MONTH})\b", re.I)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """The first full date written in ``text``."""
    found: list[tuple[int, date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["m"])
            day = _make(int(parts["y"]), month, int(parts["d"]))
            if day is not None:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def find_date_after(text: str, after: date) -> date | None:
    """A date in ``text``, completing a missing year ('16. september') as the first such day
    after ``after``."""
    full = find_date(text)
    if full is not None:
        return full
    match = _DAY_MONTH.search(text)
    if match is None:
        return None
    month, day = MONTHS[match.group("month").lower()], int(match.group("d"))
    for year in (after.year, after.year + 1):
        candidate = _make(year, month, day)
        if candidate is not None and candidate > after:
            return candidate
    return None


def without_dates(text: str) -> str:
    """``text`` with its dates blanked out, so that '16.08.2012' is not read as a time."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _clock(hour: str, minute: str, half: str | None) -> str:
    value = int(hour)
    if half and half.lower() == "p" and value < 12:
        value += 12
    elif half and half.lower() == "a" and value == 12:
        value = 0
    return f"{value:02d}:{minute}"


def find_times(text: str) -> tuple[str | None, str | None]:
    """Start and end ('14.30-16.00', '10.00 til 12.00'), or the first time alone, as HH:MM."""
    text = without_dates(text)
    span = TIME_RANGE.search(text)
    if span:
        second = span["ap2"]
        return (
            _clock(span["h1"], span["m1"], span["ap1"] or second),
            _clock(span["h2"], span["m2"], second),
        )
    hours = HOUR_RANGE.search(text)
    if hours:
        return (
            _clock(hours["h1"], hours["m1"] or "00", hours["ap1"]),
            _clock(hours["h2"], hours["m2"] or "00", hours["ap2"]),
        )
    single = TIME.search(text)
    if single:
        return _clock(single["h"], single["m"], single["ap"]), None
    return _hour(text), None


def _hour(text: str) -> str | None:
    """'kl. 15' -> '15:00', '7pm' -> '19:00': a time written as its hour only."""
    match = HOUR.search(text)
    if match is None:
        return None
    if match["h"] is not None:
        return _clock(match["h"], "00", None)
    return _clock(match["h12"], "00", match["ap"])


def clock_of(text: str) -> str | None:
    """'7.20pm', '7pm', '14.30' as HH:MM."""
    start, _ = find_times(text)
    return start


def find_place_after_time(text: str) -> str | None:
    """The place a date line names after its time: 'kl. 14.00 i Byrådssalen' -> 'Byrådssalen'."""
    match = PLACE_AFTER_TIME.search(without_dates(text))
    if match is None:
        return None
    place = match["place"].strip(" .\u2013\u2014-")
    return re.sub(r"^(?:the)\s+", "", place, flags=re.I) or None


def time_of(text: str | None) -> str | None:
    """'14.30' as '14:30'."""
    if not text:
        return None
    match = TIME.fullmatch(text.strip())
    return _clock(match["h"], match["m"], match["ap"]) if match else None
