"""A participant attends as a member but held no membership of the body on the meeting date.

Why: who counts as a member decides the quorum and whose voice the minutes record as the body's.
A participant listed with capacity member who is not a member on that date is either a guest or
observer (say so with ``capacity``), or the body's membership list lacks or mis-dates them.

Bad:
    # body wg: no membership for guest
    participants:
      - {person: guest}

Good:
    # body wg: no membership for guest
    participants:
      - {person: guest, capacity: guest}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.checks.voting import unsure
from docket.findings import Level
from docket.model.meeting import Capacity

CODE = "DK110"
NAME = "attendee-not-member"
LEVEL = Level.ERROR
READS = frozenset({"body"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if in_doubt(ctx.corpus, located, "date"):
            continue  # meeting-dates-out-of-order: who was a member depends on the day
        body = ctx.corpus.bodies.get(meeting.body)
        if body is None:
            continue
        members = {m.person for m in body.obj.members_on(meeting.date)}
        members |= unsure(body.obj)  # date-range-reversed reports a reversed membership
        for index, participant in enumerate(meeting.participants):
            if participant.capacity == Capacity.MEMBER and participant.person not in members:
                person = participant.person
                posts = [m for m in body.obj.memberships if m.person == person]
                membership = (
                    "correct the start or end of their membership"
                    if posts
                    else f"add their membership (`docket new membership --body {meeting.body} "
                    f"--person {person} --start YYYY-MM-DD`, their first day)"
                )
                yield Hit(
                    f"{ctx.corpus.name_of(person)} takes part as a member but held "
                    f"no membership of {ctx.corpus.name_of(meeting.body)} on "
                    f"{meeting.date.isoformat()}: give capacity guest or observer, or "
                    f"{membership}",
                    located.path,
                    ("participants", index, "person"),
                    subject=participant.person,
                )
