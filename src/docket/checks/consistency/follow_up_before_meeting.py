"""A follow-up is due, or was closed, before the meeting that agreed it.

Why: a follow-up (opfølgning) is agreed at a meeting and runs from that day. A due date before
the meeting makes it overdue the moment it is recorded, so reminders and the briefing pack chase
the owner for a deadline that never existed; a follow-up closed before it was agreed, or at an
earlier meeting, says work was reported done before anyone asked for it. Either way a date was
mistyped (often last year's, in January) or the follow-up belongs to another meeting. A due date
on the meeting day itself is allowed: the owner does it at once.

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml: date: 2025-03-03
    follow_ups:
      - {id: wg-1-dpia, text: Send the DPIA, owner: alice, due: 2024-03-31}

Good:
    # meetings/wg/2025-03-03-wg-1.yaml: date: 2025-03-03
    follow_ups:
      - {id: wg-1-dpia, text: Send the DPIA, owner: alice, due: 2025-03-31}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level

CODE = "DK118"
NAME = "follow-up-before-meeting"
LEVEL = Level.ERROR
READS = frozenset({"meeting"})  # the date of the meeting named in closed_in


def find(ctx: Context) -> Iterator[Hit]:
    for meeting in ctx.corpus.facts.values():
        if meeting.in_doubt("date"):
            continue  # meeting-dates-out-of-order reports the meeting's date
        agreed = meeting.date
        for follow_up in meeting.follow_ups:
            where = ("items", follow_up.item, "follow_ups", follow_up.at)
            start = f"follow-up '{follow_up.id}' was agreed at the meeting on {agreed.isoformat()}"
            if follow_up.due is not None and follow_up.due < agreed:
                yield Hit(
                    f"{start} but is due {follow_up.due.isoformat()}, before it: correct "
                    "the due date (often the year), or move the follow-up to the meeting "
                    "that agreed it",
                    meeting.path,
                    (*where, "due"),
                    subject=follow_up.id,
                )
            if follow_up.closed_on is not None and follow_up.closed_on < agreed:
                yield Hit(
                    f"{start} but was closed {follow_up.closed_on.isoformat()}, before it: "
                    "correct closed_on, the day it was done",
                    meeting.path,
                    (*where, "closed_on"),
                    subject=follow_up.id,
                )
            closing = ctx.corpus.facts.get(follow_up.closed_in or "")
            if closing is not None and closing.date < agreed:
                yield Hit(
                    f"{start} but is closed in '{closing.id}', a meeting held "
                    f"{closing.date.isoformat()}, before it: name in closed_in the "
                    "meeting that closed it",
                    meeting.path,
                    (*where, "closed_in"),
                    subject=follow_up.id,
                )
