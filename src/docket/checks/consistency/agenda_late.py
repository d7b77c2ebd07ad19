"""The agenda was sent later than the rules of procedure allow, or is overdue.

Why: the rules of procedure (forretningsorden) give members a notice period to prepare; an
agenda sent late weakens any decision taken at the meeting. The deadline is the meeting date
less ``agenda_notice_days``, in calendar or working days (``day_count``; working days skip
weekends and Danish public holidays), of the rules in force when the agenda was sent (or, if it
was not, the day before the meeting): rules adopted later, typically at the meeting itself, did
not bind its agenda. A planned meeting whose deadline has passed without an agenda is reported
too. Bodies without rules in force, or rules without a notice period, are not judged.

An item added on a supplementary agenda (supplerende dagsorden) is judged by its own date
(``supplementary_sent``) against ``supplementary_notice_days`` when the rules give one, else
against the agenda's notice period.

Bad:
    # rules in force: agenda_notice_days: 7
    date: 2025-03-03
    status: held
    agenda_sent: 2025-02-28
    ---
    # an item on a supplementary agenda; rules: supplementary_notice_days: 3
    date: 2025-03-03
    agenda_sent: 2025-02-24
    items:
      - {id: m1-lease, number: "4", title: Lease, supplementary_sent: 2025-03-01}

Good:
    # rules in force: agenda_notice_days: 7, supplementary_notice_days: 3
    date: 2025-03-03
    status: held
    agenda_sent: 2025-02-24
    items:
      - {id: m1-lease, number: "4", title: Lease, supplementary_sent: 2025-02-28}
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt, unsure
from docket.corpus import Located
from docket.deadlines import add_days, agenda_deadline, shift
from docket.findings import Level, Pointer
from docket.model.governing_document import ProcedureParameters
from docket.model.meeting import Meeting, MeetingStatus

CODE = "DK105"
NAME = "agenda-late"
LEVEL = Level.ERROR
READS = frozenset({"rules-of-procedure"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if meeting.status == MeetingStatus.CANCELLED or in_doubt(
            ctx.corpus, located, "date", "agenda_sent"
        ):
            continue  # meeting-dates-out-of-order reports a date in doubt
        version = ctx.corpus.rules_in_force(meeting.body, _binding_day(meeting, ctx.as_of))
        if version is None:
            continue
        deadline = agenda_deadline(meeting.date, version.parameters)
        if deadline is None:
            continue
        notice = f"{version.parameters.agenda_notice_days} {version.parameters.day_count} days"
        if meeting.agenda_sent is not None and meeting.agenda_sent > deadline:
            yield Hit.at(
                located,
                f"the agenda was sent {meeting.agenda_sent.isoformat()}, after the deadline "
                f"{deadline.isoformat()} ({notice} before the meeting on "
                f"{meeting.date.isoformat()}, rules of procedure version {version.version})",
                "agenda_sent",
            )
        elif (
            meeting.agenda_sent is None
            and meeting.status == MeetingStatus.PLANNED
            and ctx.as_of > deadline
        ):
            yield Hit.at(
                located,
                f"the agenda for the meeting on {meeting.date.isoformat()} was due "
                f"{deadline.isoformat()} ({notice} before it) and has not been sent: make it "
                f"(`docket render agenda {meeting.id} --to pdf`), send it and record the day "
                "in agenda_sent (and status: invited)",
                "status",
            )
        doubted = unsure(ctx.corpus, located)
        yield from _supplementary(located, version.parameters, version.version, doubted)


def _supplementary(
    located: Located[Meeting],
    parameters: ProcedureParameters,
    version: str,
    doubted: frozenset[Pointer],
) -> Iterator[Hit]:
    meeting = located.obj
    days = parameters.supplementary_notice_days
    if days is None:
        days = parameters.agenda_notice_days or 0
    deadline = shift(meeting.date, -days, parameters.day_count, tuple(parameters.closed_days))
    for index, item in enumerate(meeting.items):
        sent = item.supplementary_sent
        if sent is None or sent <= deadline or ("items", index, "supplementary_sent") in doubted:
            continue
        yield Hit(
            f"item {item.number} ({item.title}) was sent on a supplementary agenda "
            f"{sent.isoformat()}, after the deadline {deadline.isoformat()} ({days} "
            f"{parameters.day_count} days before the meeting, rules of procedure version "
            f"{version})",
            located.path,
            ("items", index, "supplementary_sent"),
            subject=item.id,
        )


def _binding_day(meeting: Meeting, as_of: date) -> date:
    """The day whose rules bound the agenda: when it was sent, at the latest the day before."""
    eve = add_days(meeting.date, -1)
    return min(meeting.agenda_sent or as_of, eve)
