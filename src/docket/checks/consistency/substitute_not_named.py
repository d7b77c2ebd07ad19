"""A substitute is not the one the absent member's membership names, where the rules require it.

Why: rules of procedure often say that only a member's own named substitute (stedfortræder) may
stand in for them (``named_substitutes_only: true``), as in a municipal committee where the
council elects each member's substitute. Another person taking the seat has no mandate, and the
decisions they vote on can be challenged. The substitute named in ``substitute_for``'s
membership (``substitute``) on the meeting day is the only one allowed.

Bad:
    # rules in force: named_substitutes_only: true
    # membership: {person: bob, substitute: erik}
    participants:
      - {person: bob, attendance: excused}
      - {person: frank, capacity: substitute, substitute_for: bob}

Good:
    participants:
      - {person: bob, attendance: excused}
      - {person: erik, capacity: substitute, substitute_for: bob}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.findings import Level
from docket.model.meeting import Capacity

CODE = "DK152"
NAME = "substitute-not-named"
LEVEL = Level.ERROR
READS = frozenset({"body", "rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if in_doubt(ctx.corpus, located, "date"):
            continue  # meeting-dates-out-of-order: who was a member depends on the day
        rules = ctx.corpus.rules_in_force(meeting.body, meeting.date)
        body = ctx.corpus.bodies.get(meeting.body)
        if rules is None or body is None or not rules.parameters.named_substitutes_only:
            continue
        named = {m.person: m.substitute for m in body.obj.members_on(meeting.date)}
        for index, participant in enumerate(meeting.participants):
            member = participant.substitute_for
            if participant.capacity != Capacity.SUBSTITUTE or member not in named:
                continue
            allowed = named[member]
            if participant.person == allowed:
                continue
            whom = (
                f"names {ctx.corpus.name_of(allowed)}"
                if allowed
                else "names no substitute: add one to the membership"
            )
            yield Hit(
                f"{ctx.corpus.name_of(participant.person)} stood in for "
                f"{ctx.corpus.name_of(member)}, but the rules of procedure (version "
                f"{rules.version}) allow only the named substitute and the membership {whom}",
                located.path,
                ("participants", index, "person"),
                subject=participant.person,
            )
