"""The draft minutes were sent later than the rules of procedure allow, or are overdue.

Why: members can only comment on minutes while they still remember the meeting, and follow-ups
start from the minutes. The deadline is the meeting date plus ``draft_minutes_days`` of the rules
in force on the meeting date, in calendar or working days (``day_count``). A meeting that took
place and whose deadline has passed without ``minutes_sent`` is reported too (unless it records
``minutes_approved``: minutes-approved-early reports the missing ``minutes_sent`` then). Bodies
without rules in force, or rules without a minutes deadline, are not judged.

Who took the minutes is not judged, by this check or any other: a held meeting that names no
``secretary`` (referent) gives no finding. A warning would need rules that say who takes the
minutes, and none of the records docket is tested on has them: the NGC working group's rules of
procedure are known only from its minutes of 24 April 2025, which say how long members may
comment and that one meeting a year is physical; the KU board's say when the draft is sent and
approved, not by whom; the model's rules parameters have no such field. The NGC steering group's
and council's meetings are recorded from mentions in other minutes, and who took their minutes
is not known to anyone who could add it, so such a finding would be a gap nobody can fill.

Bad:
    # rules in force: draft_minutes_days: 14
    date: 2025-03-03
    status: minutes-draft
    minutes_sent: 2025-03-21

Good:
    # rules in force: draft_minutes_days: 14
    date: 2025-03-03
    status: minutes-draft
    minutes_sent: 2025-03-10
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.deadlines import minutes_deadline
from docket.findings import Level

CODE = "DK106"
NAME = "minutes-late"
LEVEL = Level.ERROR
READS = frozenset({"rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if not meeting.status.took_place or in_doubt(ctx.corpus, located, "date", "minutes_sent"):
            continue  # meeting-dates-out-of-order reports a date in doubt
        version = ctx.corpus.rules_in_force(meeting.body, meeting.date)
        if version is None:
            continue
        deadline = minutes_deadline(meeting.date, version.parameters)
        if deadline is None:
            continue
        allowed = f"{version.parameters.draft_minutes_days} {version.parameters.day_count} days"
        if meeting.minutes_sent is not None and meeting.minutes_sent > deadline:
            yield Hit.at(
                located,
                f"the draft minutes were sent {meeting.minutes_sent.isoformat()}, after the "
                f"deadline {deadline.isoformat()} ({allowed} after the meeting on "
                f"{meeting.date.isoformat()}, rules of procedure version {version.version})",
                "minutes_sent",
            )
        elif (
            meeting.minutes_sent is None
            and meeting.minutes_approved is None
            and ctx.as_of > deadline
        ):
            yield Hit.at(
                located,
                f"the draft minutes of the meeting on {meeting.date.isoformat()} were due "
                f"{deadline.isoformat()} ({allowed} after it) and have not been sent: make "
                f"them (`docket render minutes {meeting.id} --to pdf`), send them and record "
                "the day in minutes_sent",
                "status",
            )
