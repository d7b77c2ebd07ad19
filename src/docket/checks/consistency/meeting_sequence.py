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
from docket.checks.meeting_dates import in_doubt
from docket.corpus import Located
from docket.findings import Level
from docket.model.meeting import Meeting

CODE = "DK112"
NAME = "meeting-sequence"
LEVEL = Level.WARNING
READS = frozenset({"meeting", "body"})


def find(ctx: Context) -> Iterator[Hit]:
    for body in sorted(ctx.corpus.bodies):
        numbered = [m for m in ctx.corpus.meetings_of(body) if m.obj.number is not None]
        # a meeting whose date is in doubt (meeting-dates-out-of-order) has no place in the order
        doubted = {m.obj.id for m in numbered if in_doubt(ctx.corpus, m, "date")}
        yield from _duplicates_and_order(numbered, doubted)
        yield from _gaps(numbered)


def _number(located: Located[Meeting]) -> int:
    return located.obj.number or 0


def _duplicates_and_order(numbered: list[Located[Meeting]], doubted: set[str]) -> Iterator[Hit]:
    """In date order: a number used before, or lower than an earlier meeting's number."""
    seen: dict[int, Meeting] = {}
    highest: Meeting | None = None
    for located in numbered:
        meeting, number = located.obj, _number(located)
        if number in seen:
            first = seen[number]
            yield Hit.at(
                located,
                f"meeting number {number} is also used by '{first.id}' on "
                f"{first.date.isoformat()}: each meeting of a body has its own number",
                "number",
            )
        elif meeting.id not in doubted and highest is not None and number < (highest.number or 0):
            yield Hit.at(
                located,
                f"meeting number {number} on {meeting.date.isoformat()} comes after number "
                f"{highest.number} ('{highest.id}' on {highest.date.isoformat()}): numbers "
                "follow the meeting dates; check the number and the date",
                "number",
            )
        seen.setdefault(number, meeting)
        if meeting.id not in doubted and (highest is None or number > (highest.number or 0)):
            highest = meeting


def _gaps(numbered: list[Located[Meeting]]) -> Iterator[Hit]:
    """The first meeting with each number that follows a gap in the body's numbers."""
    first: dict[int, Located[Meeting]] = {}
    for located in numbered:
        first.setdefault(_number(located), located)
    numbers = sorted(first)
    for before, number in pairwise(numbers):
        if number > before + 1:
            missing = (
                f"meeting {before + 1} is"
                if number == before + 2
                else f"meetings {before + 1}-{number - 1} are"
            )
            yield Hit.at(
                first[number],
                f"meeting number {number} follows number {before}: {missing} missing from "
                "the repository, or the numbers are wrong",
                "number",
            )
