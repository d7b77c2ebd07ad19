"""A planned meeting's date has passed without a record that it was held or cancelled.

Why: the record of a body is its meetings. A meeting that was planned (a record still
'planned' or 'invited', the next meeting announced in a record, or a meeting of the annual
plan) and whose day is over must say what happened: held (with its minutes) or cancelled.
Otherwise nobody can tell a meeting that was skipped from minutes that were never written.
A ``next_meeting`` or annual-plan entry counts as recorded when a meeting record of that body
exists for its date, or when its ``meeting`` names an existing record (use that when the
meeting was moved to another day).

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml, checked as of 2025-06-01
    date: 2025-03-03
    status: held
    next_meeting: {date: 2025-05-12}
    # ... and no meeting record of wg dated 2025-05-12

Good:
    # meetings/wg/2025-05-12-wg-2.yaml
    kind: meeting
    id: wg-2
    body: wg
    date: 2025-05-12
    status: cancelled
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from docket.checks.base import Context, Hit
from docket.checks.schedule import NOT_YET_HELD, PlannedDate, unrecorded_dates
from docket.findings import Level

CODE = "DK120"
NAME = "record-missing"
LEVEL = Level.WARNING
READS = frozenset({"meeting", "annual-plan"})

_FIX = "set its status to held (or minutes-draft/minutes-approved) or cancelled"


def find(ctx: Context) -> Iterator[Hit]:
    for meeting in ctx.corpus.facts.values():
        if meeting.status in NOT_YET_HELD and meeting.date < ctx.as_of:
            yield Hit(
                f"meeting {meeting.id} of {meeting.date} is still '{meeting.status}' "
                f"although the day has passed: {_FIX}",
                meeting.path,
                ("status",),
                subject=meeting.id,
            )
    groups: dict[tuple[str, date], list[PlannedDate]] = {}
    for planned in unrecorded_dates(ctx.corpus):
        if planned.day < ctx.as_of:
            groups.setdefault((planned.body, planned.day), []).append(planned)
    for (body, day), plans in groups.items():
        # One missing record is one finding, however many places planned the meeting.
        first, others = plans[0], sorted({p.path for p in plans[1:]} - {plans[0].path})
        also = f" (also planned in {', '.join(others)})" if others else ""
        yield Hit(
            f"{first.source} ({ctx.corpus.name_of(body)}, {day}){also} has no meeting record: "
            f"add the record of that meeting (`docket new meeting --body {body} --date "
            f"{day}`, then its status held or cancelled), or name the record in 'meeting:' if "
            "it was moved to another day",
            first.path,
            first.pointer,
            subject=first.subject,
        )
