"""What the checks that read many meetings need of each meeting, in a few plain values.

A check that reads other meetings (a numbering sequence, forwarded input that the next meeting
must take up, minutes approved in a later meeting) needs a handful of values from each: its id,
body, number, dates and status, which ids its items address, what it forwarded and answered,
where its follow-ups were closed and which attachments it lists. ``MeetingFacts`` holds exactly
those. They are made from the meeting's model (``facts_of``) and kept in the cache by the
digest of the meeting's file (``load.index``): after one edit in a repository of 10,000
meetings, the facts of the 9,999 that did not change are read back from the cache instead of
validating and walking their models again.

So a check that reads several meetings reads their facts, never their models: the facts are the
same whether they were made now or read back, which is what keeps the cache from ever changing
an answer (the tests compare both, byte for byte).
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from docket.contradictions import contradictions
from docket.findings import Pointer
from docket.model.meeting import Confidentiality, Meeting, MeetingStatus, PlaceMode

Day = date
"""A date (a field of ``MeetingFacts`` is named ``date``)."""


class Answer(NamedTuple):
    """A decision that answers forwarded input: ``items[item].decisions[decision].answers[at]``."""

    item: int
    decision: int
    at: int
    decision_id: str
    forward_id: str


class Forwarded(NamedTuple):
    """Input forwarded to another body, at ``items[item].forwarded[at]``."""

    item: int
    at: int
    id: str
    to: str


class Topic(NamedTuple):
    """A topic proposed for a body's agenda (``body`` empty: this meeting's), at
    ``items[item].proposed_topics[at]``."""

    item: int
    at: int
    id: str
    body: str | None


class FollowUpDates(NamedTuple):
    """A follow-up's dates and the meeting that closed it, at ``items[item].follow_ups[at]``."""

    item: int
    at: int
    id: str
    due: Day | None
    closed_on: Day | None
    closed_in: str | None


class Listed(NamedTuple):
    """An attachment path, at ``items[item].attachments[at].path``."""

    item: int
    at: int
    path: str


class MeetingFacts(NamedTuple):
    """One meeting, as the checks that read many meetings see it."""

    id: str
    path: str
    body: str
    number: int | None
    date: Day
    status: MeetingStatus
    place_mode: PlaceMode | None
    host_region: str | None
    minutes_sent: Day | None
    minutes_approved: Day | None
    minutes_approved_in: str | None
    next_meeting: Day | None
    next_meeting_id: str | None
    doubted: frozenset[Pointer]
    """Its dates that a contradiction among them puts in doubt (``checks.meeting_dates``)."""
    addressed: frozenset[str]
    """The ids its items list in ``addresses``."""
    answers: tuple[Answer, ...]
    forwarded: tuple[Forwarded, ...]
    topics: tuple[Topic, ...]
    follow_ups: tuple[FollowUpDates, ...]
    attachments: tuple[Listed, ...]
    confidentiality: Confidentiality
    item_levels: tuple[Confidentiality, ...]
    """How confidential each item is: the stricter of the item's level and the meeting's."""

    @property
    def took_place(self) -> bool:
        return self.status.took_place

    def in_doubt(self, *fields: str) -> bool:
        """Whether any of the top-level date ``fields`` ('date', 'minutes_sent', ...) is put in
        doubt by a contradiction among the meeting's own dates."""
        return any((field,) in self.doubted for field in fields)

    def level_at(self, pointer: Pointer) -> Confidentiality:
        """How confidential what lies at ``pointer`` in the meeting is: as its item, or as
        the meeting when it is in no item."""
        index = pointer[1] if len(pointer) >= 2 and pointer[0] == "items" else None
        if isinstance(index, int) and 0 <= index < len(self.item_levels):
            return self.item_levels[index]
        return self.confidentiality


def facts_of(path: str, meeting: Meeting) -> MeetingFacts:
    """The facts of ``meeting``, read from ``path``."""

    items = meeting.items
    place = meeting.place
    following = meeting.next_meeting
    return MeetingFacts(
        id=meeting.id,
        path=path,
        body=meeting.body,
        number=meeting.number,
        date=meeting.date,
        status=meeting.status,
        place_mode=place.mode if place else None,
        host_region=place.host_region if place else None,
        minutes_sent=meeting.minutes_sent,
        minutes_approved=meeting.minutes_approved,
        minutes_approved_in=meeting.minutes_approved_in,
        next_meeting=following.date if following else None,
        next_meeting_id=following.meeting if following else None,
        doubted=frozenset().union(*(c.unsure for c in contradictions(path, meeting))),
        addressed=frozenset(target for item in items for target in item.addresses),
        answers=tuple(
            Answer(i, j, k, decision.id, forward)
            for i, item in enumerate(items)
            for j, decision in enumerate(item.decisions)
            for k, forward in enumerate(decision.answers)
        ),
        forwarded=tuple(
            Forwarded(i, j, forward.id, forward.to)
            for i, item in enumerate(items)
            for j, forward in enumerate(item.forwarded)
        ),
        topics=tuple(
            Topic(i, j, topic.id, topic.body)
            for i, item in enumerate(items)
            for j, topic in enumerate(item.proposed_topics)
        ),
        follow_ups=tuple(
            FollowUpDates(
                i, j, follow_up.id, follow_up.due, follow_up.closed_on, follow_up.closed_in
            )
            for i, item in enumerate(items)
            for j, follow_up in enumerate(item.follow_ups)
        ),
        attachments=tuple(
            Listed(i, j, attachment.path)
            for i, item in enumerate(items)
            for j, attachment in enumerate(item.attachments)
            if attachment.path is not None
        ),
        confidentiality=meeting.confidentiality,
        item_levels=tuple(
            max(meeting.confidentiality, item.confidentiality, key=lambda c: c.rank)
            for item in items
        ),
    )


def _day(value: date | None) -> int | None:
    return None if value is None else value.toordinal()


def _date(value: int | None) -> date | None:
    return None if value is None else date.fromordinal(value)


def pack(facts: MeetingFacts) -> tuple[Any, ...]:
    """``facts`` in values ``marshal`` writes (dates as day numbers, enums as their values)."""
    return (
        *facts[:4],
        facts.date.toordinal(),
        facts.status.value,
        None if facts.place_mode is None else facts.place_mode.value,
        facts.host_region,
        _day(facts.minutes_sent),
        _day(facts.minutes_approved),
        facts.minutes_approved_in,
        _day(facts.next_meeting),
        facts.next_meeting_id,
        facts.doubted,
        facts.addressed,
        tuple(tuple(entry) for entry in facts.answers),
        tuple(tuple(entry) for entry in facts.forwarded),
        tuple(tuple(entry) for entry in facts.topics),
        tuple((*f[:3], _day(f.due), _day(f.closed_on), f.closed_in) for f in facts.follow_ups),
        tuple(tuple(entry) for entry in facts.attachments),
        facts.confidentiality.value,
        tuple(level.value for level in facts.item_levels),
    )


_NONE = type(None)
_TEXT = (str,)
_MAYBE_TEXT = (str, _NONE)
_MAYBE_DAY = (int, _NONE)
_PACKED = (
    _TEXT,  # id
    _TEXT,  # path
    _TEXT,  # body
    _MAYBE_DAY,  # number
    (int,),  # date
    _TEXT,  # status
    _MAYBE_TEXT,  # place mode
    _MAYBE_TEXT,  # host region
    _MAYBE_DAY,  # minutes sent
    _MAYBE_DAY,  # minutes approved
    _MAYBE_TEXT,  # approved in
    _MAYBE_DAY,  # next meeting
    _MAYBE_TEXT,  # next meeting id
    (frozenset,),  # doubted
    (frozenset,),  # addressed
    *((tuple,),) * 5,  # answers, forwarded, topics, follow-ups, attachments
    _TEXT,  # confidentiality
    (tuple,),  # item levels
)
_ROWS: dict[type[Any], tuple[tuple[type, ...], ...]] = {
    Answer: ((int,), (int,), (int,), _TEXT, _TEXT),
    Forwarded: ((int,), (int,), _TEXT, _TEXT),
    Topic: ((int,), (int,), _TEXT, _MAYBE_TEXT),
    FollowUpDates: ((int,), (int,), _TEXT, _MAYBE_DAY, _MAYBE_DAY, _MAYBE_TEXT),
    Listed: ((int,), (int,), _TEXT),
}


_STATUSES = {status.value: status for status in MeetingStatus}
_MODES = {mode.value: mode for mode in PlaceMode}
_LEVELS = {level.value: level for level in Confidentiality}
"""The enums by value: a lookup in C, where calling the enum runs Python (130,000 times for
the item levels of 10,000 meetings). An unknown value is a ``KeyError``, a miss."""


def _typed(values: Any, types: tuple[tuple[type, ...], ...]) -> bool:
    return (
        isinstance(values, tuple)
        and len(values) == len(types)
        and all(map(isinstance, values, types))
    )


def _rows(kind: type[Any], stored: Any) -> tuple[Any, ...]:
    """Rows of ``kind`` as ``pack`` wrote them; ``TypeError`` on anything else."""
    if not stored:
        return ()
    types = _ROWS[kind]
    if not all(_typed(row, types) for row in stored):
        raise TypeError(f"not the rows of {kind.__name__} that pack writes")
    return tuple(kind._make(row) for row in stored)


def unpack(stored: Any) -> MeetingFacts:
    """The facts that ``pack`` wrote; ``TypeError``, ``ValueError`` or ``KeyError`` on anything
    else (a damaged or foreign cache): every value is checked, so no check trips over one
    later."""
    if not _typed(stored, _PACKED):
        raise TypeError("not the facts that pack writes")
    (
        id_,
        path,
        body,
        number,
        day,
        status,
        mode,
        host_region,
        sent,
        approved,
        approved_in,
        following,
        following_id,
        doubted,
        addressed,
        answers,
        forwarded,
        topics,
        follow_ups,
        attachments,
        confidentiality,
        item_levels,
    ) = stored
    if not (
        all(isinstance(pointer, tuple) for pointer in doubted)
        and all(isinstance(step, str | int) for pointer in doubted for step in pointer)
        and all(isinstance(target, str) for target in addressed)
        and all(isinstance(level, str) for level in item_levels)
    ):
        raise TypeError("not the facts that pack writes")
    return MeetingFacts(
        id_,
        path,
        body,
        number,
        date.fromordinal(day),
        _STATUSES[status],
        None if mode is None else _MODES[mode],
        host_region,
        _date(sent),
        _date(approved),
        approved_in,
        _date(following),
        following_id,
        doubted,
        addressed,
        _rows(Answer, answers),
        _rows(Forwarded, forwarded),
        _rows(Topic, topics),
        tuple(
            FollowUpDates(item, at, follow_up, _date(due), _date(closed_on), closed_in)
            for item, at, follow_up, due, closed_on, closed_in in _rows(FollowUpDates, follow_ups)
        ),
        _rows(Listed, attachments),
        _LEVELS[confidentiality],
        tuple(map(_LEVELS.__getitem__, item_levels)),
    )
