"""A period in the record ends before it starts.

Why: a period whose end lies before its start cannot be true, and docket reads every period to
answer "on that day": who was a member, which rules were in force, whether a written procedure
was still open. A reversed membership is a member on no day at all, so the quorum, the chair
and every attendance check silently count without them. One of the two dates is a typing error
(often the year, or day and month swapped); which one, only the secretariat can tell.

The periods the record holds, each judged start before end:

- a membership's ``start`` and ``end`` (the last day; a one-day membership has both equal);
- a meeting's ``start`` and ``end`` times (a meeting is held on one day);
- a written procedure's ``sent`` and its ``deadline``, ``decided`` and each answer's ``date``
  (nothing is answered or decided before the question went out);
- a commission's or rules of procedure's version: ``drafted`` before ``adopted.date`` and
  ``effective_from`` (a version taking effect before its adoption is not reported: retroactive
  effect is lawful, e.g. a commission adopted in February with effect from 1 January);
- an organisation's ``part_of_from`` and the first of its ``changes`` that gives it another
  parent (``part_of``): the parent it was part of from ``part_of_from`` would be no day's.

A person's or an organisation's other ``changes`` each take effect on one day and end nothing,
so they form no period (two on the same day that disagree are change-conflict's). A meeting's
agenda, minutes and next meeting on the wrong side of its day are meeting-dates-out-of-order's.

A reversed membership is reported here alone: the checks that count members (quorum, votes,
substitutes, the chair, who approved the minutes, who attended as a member) count its person in
their favour, so they report nothing this finding already says.

Bad:
    memberships:
      - {person: carol, role: member, start: 2025-09-01, end: 2025-06-30}

Good:
    memberships:
      - {person: carol, role: member, start: 2025-06-01, end: 2025-06-30}
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from docket.checks.base import Context, Hit
from docket.findings import Level, Pointer
from docket.model.body import Body
from docket.model.governing_document import Commission, DocumentVersion, RulesOfProcedure
from docket.model.registry import Organisation

CODE = "DK117"
NAME = "date-range-reversed"
LEVEL = Level.ERROR

_FIX = "correct the date that is wrong (often the year, or day and month swapped)"


def find(ctx: Context) -> Iterator[Hit]:
    # Each document is judged on its own, so the check reads no other (no READS): bodies,
    # commissions and rules are taken from the objects of their own files.
    yield from _memberships(ctx)
    yield from _meeting_times(ctx)
    yield from _written_procedures(ctx)
    yield from _versions(ctx)
    yield from _organisations(ctx)


def _memberships(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.by_kind("body"):
        body = located.obj
        if not isinstance(body, Body):
            continue
        for index, membership in enumerate(body.memberships):
            start, end = membership.start, membership.end
            if start is not None and end is not None and end < start:
                yield Hit(
                    f"the membership of {ctx.corpus.name_of(membership.person)} "
                    f"({membership.role}) ends {end.isoformat()}, before it starts "
                    f"{start.isoformat()}, so it counts on no day: {_FIX}",
                    located.path,
                    (*located.pointer, "memberships", index, "end"),
                    subject=membership.person,
                )


def _meeting_times(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if meeting.start is not None and meeting.end is not None and meeting.end < meeting.start:
            yield Hit.at(
                located,
                f"the meeting on {meeting.date.isoformat()} ends at {meeting.end}, before it "
                f"starts at {meeting.start}: correct start or end (24-hour HH:MM)",
                "end",
            )


def _written_procedures(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.written_procedures:
        procedure = located.obj
        sent = procedure.sent
        dated: list[tuple[str, date | None, Pointer]] = [
            ("its deadline is", procedure.deadline, ("deadline",)),
            ("it was decided", procedure.decided, ("decided",)),
        ]
        dated += [
            (f"{ctx.corpus.name_of(answer.person)} answered", answer.date, ("answers", i, "date"))
            for i, answer in enumerate(procedure.answers)
        ]
        for what, day, pointer in dated:
            if day is not None and day < sent:
                yield Hit.at(
                    located,
                    f"written procedure '{procedure.id}' was sent {sent.isoformat()}, but "
                    f"{what} {day.isoformat()}, before it was sent: {_FIX}",
                    *pointer,
                )


def _versions(ctx: Context) -> Iterator[Hit]:
    documents = [*ctx.corpus.by_kind("commission"), *ctx.corpus.by_kind("rules-of-procedure")]
    for located in documents:
        document = located.obj
        if not isinstance(document, Commission | RulesOfProcedure):
            continue
        versions: list[DocumentVersion] = list(document.versions)
        for index, version in enumerate(versions):
            drafted = version.drafted
            if drafted is None:
                continue
            later: list[tuple[str, date | None, Pointer]] = [
                ("adopted", version.adopted.date if version.adopted else None, ("adopted", "date")),
                ("in force from", version.effective_from, ("effective_from",)),
            ]
            for what, day, pointer in later:
                if day is not None and day < drafted:
                    yield Hit(
                        f"version {version.version} of {document.id} is {what} "
                        f"{day.isoformat()}, before it was drafted {drafted.isoformat()}: "
                        f"{_FIX}",
                        located.path,
                        (*located.pointer, "versions", index, *pointer),
                        subject=document.id,
                    )


def _organisations(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.by_kind("organisation"):
        organisation = located.obj
        if not isinstance(organisation, Organisation):
            continue
        since, parent = organisation.part_of_from, organisation.part_of
        if since is None or parent is None:
            continue
        for index, change in sorted(
            enumerate(organisation.changes), key=lambda pair: pair[1].effective
        ):
            if change.part_of is None or change.part_of == parent:
                continue
            if change.effective < since:
                yield Hit(
                    f"{organisation.label('da')} is part of {ctx.corpus.name_of(parent)} from "
                    f"{since.isoformat()}, but a change effective {change.effective.isoformat()} "
                    f"already makes it part of {ctx.corpus.name_of(change.part_of)}, so the "
                    f"first parent holds on no day: {_FIX}",
                    located.path,
                    (*located.pointer, "changes", index, "effective"),
                    subject=organisation.id,
                )
            break
