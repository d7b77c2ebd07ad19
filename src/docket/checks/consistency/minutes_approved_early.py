"""The minutes were approved before the comment period ended, or without being sent.

Why: the rules of procedure give members ``minutes_comment_days`` after the draft minutes are
sent to comment on them (kommentere mødereferatet); the period runs up to and including its last
day. Minutes approved within that period, or approved although no draft was ever sent, were
approved without the members' chance to correct them. The period is counted in calendar or
working days (``day_count``) under the rules in force on the meeting date.

Bad:
    # rules in force: minutes_comment_days: 10
    minutes_sent: 2025-03-10
    minutes_approved: 2025-03-14

Good:
    # rules in force: minutes_comment_days: 10
    minutes_sent: 2025-03-10
    minutes_approved: 2025-03-24
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.deadlines import comment_period_end
from docket.findings import Level

CODE = "DK107"
NAME = "minutes-approved-early"
LEVEL = Level.ERROR
READS = frozenset({"rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        approved = meeting.minutes_approved
        if approved is None or in_doubt(
            ctx.corpus, located, "date", "minutes_sent", "minutes_approved"
        ):
            continue  # meeting-dates-out-of-order reports a date in doubt
        if meeting.minutes_sent is None:
            yield Hit.at(
                located,
                f"the minutes were approved {approved.isoformat()} but no draft was sent to "
                "the members: record minutes_sent, the day the draft went out for comments",
                "minutes_approved",
            )
            continue
        version = ctx.corpus.rules_in_force(meeting.body, meeting.date)
        if version is None:
            continue
        period_end = comment_period_end(meeting.minutes_sent, version.parameters)
        if period_end is not None and approved <= period_end:
            days = f"{version.parameters.minutes_comment_days} {version.parameters.day_count} days"
            yield Hit.at(
                located,
                f"the minutes were approved {approved.isoformat()}, but members could comment "
                f"until {period_end.isoformat()} ({days} after the draft was sent on "
                f"{meeting.minutes_sent.isoformat()}, rules of procedure version "
                f"{version.version})",
                "minutes_approved",
            )
