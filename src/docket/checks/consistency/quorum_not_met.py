"""A decision was taken while fewer voting members were present than the quorum.

Why: the rules of procedure say how many voting members must be present for the body to decide
(``quorum``, or ``quorum_share`` of its voting members; when both are given, both apply). A
decision taken without a quorum is open to challenge and may have to be taken again. Voting
members present are participants with capacity member and attendance present whose membership
of the body on the meeting date has a vote; guests and observers do not count. Outcomes "noted"
are not decisions and need no quorum.

Bad:
    # rules in force: quorum: 3
    participants:
      - {person: alice}
      - {person: bob}
      - {person: carol, attendance: excused}
    items:
      - id: m1-budget
        kind: decision
        title: Budget
        decisions:
          - {id: m1-budget-adopted, outcome: adopted, text: The budget was adopted.}

Good:
    # rules in force: quorum: 3
    participants:
      - {person: alice}
      - {person: bob}
      - {person: carol}
    items:
      - id: m1-budget
        kind: decision
        title: Budget
        decisions:
          - {id: m1-budget-adopted, outcome: adopted, text: The budget was adopted.}
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level
from docket.model.meeting import Attendance, Capacity, DecisionOutcome

CODE = "DK109"
NAME = "quorum-not-met"
LEVEL = Level.ERROR
READS = frozenset({"body", "rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        body = ctx.corpus.bodies.get(meeting.body)
        version = ctx.corpus.rules_in_force(meeting.body, meeting.date)
        if body is None or version is None or not meeting.status.took_place:
            continue
        voting = {m.person for m in body.obj.members_on(meeting.date) if m.voting}
        parameters = version.parameters
        needed = max(
            parameters.quorum or 0,
            math.ceil(parameters.quorum_share * len(voting)) if parameters.quorum_share else 0,
        )
        present = {
            p.person
            for p in meeting.participants
            if p.capacity == Capacity.MEMBER
            and p.attendance == Attendance.PRESENT
            and p.person in voting
        }
        if len(present) >= needed:
            continue
        for index, item in enumerate(meeting.items):
            for number, decision in enumerate(item.decisions):
                if decision.outcome == DecisionOutcome.NOTED:
                    continue
                yield Hit(
                    f"decision '{decision.id}' ({decision.outcome}) was taken with "
                    f"{len(present)} voting member{'s' if len(present) != 1 else ''} present; "
                    f"the quorum is {needed} (rules of procedure version {version.version}, "
                    f"{len(voting)} voting members)",
                    located.path,
                    ("items", index, "decisions", number, "outcome"),
                    subject=decision.id,
                )
