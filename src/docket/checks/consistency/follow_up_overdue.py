"""An open follow-up is past its due date.

Why: a follow-up (opfølgning) is a promise the body made at a meeting. When its due date has
passed and it is still open, either the work is late and the owner should be chased before the
next meeting, or it was done and the record should say so (status closed, closed_on, closed_in).
A due date before the meeting that agreed the follow-up is a typing error, reported once, by
follow-up-before-meeting.

Bad:
    follow_ups:
      - id: m1-dpia-follow-up
        text: The secretariat circulates the draft DPIA.
        owner: ngc
        due: 2025-05-15
        status: open

Good:
    follow_ups:
      - id: m1-dpia-follow-up
        text: The secretariat circulates the draft DPIA.
        owner: ngc
        due: 2025-05-15
        status: closed
        closed_on: 2025-05-12
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level
from docket.model.meeting import FollowUpStatus

CODE = "DK103"
NAME = "follow-up-overdue"
LEVEL = Level.WARNING


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        for index, item in enumerate(located.obj.items):
            for number, follow_up in enumerate(item.follow_ups):
                due = follow_up.due
                if follow_up.status != FollowUpStatus.OPEN or due is None or due >= ctx.as_of:
                    continue
                if due < located.obj.date:
                    continue  # follow-up-before-meeting reports the impossible due date
                days = (ctx.as_of - due).days
                owner = ctx.corpus.name_of(follow_up.owner) if follow_up.owner else "no one"
                yield Hit(
                    f"follow-up '{follow_up.id}' (owner: {owner}) was due {due.isoformat()}, "
                    f"{days} day{'s' if days != 1 else ''} ago, and is still open: chase it, "
                    f"or if it is done run `docket close follow-up {follow_up.id} --in MEETING` "
                    "(the meeting that closed it; --on DATE if it was done on another day)",
                    located.path,
                    ("items", index, "follow_ups", number, "due"),
                    subject=follow_up.id,
                )
