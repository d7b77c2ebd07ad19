"""Minutes recorded as approved by review (or in writing) by too few, or by non-members.

Why: outside a meeting, minutes are approved by the members who approve them, for instance by
approving the pull request that holds them (``docket approve minutes``). The record says who
(``minutes_approval.by``) and how (``method``). Each approver must be a voting member of the
body on the day of approval (``minutes_approved``), and there must be as many as the rules of
procedure in force on the meeting day require: ``ceil(minutes_approval_share x voting
members)``, else the quorum (``quorum``, and ``quorum_share`` of the voting members). Whether the
comment period had ended is minutes-approved-early's business; an approval at a meeting
(``method: meeting``) is judged by that meeting's quorum, not here, but its approvers must still
be members.

Bad:
    # rules in force: quorum: 3
    minutes_sent: 2025-03-10
    minutes_approved: 2025-03-24
    minutes_approval: {method: review, by: [alice, bob, guest]}

Good:
    # rules in force: quorum: 3
    minutes_sent: 2025-03-10
    minutes_approved: 2025-03-24
    minutes_approval: {method: review, by: [alice, bob, carol]}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.checks.offices import succeeded
from docket.checks.voting import unsure
from docket.findings import Level
from docket.model.meeting import ApprovalMethod

CODE = "DK140"
NAME = "minutes-approval-invalid"
LEVEL = Level.ERROR
READS = frozenset({"body", "rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting, approval = located.obj, located.obj.minutes_approval
        if approval is None:
            continue
        day = meeting.minutes_approved
        if day is None:
            yield Hit.at(
                located,
                f"the minutes record who approved them ({approval.method}) but not when: "
                "add minutes_approved, the day of approval",
                "minutes_approval",
            )
            continue
        if in_doubt(ctx.corpus, located, "minutes_approved"):
            continue  # meeting-dates-out-of-order reports it; who was a member that day is moot
        body = ctx.corpus.bodies.get(meeting.body)
        voting = {m.person for m in body.obj.members_on(day) if m.voting} if body else set()
        # date-range-reversed reports a reversed membership, office-held-twice a chair's post
        # overlapping a successor's beyond the number the rules allow: their person's approval
        # counts, but not in the share
        doubt = (
            unsure(body.obj, voting=True) | succeeded(ctx.corpus, body.obj, day) if body else set()
        )
        voting -= doubt
        counted = []
        for index, person in enumerate(approval.by):
            if person in voting or person in doubt:
                counted.append(person)
                continue
            yield Hit.at(
                located,
                f"{ctx.corpus.name_of(person)} is recorded as approving the minutes on {day} "
                f"but was not a voting member of {meeting.body} that day",
                "minutes_approval",
                "by",
                index,
            )
        if approval.method == ApprovalMethod.MEETING:
            continue
        found = ctx.corpus.rules_document_in_force(meeting.body, meeting.date)
        if found is None:
            continue
        document, rules = found
        needed = rules.parameters.approvals_needed(len(voting))
        if needed is not None and len(set(counted)) < needed:
            yield Hit.at(
                located,
                f"the minutes were approved ({approval.method}) by {len(set(counted))} of "
                f"{len(voting)} voting members; {document.id} version {rules.version} requires "
                f"{needed}",
                "minutes_approval",
                "by",
            )
