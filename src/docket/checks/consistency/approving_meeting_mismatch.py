"""The meeting recorded as approving the minutes could not have approved them.

Why: ``minutes_approved_in`` names the meeting whose members approved these minutes, as Danish
bodies do at their next meeting (``docket approve minutes M --at LATER`` records it). That
meeting must be one of the same body's, held on or after the meeting whose minutes it
approved (minutes approved as the meeting closes are approved the same day), and it must have
taken place; ``minutes_approved`` is then that meeting's date. A record that says otherwise
names the wrong meeting, usually by a copied id or a hand edit, and the public record would
show an approval that did not happen. One finding per meeting, on ``minutes_approved_in``.

Bad:
    # meetings/wg/2025-05-05-wg-2.yaml
    date: 2025-05-05
    minutes_approved: 2025-03-03
    minutes_approved_in: wg-1   # held 2025-03-03, before this meeting

Good:
    date: 2025-05-05
    minutes_approved: 2025-06-02
    minutes_approved_in: wg-3   # held 2025-06-02
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.facts import MeetingFacts
from docket.findings import Level

CODE = "DK132"
NAME = "approving-meeting-mismatch"
LEVEL = Level.ERROR
READS = frozenset({"meeting"})  # the meeting named in minutes_approved_in


def find(ctx: Context) -> Iterator[Hit]:
    for meeting in ctx.corpus.facts.values():
        approving = ctx.corpus.facts.get(meeting.minutes_approved_in or "")
        if approving is None:
            continue  # none recorded, or a dangling reference, which loading reports
        problem = _problem(meeting, approving)
        if problem is not None:
            yield Hit(
                f"the minutes of {meeting.id} ({meeting.date.isoformat()}) are recorded "
                f"as approved in {approving.id}, {problem}",
                meeting.path,
                ("minutes_approved_in",),
                subject=meeting.id,
            )


def _problem(meeting: MeetingFacts, other: MeetingFacts) -> str | None:
    fix = f"correct minutes_approved_in (or run `docket approve minutes {meeting.id} --at M`)"
    if other.body != meeting.body:
        return f"a meeting of {other.body}, not of {meeting.body}: {fix}"
    if not other.took_place:
        return f"which has not taken place (status {other.status}): {fix}"
    if meeting.in_doubt("date", "minutes_approved") or other.in_doubt("date"):
        return None  # meeting-dates-out-of-order reports a date in doubt
    if other.date < meeting.date:
        return f"held {other.date.isoformat()}, before the meeting it would approve: {fix}"
    approved = meeting.minutes_approved
    if approved is not None and approved != other.date:
        return (
            f"held {other.date.isoformat()}, but minutes_approved says "
            f"{approved.isoformat()}: make them agree (the approval is that meeting's date)"
        )
    return None
