"""When bodies planned to meet and where they met: indexes the schedule checks build once a run.

A body plans a meeting in three places: a meeting record that is still planned or invited, the
``next_meeting`` of a meeting record, and an ``meetings`` entry of an annual plan. The last two
count as covered once a meeting record of that body exists for the date (or the entry links the
record by id); what is left are the planned dates nobody has recorded yet.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from docket.checks.meeting_dates import unsure
from docket.corpus import Corpus, Located
from docket.findings import Pointer
from docket.model.governing_document import VersionStatus
from docket.model.meeting import Meeting, MeetingStatus, PlaceMode

IN_PERSON = frozenset({PlaceMode.PHYSICAL, PlaceMode.HYBRID})
NOT_YET_HELD = frozenset({MeetingStatus.PLANNED, MeetingStatus.INVITED})


def met_in_person(meeting: Meeting) -> bool:
    """Whether the meeting took place with the members (also) in one room."""
    return (
        meeting.status.took_place and meeting.place is not None and meeting.place.mode in IN_PERSON
    )


def could_meet_in_person(meeting: Meeting) -> bool:
    """Whether a meeting not yet held may still be held in person (its place is not virtual)."""
    return meeting.place is None or meeting.place.mode in IN_PERSON


def meetings_by_body(corpus: Corpus) -> dict[str, list[Located[Meeting]]]:
    """Each body's meeting records in date order (then number); made once per corpus."""
    return corpus.derive(_by_body)


def _by_body(corpus: Corpus) -> dict[str, list[Located[Meeting]]]:
    found: dict[str, list[Located[Meeting]]] = defaultdict(list)
    for located in corpus.meetings.values():
        found[located.obj.body].append(located)
    for meetings in found.values():
        meetings.sort(key=lambda m: (m.obj.date, m.obj.number or 0, m.obj.id))
    return dict(found)


class Calendar:
    """Each body's meetings that were not cancelled, in date order, searchable by date."""

    def __init__(self, by_body: dict[str, list[Located[Meeting]]]) -> None:
        self._meetings = {
            body: [m.obj for m in found if m.obj.status != MeetingStatus.CANCELLED]
            for body, found in by_body.items()
        }
        self._dates = {body: [m.date for m in found] for body, found in self._meetings.items()}

    def after(self, body: str, day: date) -> Iterator[Meeting]:
        """The body's meetings (not cancelled) dated after ``day``, earliest first."""
        meetings = self._meetings.get(body, [])
        start = bisect_right(self._dates.get(body, []), day)
        for index in range(start, len(meetings)):
            yield meetings[index]


@dataclass(frozen=True)
class PlannedDate:
    """A date a body planned to meet on that no meeting record covers."""

    body: str
    day: date
    path: str
    pointer: Pointer
    source: str
    subject: str


def unrecorded_dates(corpus: Corpus) -> list[PlannedDate]:
    """Planned dates (``next_meeting`` and annual-plan entries) without a meeting record.

    Superseded annual plans are left out: a newer plan replaced their entries, and so is a
    ``next_meeting`` dated on or before its own meeting (``meeting_dates``).
    """
    recorded = {(m.obj.body, m.obj.date) for m in corpus.meetings.values()}
    found: list[PlannedDate] = []
    for located in corpus.meetings.values():
        meeting, planned = located.obj, located.obj.next_meeting
        if planned is None or (planned.meeting is not None and planned.meeting in corpus.meetings):
            continue
        if ("next_meeting", "date") in unsure(corpus, located):
            continue  # meeting-dates-out-of-order reports a next meeting dated before this one
        if (meeting.body, planned.date) not in recorded:
            found.append(
                PlannedDate(
                    meeting.body,
                    planned.date,
                    located.path,
                    ("next_meeting", "date"),
                    f"the next meeting announced at meeting {meeting.id}",
                    meeting.id,
                )
            )
    for plan_file in corpus.annual_plans:
        plan = plan_file.obj
        if plan.status == VersionStatus.SUPERSEDED:
            continue
        for index, entry in enumerate(plan.meetings):
            if entry.meeting is not None and entry.meeting in corpus.meetings:
                continue
            if (entry.body, entry.date) not in recorded:
                found.append(
                    PlannedDate(
                        entry.body,
                        entry.date,
                        plan_file.path,
                        ("meetings", index, "date"),
                        f"a meeting in annual plan {plan.id}",
                        plan.id,
                    )
                )
    return found
