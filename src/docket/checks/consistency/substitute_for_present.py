"""A substitute stood in for a member who was present, or for nobody who holds a vote.

Why: a substitute (stedfortræder) takes an absent member's seat and vote for the meeting. If the
member they stand in for was present, the member's vote would be counted twice; if the person
stood in for is not a voting member of the body on the meeting day, the substitute holds no
vote at all and the quorum and vote counts are wrong. A substitute names the member in
``substitute_for``; that member must be a voting member on the meeting day and not recorded
present.

Bad:
    participants:
      - {person: alice}
      - {person: bob}
      - {person: erik, capacity: substitute, substitute_for: bob}

Good:
    participants:
      - {person: alice}
      - {person: bob, attendance: excused}
      - {person: erik, capacity: substitute, substitute_for: bob}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.checks.voting import unsure_voters, voting_members
from docket.findings import Level
from docket.model.meeting import Attendance, Capacity

CODE = "DK151"
NAME = "substitute-for-present"
LEVEL = Level.ERROR
READS = frozenset({"body"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if in_doubt(ctx.corpus, located, "date"):
            continue  # meeting-dates-out-of-order: who was a member depends on the day
        voting = voting_members(ctx.corpus, meeting) | unsure_voters(ctx.corpus, meeting)
        present = {
            p.person
            for p in meeting.participants
            if p.attendance == Attendance.PRESENT and p.capacity == Capacity.MEMBER
        }
        for index, participant in enumerate(meeting.participants):
            if participant.capacity != Capacity.SUBSTITUTE:
                continue
            member = participant.substitute_for
            name = ctx.corpus.name_of(participant.person)
            if member is None:
                problem = "names no member: give substitute_for, the absent member"
            elif member in present:
                problem = (
                    f"stands in for {ctx.corpus.name_of(member)}, who is recorded present: "
                    "record the member absent or excused, or the substitute as a guest"
                )
            elif member not in voting:
                problem = (
                    f"stands in for {ctx.corpus.name_of(member)}, who held no voting "
                    f"membership of {ctx.corpus.name_of(meeting.body)} on "
                    f"{meeting.date.isoformat()}: name a voting member"
                )
            else:
                continue
            yield Hit(
                f"substitute {name} {problem}",
                located.path,
                ("participants", index, "substitute_for" if member else "capacity"),
                subject=participant.person,
            )
