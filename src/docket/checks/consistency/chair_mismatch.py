"""The meeting was chaired by someone other than the body's chair.

Why: the chair (forperson) leads the body's meetings; when someone else leads one, the record
should show why. The vice-chair may chair when the chair is absent (not listed, or listed as
absent or excused) if the rules in force let the vice-chair deputise (``vice_chair_deputises``,
the default; with no rules in force the vice-chair is accepted). Anyone else is reported, also
when the body had no chair on the meeting date. On a day when the record names two chairs (or
two vice-chairs), either is accepted, so a post left open when a successor's began gives no
finding here: office-held-twice reports it.

Bad:
    # body wg: chair alice, vice-chair bob
    chair: carol
    participants:
      - {person: alice}
      - {person: carol}

Good:
    # body wg: chair alice, vice-chair bob
    chair: bob
    participants:
      - {person: alice, attendance: excused}
      - {person: bob}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.checks.voting import unsure
from docket.findings import Level
from docket.model.body import Role
from docket.model.governing_document import RulesVersion
from docket.model.meeting import Attendance, Meeting

CODE = "DK111"
NAME = "chair-mismatch"
LEVEL = Level.WARNING
READS = frozenset({"body", "rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    corpus = ctx.corpus
    for located in corpus.meetings.values():
        meeting = located.obj
        if in_doubt(corpus, located, "date"):
            continue  # meeting-dates-out-of-order: who was a member depends on the day
        body = corpus.bodies.get(meeting.body)
        if meeting.chair is None or body is None:
            continue
        if unsure(body.obj, roles=(Role.CHAIR, Role.VICE_CHAIR)):
            continue  # date-range-reversed reports a chair's post that ends before it starts
        chairs = corpus.holders(meeting.body, Role.CHAIR, meeting.date)
        if meeting.chair in chairs:
            continue
        present = {p.person for p in meeting.participants if p.attendance == Attendance.PRESENT}
        in_force = corpus.rules_in_force(meeting.body, meeting.date)
        vice_chairs = corpus.holders(meeting.body, Role.VICE_CHAIR, meeting.date)
        chair_present = bool(present.intersection(chairs))
        deputises = in_force is None or in_force.parameters.vice_chair_deputises
        if meeting.chair in vice_chairs and not chair_present and deputises:
            continue
        yield Hit.at(located, _message(ctx, meeting, chairs, chair_present, in_force), "chair")


def _message(
    ctx: Context,
    meeting: Meeting,
    chairs: list[str],
    chair_present: bool,
    in_force: RulesVersion | None,
) -> str:
    corpus = ctx.corpus
    day = meeting.date.isoformat()
    chaired = f"the meeting was chaired by {corpus.name_of(meeting.chair or '')}"
    if not chairs:
        return f"{chaired}, but {corpus.name_of(meeting.body)} had no chair on {day}"
    names = " and ".join(corpus.name_of(c) for c in chairs)
    the_chair, was = ("the chairs", "were") if len(chairs) > 1 else ("the chair", "was")
    if meeting.chair not in corpus.holders(meeting.body, Role.VICE_CHAIR, meeting.date):
        return f"{chaired}, but the body's {the_chair[4:]} on {day} {was} {names}"
    if chair_present:
        return f"{chaired}, the vice-chair, although {the_chair} {names} {was} present"
    version = in_force.version if in_force else ""
    return (
        f"{chaired}, the vice-chair, in the absence of {the_chair} {names}, but rules of "
        f"procedure version {version} do not let the vice-chair deputise "
        "(vice_chair_deputises: false)"
    )
