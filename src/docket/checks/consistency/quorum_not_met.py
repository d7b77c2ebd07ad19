"""A decision was taken while fewer voting members were present than the quorum.

Why: the rules of procedure say how many voting members must be present for the body to decide
(``quorum``, or ``quorum_share`` of its voting members; when both are given, both apply). A
decision taken without a quorum is open to challenge and may have to be taken again. Voting
members present are participants with capacity member and attendance present whose membership
of the body on the meeting date has a vote, and substitutes present for an absent voting member
(capacity substitute, ``substitute_for``); guests and observers do not count. The quorum is
judged per item: a member who declared a conflict of interest on the item (``conflicts``) took
no part in it and does not count for it. Outcomes "noted" are not decisions and need no quorum.

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
    ---
    # a conflict of interest takes the item below the quorum: alice, bob, carol present
    items:
      - id: m1-grant
        kind: decision
        title: Grant to the association carol chairs
        conflicts:
          - {person: carol, reason: Chairs the applicant association.}
        decisions:
          - {id: m1-grant-adopted, outcome: adopted, text: The grant was adopted.}

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
from docket.checks.meeting_dates import in_doubt
from docket.checks.voting import conflicted, entitled_on_item, present_voters, voting_members
from docket.findings import Level
from docket.model.meeting import DecisionOutcome

CODE = "DK109"
NAME = "quorum-not-met"
LEVEL = Level.ERROR
READS = frozenset({"body", "rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if in_doubt(ctx.corpus, located, "date"):
            continue  # meeting-dates-out-of-order: who was a member depends on the day
        body = ctx.corpus.bodies.get(meeting.body)
        version = ctx.corpus.rules_in_force(meeting.body, meeting.date)
        if body is None or version is None or not meeting.status.took_place:
            continue
        voting = voting_members(ctx.corpus, meeting)
        parameters = version.parameters
        needed = max(
            parameters.quorum or 0,
            math.ceil(parameters.quorum_share * len(voting)) if parameters.quorum_share else 0,
        )
        voters = present_voters(ctx.corpus, meeting)
        for index, item in enumerate(meeting.items):
            present = entitled_on_item(voters, item)
            if len(present) >= needed:
                continue
            out = len(conflicted(item))
            left = f", {out} having left the item for a conflict of interest" if out else ""
            for number, decision in enumerate(item.decisions):
                if decision.outcome == DecisionOutcome.NOTED:
                    continue
                yield Hit(
                    f"decision '{decision.id}' ({decision.outcome}) was taken with "
                    f"{len(present)} voting member{'s' if len(present) != 1 else ''} present"
                    f"{left}; the quorum is {needed} (rules of procedure version "
                    f"{version.version}, {len(voting)} voting members)",
                    located.path,
                    ("items", index, "decisions", number, "outcome"),
                    subject=decision.id,
                )
