"""A body's meeting numbers are not consecutive, are duplicated, or run against the dates.

Why: minutes and decisions are cited by meeting number ("møde 3, pkt. 2"), so each number must
name one meeting and the numbers must follow the calendar. A gap usually means a meeting record
is missing from the repository; a duplicate or a number out of date order is a typing error.
Meetings without a number are ignored.

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml
    number: 1
    date: 2025-03-03
    ---
    # meetings/wg/2025-05-05-wg-3.yaml
    number: 3
    date: 2025-05-05

Good:
    # meetings/wg/2025-03-03-wg-1.yaml
    number: 1
    date: 2025-03-03
    ---
    # meetings/wg/2025-05-05-wg-2.yaml
    number: 2
    date: 2025-05-05
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from docket.checks.base import Context, Hit
from docket.checks.schedule import meetings_by_body
from docket.facts import MeetingFacts
from docket.findings import Level

CODE = "DK112"
NAME = "meeting-sequence"
LEVEL = Level.WARNING
READS = frozenset({"meeting", "body"})


def find(ctx: Context) -> Iterator[Hit]:
    by_body = meetings_by_body(ctx.corpus)
    for body in sorted(ctx.corpus.bodies):
        numbered = [m for m in by_body.get(body, []) if m.number is not None]
        # a meeting whose date is in doubt (meeting-dates-out-of-order) has no place in the order
        doubted = {m.id for m in numbered if m.in_doubt("date")}
        yield from _duplicates_and_order(numbered, doubted)
        yield from _gaps(numbered)


def _number(meeting: MeetingFacts) -> int:
    return meeting.number or 0


def _duplicates_and_order(numbered: list[MeetingFacts], doubted: set[str]) -> Iterator[Hit]:
    """In date order: a number used before, or lower than an earlier meeting's number."""
    seen: dict[int, MeetingFacts] = {}
    highest: MeetingFacts | None = None
    for meeting in numbered:
        number = _number(meeting)
        if number in seen:
            first = seen[number]
            yield Hit.at_meeting(
                meeting,
                f"meeting number {number} is also used by '{first.id}' on "
                f"{first.date.isoformat()}: each meeting of a body has its own number",
                "number",
            )
        elif meeting.id not in doubted and highest is not None and number < _number(highest):
            yield Hit.at_meeting(
                meeting,
                f"meeting number {number} on {meeting.date.isoformat()} comes after number "
                f"{highest.number} ('{highest.id}' on {highest.date.isoformat()}): numbers "
                "follow the meeting dates; check the number and the date",
                "number",
            )
        seen.setdefault(number, meeting)
        if meeting.id not in doubted and (highest is None or number > _number(highest)):
            highest = meeting


def _gaps(numbered: list[MeetingFacts]) -> Iterator[Hit]:
    """The first meeting with each number that follows a gap in the body's numbers."""
    first: dict[int, MeetingFacts] = {}
    for meeting in numbered:
        first.setdefault(_number(meeting), meeting)
    numbers = sorted(first)
    for before, number in pairwise(numbers):
        if number > before + 1:
            missing = (
                f"meeting {before + 1} is"
                if number == before + 2
                else f"meetings {before + 1}-{number - 1} are"
            )
            yield Hit.at_meeting(
                first[number],
                f"meeting number {number} follows number {before}: {missing} missing from "
                "the repository, or the numbers are wrong",
                "number",
            )
