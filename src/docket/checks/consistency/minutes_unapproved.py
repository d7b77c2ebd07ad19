"""The minutes are still not approved after the comment period and the next meeting.

Why: draft minutes become the body's record only when approved. Once the comment period has
ended and the body has met again, nothing should hold the approval back; unapproved minutes
that linger are usually forgotten. The comment period is ``minutes_comment_days`` after
``minutes_sent`` under the rules in force on the meeting date (none when the rules are silent).
Minutes never sent are minutes-late's business, not this check's. The message names the
commands that record the approval: ``docket approve minutes M --at LATER`` for an approval at a
later meeting held after the comment period, or ``--reviews FILE`` for an approval by the
members' reviews of the pull request that changes the minutes.

Bad:
    # the body's next meeting was held 2025-05-05
    date: 2025-03-03
    status: minutes-draft
    minutes_sent: 2025-03-10

Good:
    # the body's next meeting was held 2025-05-05
    date: 2025-03-03
    status: minutes-approved
    minutes_sent: 2025-03-10
    minutes_approved: 2025-05-05
    minutes_approved_in: wg-2
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.deadlines import comment_period_end
from docket.facts import MeetingFacts
from docket.findings import Level

CODE = "DK108"
NAME = "minutes-unapproved"
LEVEL = Level.WARNING
READS = frozenset({"meeting", "rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    held = _held_by_body(ctx)
    for meeting in ctx.corpus.facts.values():
        sent = meeting.minutes_sent
        if not meeting.took_place or sent is None or meeting.minutes_approved is not None:
            continue
        if meeting.in_doubt("date", "minutes_sent"):
            continue  # meeting-dates-out-of-order reports a date in doubt
        version = ctx.corpus.rules_in_force(meeting.body, meeting.date)
        period_end = (comment_period_end(sent, version.parameters) if version else None) or sent
        if ctx.as_of <= period_end:
            continue
        later = [other for other in held.get(meeting.body, []) if other.date > meeting.date]
        if later:
            yield Hit.at_meeting(
                meeting,
                f"the minutes of the meeting on {meeting.date.isoformat()} are not approved, "
                f"although the comment period ended {period_end.isoformat()} and the body met "
                f"again on {later[0].date.isoformat()} ('{later[0].id}'): "
                f"{_how(meeting, [m for m in later if m.date > period_end])}",
                "status",
            )


def _how(meeting: MeetingFacts, after_period: list[MeetingFacts]) -> str:
    """The two ways to record the approval, as the commands that record it."""
    command = f"docket approve minutes {meeting.id}"
    if after_period:
        at = f"if {after_period[0].id} approved them, run `{command} --at {after_period[0].id}`"
    else:
        at = f"approve them at the next meeting and run `{command} --at MEETING`"
    return (
        f"{at}; if the members approved them by pull-request review, save the reviews "
        f"(`gh api repos/OWNER/REPO/pulls/N/reviews > reviews.json`) and run "
        f"`{command} --reviews reviews.json`"
    )


def _held_by_body(ctx: Context) -> dict[str, list[MeetingFacts]]:
    """Each body's meetings that took place by the as-of date, in date order."""
    held: dict[str, list[MeetingFacts]] = {}
    for meeting in sorted(ctx.corpus.facts.values(), key=lambda m: m.date):
        if meeting.took_place and meeting.date <= ctx.as_of:
            held.setdefault(meeting.body, []).append(meeting)
    return held
