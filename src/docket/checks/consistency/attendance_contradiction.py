"""A person is recorded twice in a meeting's attendance, or as absent and yet as taking part.

Why: the attendance list (deltagere, afbud) decides the quorum, who may vote and what the
minutes say about who was there. A person listed twice, once present and once absent or
excused, makes the record contradict itself, and docket would have to guess which entry is
true; listed twice with the same attendance, the minutes name them twice. A person who chaired
the meeting, took the minutes, is named as voting or made a minority statement or protocol
remark was there, so a record of them as absent or excused is wrong in one of the two places.

Each person is listed once under ``participants``; a guest who attended several items lists
them together in ``items``.

Bad:
    chair: alice
    participants:
      - {person: alice, attendance: excused}
      - {person: bob}
      - {person: bob, attendance: absent}

Good:
    chair: alice
    participants:
      - {person: alice}
      - {person: bob, attendance: absent}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.corpus import Located
from docket.findings import Level, Pointer
from docket.model.meeting import Attendance, Meeting

CODE = "DK116"
NAME = "attendance-contradiction"
LEVEL = Level.ERROR

_SIDES = (("in_favour_by", "for"), ("against_by", "against"), ("abstaining_by", "abstaining"))


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        yield from _listed_twice(ctx, located)
        yield from _absent_yet_there(ctx, located)


def _listed_twice(ctx: Context, located: Located[Meeting]) -> Iterator[Hit]:
    """One hit per person listed more than once, however many times: at the first entry that
    contradicts the first one, or else at the second entry."""
    entries: dict[str, list[int]] = {}
    for index, participant in enumerate(located.obj.participants):
        entries.setdefault(participant.person, []).append(index)
    for person, indexes in entries.items():
        if len(indexes) < 2:
            continue
        listed = [located.obj.participants[i] for i in indexes]
        name = ctx.corpus.name_of(person)
        numbers = ", ".join(str(i + 1) for i in indexes[:-1]) + f" and {indexes[-1] + 1}"
        where = f"entries {numbers} of participants"
        attendances = list(dict.fromkeys(p.attendance for p in listed))
        if len(attendances) > 1:
            said = ", ".join(str(a) for a in attendances[:-1]) + f" and {attendances[-1]}"
            index = next(
                i
                for i, p in zip(indexes, listed, strict=True)
                if p.attendance != listed[0].attendance
            )
            message = (
                f"{name} is recorded both {said} ({where}): keep one entry, with the "
                "attendance that is true"
            )
            field = "attendance"
        else:
            times = "twice" if len(indexes) == 2 else f"{len(indexes)} times"
            both = "both" if len(indexes) == 2 else "all"
            fix = "remove one entry" if len(indexes) == 2 else "keep one entry"
            index = indexes[1]
            message = (
                f"{name} is listed {times} ({where}), {both} {attendances[0]}: {fix} (a "
                "guest at several items lists them together under items)"
            )
            field = "person"
        yield Hit(message, located.path, ("participants", index, field), subject=person)


def _absent_yet_there(ctx: Context, located: Located[Meeting]) -> Iterator[Hit]:
    meeting = located.obj
    away = {
        p.person: (index, p.attendance)
        for index, p in enumerate(meeting.participants)
        if p.attendance != Attendance.PRESENT
    }
    if not away:
        return
    listed = Counter(p.person for p in meeting.participants)
    for person in [p for p in away if listed[p] > 1]:
        del away[person]  # a person listed twice is reported once, by _listed_twice

    def hit(person: str, did: str, fix: str, pointer: Pointer) -> Hit:
        index, attendance = away[person]
        return Hit(
            f"{ctx.corpus.name_of(person)} {did} but is recorded {attendance} (entry "
            f"{index + 1} of participants): correct the attendance, or {fix}",
            located.path,
            pointer,
            subject=person,
        )

    if meeting.chair in away:
        yield hit(meeting.chair, "chaired the meeting", "name in chair who chaired", ("chair",))
    if meeting.secretary in away:
        yield hit(
            meeting.secretary,
            "took the minutes",
            "name in secretary who took them",
            ("secretary",),
        )
    for i, item in enumerate(meeting.items):
        for j, decision in enumerate(item.decisions):
            at = ("items", i, "decisions", j)
            on = f"on item {item.number} ('{decision.id}')"
            for side, word in _SIDES if decision.votes else ():
                for k, person in enumerate(getattr(decision.votes, side)):
                    if person in away:
                        yield hit(
                            person,
                            f"is named as voting {word} {on}",
                            "the vote",
                            (*at, "votes", side, k),
                        )
            for k, statement in enumerate(decision.statements):
                for n, person in enumerate(statement.by):
                    if person in away:
                        yield hit(
                            person,
                            f"made a {statement.kind.replace('-', ' ')} {on}",
                            "the statement's by",
                            (*at, "statements", k, "by", n),
                        )
