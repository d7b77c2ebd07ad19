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

from docket.corpus import Corpus
from docket.facts import MeetingFacts
from docket.findings import Pointer
from docket.model.governing_document import VersionStatus
from docket.model.meeting import MeetingStatus, PlaceMode

IN_PERSON = frozenset({PlaceMode.PHYSICAL, PlaceMode.HYBRID})
NOT_YET_HELD = frozenset({MeetingStatus.PLANNED, MeetingStatus.INVITED})


def met_in_person(meeting: MeetingFacts) -> bool:
    """Whether the meeting took place with the members (also) in one room."""
    return meeting.took_place and meeting.place_mode in IN_PERSON


def could_meet_in_person(meeting: MeetingFacts) -> bool:
    """Whether a meeting not yet held may still be held in person (its place is not virtual)."""
    return meeting.place_mode is None or meeting.place_mode in IN_PERSON


def meetings_by_body(corpus: Corpus) -> dict[str, list[MeetingFacts]]:
    """Each body's meeting records in date order (then number); made once per corpus."""
    return corpus.derive(_by_body)


def _by_body(corpus: Corpus) -> dict[str, list[MeetingFacts]]:
    found: dict[str, list[MeetingFacts]] = defaultdict(list)
    for facts in corpus.facts.values():
        found[facts.body].append(facts)
    for meetings in found.values():
        meetings.sort(key=lambda m: (m.date, m.number or 0, m.id))
    return dict(found)


class Calendar:
    """Each body's meetings that were not cancelled, in date order, searchable by date."""

    def __init__(self, by_body: dict[str, list[MeetingFacts]]) -> None:
        self._meetings = {
            body: [m for m in found if m.status != MeetingStatus.CANCELLED]
            for body, found in by_body.items()
        }
        self._dates = {body: [m.date for m in found] for body, found in self._meetings.items()}

    def after(self, body: str, day: date) -> Iterator[MeetingFacts]:
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
    recorded = {(m.body, m.date) for m in corpus.facts.values()}
    found: list[PlannedDate] = []
    for meeting in corpus.facts.values():
        planned = meeting.next_meeting
        if planned is None or meeting.next_meeting_id in corpus.meetings:
            continue
        if ("next_meeting", "date") in meeting.doubted:
            continue  # meeting-dates-out-of-order reports a next meeting dated before this one
        if (meeting.body, planned) not in recorded:
            found.append(
                PlannedDate(
                    meeting.body,
                    planned,
                    meeting.path,
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
