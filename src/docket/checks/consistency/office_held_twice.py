"""Two people hold the chair, or the vice-chair, of one body on the same day.

Why: a body has one chair (forperson) and one vice-chair (næstforperson) at a time. When a new
chair's membership is added and the old chair's is not ended, the record says both led the body
from the new chair's first day; every answer to "who was chair on that day" (the meeting's
chair, the briefing pack, the reminders) is then a guess. Usually the old post should end the
day before the new one begins; sometimes the new post's start is wrong. Only the secretariat
can tell which.

A post is reported when it begins while another person's post in the same office has not
ended (its start lies within the other's period). Two posts that begin on the same day are an
office shared on purpose (co-chairs, or a first and a second vice-chair elected together) and
are not reported. The secretary is no single office in the model (a secretariat may have
several staff in the role), so two secretaries are not reported. A post that ends before it
begins is date-range-reversed's. Within the overlap, chair-mismatch accepts either holder as
the meeting's chair, and the quorum, vote and minutes-approval checks do not count the earlier
holder among the voting members a quorum or share is taken of (but count their vote when they
were there), so this one mistake gives this one finding.

Bad:
    memberships:
      - {person: alice, role: chair, start: 2021-01-01}
      - {person: bob, role: chair, start: 2025-03-01}

Good:
    memberships:
      - {person: alice, role: chair, start: 2021-01-01, end: 2025-02-28}
      - {person: bob, role: chair, start: 2025-03-01}
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from docket.checks.base import Context, Hit
from docket.checks.offices import Overlap, overlaps
from docket.findings import Level
from docket.model.body import Body

CODE = "DK158"
NAME = "office-held-twice"
LEVEL = Level.ERROR


def find(ctx: Context) -> Iterator[Hit]:
    # Each body is judged by its own memberships, so the check reads no other document.
    for located in ctx.corpus.by_kind("body"):
        body = located.obj
        if not isinstance(body, Body):
            continue
        for overlap in overlaps(body):
            later = body.memberships[overlap.later]
            yield Hit(
                _message(ctx, body, overlap),
                located.path,
                (*located.pointer, "memberships", overlap.later, "start"),
                subject=later.person,
            )


def _message(ctx: Context, body: Body, overlap: Overlap) -> str:
    name = ctx.corpus.name_of
    old, new = body.memberships[overlap.earlier], body.memberships[overlap.later]
    office = old.role.value
    since = f"from {old.start.isoformat()}" if old.start else "no start"
    until = f"to {old.end.isoformat()}" if old.end else "no end"
    period = (
        f"from {overlap.first_day.isoformat()} to {overlap.last_day.isoformat()}"
        if overlap.last_day
        else f"from {overlap.first_day.isoformat()} on"
    )
    day_before = (overlap.first_day - timedelta(days=1)).isoformat()
    open_posts = [i for i, m in enumerate(body.memberships) if m.person == old.person and not m.end]
    if old.end is None and open_posts[-1] == overlap.earlier:
        fix = f"docket end membership --body {body.id} --person {old.person} --on {day_before}"
        end_old = f"run `{fix}`"
    else:
        end_old = (
            f"set end: {day_before} on {name(old.person)}'s post (entry {overlap.earlier + 1} "
            "of memberships)"
        )
    return (
        f"{name(new.person)} becomes {office} of {name(body.id)} on "
        f"{overlap.first_day.isoformat()}, but {name(old.person)}'s post as {office} "
        f"({since}, {until}; entry {overlap.earlier + 1} of memberships) has not ended by "
        f"then, so the body has two {office}s "
        f"{period}: if {name(old.person)}'s post ended the day before, {end_old} (and, if "
        f"they stayed a member, `docket new membership --body {body.id} --person {old.person} "
        f"--start {overlap.first_day.isoformat()}`); otherwise correct the start of "
        f"{name(new.person)}'s post"
    )
