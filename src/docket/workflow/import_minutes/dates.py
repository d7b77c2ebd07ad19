"""Dates and times as legacy minutes write them: '24. april 2025', '24-04-2025',
'April 24, 2025', '2025-04-24'; '14.30' and '14:30'."""

from __future__ import annotations

import re
from datetime import date

from docket.workflow.import_minutes.labels import MONTHS, TIME, TIME_RANGE

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERNS = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s*(?P<month>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b", re.I),
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


def find_times(text: str) -> tuple[str | None, str | None]:
    """Start and end ('14.30-16.00'), or the first time alone, as HH:MM."""
    span = TIME_RANGE.search(text)
    if span:
        return (f"{int(span['h1']):02d}:{span['m1']}", f"{int(span['h2']):02d}:{span['m2']}")
    single = TIME.search(text)
    return (f"{int(single['h']):02d}:{single['m']}" if single else None, None)


def time_of(text: str | None) -> str | None:
    """'14.30' as '14:30'."""
    if not text:
        return None
    match = TIME.fullmatch(text.strip())
    return f"{int(match['h']):02d}:{match['m']}" if match else None
