"""More people hold the chair, or the vice-chair, of one body on a day than its rules allow.

Why: a body has one chair (forperson) and one vice-chair (næstforperson) at a time, unless its
rules of procedure say how many (``chairs: 2`` for a partnership board with two co-chairs, or a
formandskab of two medformænd, each perhaps elected on its own day). When a new chair's
membership is added and the old chair's is not ended, the record says one chair too many led
the body from the new chair's first day; every answer to "who was chair on that day" (the
meeting's chair, the briefing pack, the reminders) is then a guess. Usually the old post should
end the day before the new one begins; sometimes the new post's start is wrong. Only the
secretariat can tell which.

Where the rules of procedure in force say how many hold the office (``chairs``,
``vice_chairs``), a post is reported for each stretch of days it is held while that many other
people, whose posts began before it (or the same day, listed before it), hold the office; the
number is the one of the rules version in force on each day, so an overlap before a version
that allows two co-chairs took effect is reported, and the same overlap after it is not. Where
the rules do not say, a post is reported when it begins while another person's post in the same
office has not ended (its start lies within the other's period), and two posts that begin on
the same day are an office shared on purpose (co-chairs, or a first and a second vice-chair
elected together) and are not reported; ``chairs: 1`` says there is one, so a second chair
elected the same day is reported. The secretary is no single office in the model (a
secretariat may have several staff in the role), so two secretaries are not reported. A post
that ends before it begins is date-range-reversed's. Within the overlap, chair-mismatch accepts
either holder as the meeting's chair, and the quorum, vote and minutes-approval checks do not
count the earlier holders among the voting members a quorum or share is taken of (but count
their vote when they were there), so this one mistake gives this one finding; co-chairs the
rules allow are counted like any other member.

Bad:
    memberships:
      - {person: alice, role: chair, start: 2021-01-01}
      - {person: bob, role: chair, start: 2025-03-01}

Good:
    memberships:
      - {person: alice, role: chair, start: 2021-01-01, end: 2025-02-28}
      - {person: bob, role: chair, start: 2025-03-01}
    ---
    # or two co-chairs, as version 2.0 of the rules of procedure allows from 2025-01-01
    versions:
      - version: "2.0"
        status: adopted
        adopted: {date: 2024-12-10, body: board}
        effective_from: 2025-01-01
        parameters: {chairs: 2}
    ---
    memberships:
      - {person: alice, role: chair, start: 2021-01-01}
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
READS = frozenset({"rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    # Each body is judged by its own memberships under its own rules of procedure.
    for located in ctx.corpus.by_kind("body"):
        body = located.obj
        if not isinstance(body, Body):
            continue
        for overlap in overlaps(ctx.corpus, body):
            later = body.memberships[overlap.later]
            field = ("start",) if later.start is not None else ()
            yield Hit(
                _message(ctx, body, overlap),
                located.path,
                (*located.pointer, "memberships", overlap.later, *field),
                subject=later.person,
            )


def _message(ctx: Context, body: Body, overlap: Overlap) -> str:
    if overlap.allowed.number is None:
        return _pair_message(ctx, body, overlap)
    return _number_message(ctx, body, overlap)


def _end_old(ctx: Context, body: Body, index: int, day_before: str) -> str:
    """How to end the post at ``index`` on ``day_before``: the command, where it ends the
    person's last open post, else the field to set."""
    old = body.memberships[index]
    open_posts = [i for i, m in enumerate(body.memberships) if m.person == old.person and not m.end]
    if old.end is None and open_posts[-1] == index:
        command = f"docket end membership --body {body.id} --person {old.person} --on {day_before}"
        return f"run `{command}`"
    return (
        f"set end: {day_before} on {ctx.corpus.name_of(old.person)}'s post (entry {index + 1} "
        "of memberships)"
    )


def _pair_message(ctx: Context, body: Body, overlap: Overlap) -> str:
    """Where the rules do not say how many: a post begun during another's, as one pair."""
    name = ctx.corpus.name_of
    (earlier,) = overlap.earlier
    old, new = body.memberships[earlier], body.memberships[overlap.later]
    office = old.role.value
    since = f"from {old.start.isoformat()}" if old.start else "no start"
    until = f"to {old.end.isoformat()}" if old.end else "no end"
    period = (
        f"from {overlap.first_day.isoformat()} to {overlap.last_day.isoformat()}"
        if overlap.last_day
        else f"from {overlap.first_day.isoformat()} on"
    )
    day_before = (overlap.first_day - timedelta(days=1)).isoformat()
    end_old = _end_old(ctx, body, earlier, day_before)
    return (
        f"{name(new.person)} becomes {office} of {name(body.id)} on "
        f"{overlap.first_day.isoformat()}, but {name(old.person)}'s post as {office} "
        f"({since}, {until}; entry {earlier + 1} of memberships) has not ended by "
        f"then, so the body has two {office}s "
        f"{period}: if {name(old.person)}'s post ended the day before, {end_old} (and, if "
        f"they stayed a member, `docket new membership --body {body.id} --person {old.person} "
        f"--start {overlap.first_day.isoformat()}`); otherwise correct the start of "
        f"{name(new.person)}'s post"
    )


def _number_message(ctx: Context, body: Body, overlap: Overlap) -> str:
    """Where the rules say how many: a post held while that many others were."""
    name = ctx.corpus.name_of
    new = body.memberships[overlap.later]
    office = new.role.value
    allowed, first = overlap.allowed, overlap.first_day.isoformat()
    number = allowed.number or 0
    rules = f"version {allowed.version} of its rules of procedure ({allowed.rules})"
    named = [
        f"{name(body.memberships[i].person)} (entry {i + 1} of memberships)"
        for i in overlap.earlier
    ]
    others = " and ".join([", ".join(named[:-1]), named[-1]] if len(named) > 1 else named)
    period = (
        f"from {first} to {overlap.last_day.isoformat()}"
        if overlap.last_day
        else f"from {first} on"
    )
    day_before = (overlap.first_day - timedelta(days=1)).isoformat()
    ends = "; or ".join(_end_old(ctx, body, i, day_before) for i in overlap.earlier)
    if new.start == overlap.first_day:
        begins = f"{name(new.person)} becomes {office} of {name(body.id)} on {first}"
        otherwise = f"otherwise correct the start of {name(new.person)}'s post"
    else:
        begins = (
            f"{name(new.person)} is {office} of {name(body.id)} on {first}, when {rules} "
            "takes effect"
        )
        otherwise = f"otherwise end {name(new.person)}'s post by {day_before}"
    hold = "hold" if len(named) > 1 else "holds"
    return (
        f"{begins}, while {others} {hold} the office, so the body has more {office}s {period} "
        f"than the {number} that {rules} allows: if one of their posts ended the day before, "
        f"{ends}; {otherwise}"
    )
