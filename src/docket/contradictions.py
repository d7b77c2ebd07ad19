"""A meeting's own dates, in the order they must come, and which of them contradict the others.

The agenda is sent on or before the meeting day (``agenda_sent``, and each item's
``supplementary_sent``), the draft minutes on or after it (``minutes_sent``), the minutes are
approved on or after both (``minutes_approved``), and the next meeting it announces comes after
it (``next_meeting.date``). The name of a meeting's file (``<date>-<body>-<number>.yaml``) gives
its day too. A date on the wrong side of another is a typing error, and one typing error gives
one finding (meeting-dates-out-of-order):

- when two or more of these contradict the meeting's ``date``, the meeting's date is the
  likelier mistake: one finding on ``date`` names them all;
- otherwise each contradiction is one finding on the date that contradicts the meeting day,
  and minutes approved before their draft was sent one finding on ``minutes_approved``.

The checks that judge deadlines from these dates (agenda-late, minutes-late,
minutes-approved-early, minutes-unapproved, minutes-approval-invalid, follow-up-before-meeting,
record-missing for ``next_meeting``, meeting-file-misplaced for the name's date) do not judge
from a date in doubt (``unsure``): their finding would report the same mistake again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from docket.findings import Pointer
from docket.model.meeting import Meeting

_LEADING_DATE = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])")


def file_date(path: str) -> str | None:
    """The ``YYYY-MM-DD`` a meeting file's name starts with, if it starts with one."""
    named = _LEADING_DATE.match(PurePosixPath(path).name)
    return named.group(1) if named else None


@dataclass(frozen=True)
class Contradiction:
    """One date of a meeting on the wrong side of another: where, what, and how to fix it."""

    pointer: Pointer
    message: str
    unsure: frozenset[Pointer]
    """The dates it puts in doubt (the one reported, and the meeting's date when blamed)."""


def contradictions(path: str, meeting: Meeting) -> list[Contradiction]:
    """The contradictions among the own dates of ``meeting`` (read from ``path``), one per
    mistake (module docstring)."""
    day = meeting.date.isoformat()
    with_day = _with_meeting_day(meeting)
    named = file_date(path)
    misnamed = named is not None and named != day
    if len(with_day) + misnamed >= 2:
        said = [f"{d.what} {d.day.isoformat()} ({d.relation} it)" for d in with_day]
        if misnamed:
            said.append(f"the file name gives {named}")
        listed = ", ".join(said[:-1]) + f" and {said[-1]}"
        return [
            Contradiction(
                ("date",),
                f"the meeting is dated {day}, which contradicts its other dates: {listed}: "
                "correct date (often the year or the month), or the dates that are wrong",
                frozenset({("date",), *(d.pointer for d in with_day)}),
            )
        ]
    found = [
        Contradiction(
            d.pointer,
            f"{d.what} {d.day.isoformat()}, {d.relation} the meeting on {day}: {d.fix}",
            frozenset({d.pointer}),
        )
        for d in with_day
    ]
    sent, approved = meeting.minutes_sent, meeting.minutes_approved
    if sent is not None and approved is not None and meeting.date <= approved < sent:
        found.append(
            Contradiction(
                ("minutes_approved",),
                f"the minutes were approved {approved.isoformat()}, before their draft was sent "
                f"{sent.isoformat()}: correct minutes_approved or minutes_sent, whichever is wrong",
                frozenset({("minutes_approved",), ("minutes_sent",)}),
            )
        )
    return found


@dataclass(frozen=True)
class _Dated:
    pointer: Pointer
    what: str
    day: date
    relation: str
    fix: str


def _with_meeting_day(meeting: Meeting) -> list[_Dated]:
    """Each date that contradicts the meeting day."""
    day = meeting.date
    found: list[_Dated] = []
    if meeting.agenda_sent is not None and meeting.agenda_sent > day:
        found.append(
            _Dated(
                ("agenda_sent",),
                "the agenda was sent",
                meeting.agenda_sent,
                "after",
                "correct agenda_sent, the day the agenda went out (often the month or the year)",
            )
        )
    for index, item in enumerate(meeting.items):
        sent = item.supplementary_sent
        if sent is not None and sent > day:
            found.append(
                _Dated(
                    ("items", index, "supplementary_sent"),
                    f"item {item.number} was sent on a supplementary agenda",
                    sent,
                    "after",
                    "correct supplementary_sent, the day the item went out",
                )
            )
    if meeting.minutes_sent is not None and meeting.minutes_sent < day:
        found.append(
            _Dated(
                ("minutes_sent",),
                "the draft minutes were sent",
                meeting.minutes_sent,
                "before",
                "correct minutes_sent, the day the draft went out (often the month)",
            )
        )
    if meeting.minutes_approved is not None and meeting.minutes_approved < day:
        found.append(
            _Dated(
                ("minutes_approved",),
                "the minutes were approved",
                meeting.minutes_approved,
                "before",
                "correct minutes_approved, the day they were approved",
            )
        )
    following = meeting.next_meeting
    if following is not None and following.date <= day:
        found.append(
            _Dated(
                ("next_meeting", "date"),
                "the next meeting is announced for",
                following.date,
                "on the day of" if following.date == day else "before",
                "correct next_meeting's date (often the year), the day the body meets next",
            )
        )
    return found
