"""The next meeting record of a body, prepared from what the repository already knows.

Chair and secretary come from the body's memberships on the day, a virtual place from the
previous meeting, the agenda from the standing items plus what earlier meetings left open: the
open follow-ups (item "Opfølgning"), the decisions by written procedure and the answers of other
bodies to the body's forwarded input that no meeting has reported yet (item "Meddelelser"), and
the proposed topics not yet on any agenda (item "Emner til kommende møder"). The record is
written with ``status: planned`` for the secretariat to fill in; nothing else is edited unless
asked (``link``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from docket.corpus import Corpus, Located
from docket.model.body import Body, Role
from docket.model.meeting import FollowUpStatus, Meeting, MeetingStatus, NextMeeting, PlaceMode
from docket.words import STANDING_ITEMS, StandingItem
from docket.workflow.write import FileEdit, WorkflowError, edit_values, record_text, unknown_id

NEXT_MEETING_FIELDS = tuple(NextMeeting.model_fields)


@dataclass
class PlannedMeeting:
    """What ``docket new meeting`` writes, and what it tells the user."""

    path: str
    text: str
    meeting_id: str
    notes: list[str] = field(default_factory=list)
    link: FileEdit | None = None

    @property
    def edits(self) -> list[FileEdit]:
        """The new record, and the previous meeting's ``next_meeting`` if it is to be linked."""
        record = FileEdit(
            self.path, self.text, f"wrote {self.path} (meeting {self.meeting_id}, status planned)"
        )
        return [record] if self.link is None else [record, self.link]


PLACE_MODES = {"physical": PlaceMode.PHYSICAL, "in-person": PlaceMode.PHYSICAL}
PLACE_MODES |= {mode.value: mode for mode in PlaceMode}
"""What ``--place`` accepts: the record's modes, and "in-person" for a physical meeting."""


def meeting_place(
    mode: str | None,
    address: str | None = None,
    platform: str | None = None,
    join_url: str | None = None,
) -> CommentedMap | None:
    """The ``place:`` of a new record from ``--place`` and its details, or ``None`` when none
    is given; ``WorkflowError`` for a combination a reader could not act on."""
    address, platform, join_url = (v.strip() if v else None for v in (address, platform, join_url))
    if mode is None:
        given = [flag for flag, v in (("--address", address), ("--platform", platform),
                                      ("--join-url", join_url)) if v]  # fmt: skip
        if given:
            raise WorkflowError(
                f"{' and '.join(given)} {'describe' if len(given) > 1 else 'describes'} "
                "the place: give its mode too, e.g. "
                "--place physical --address 'Udvalgsværelse 1'"
            )
        return None
    chosen = PLACE_MODES.get(mode.strip().lower())
    if chosen is None:
        raise WorkflowError(
            f"'{mode}' is not a kind of place: use {', '.join(sorted(PLACE_MODES))}"
        )
    if chosen != PlaceMode.VIRTUAL and not address:
        raise WorkflowError(
            f"a {chosen.value} meeting needs the room or address where it is held: add "
            "--address, e.g. --address 'Udvalgsværelse 1, Universitetsfirkanten'"
        )
    if chosen == PlaceMode.VIRTUAL and address:
        raise WorkflowError(
            "a virtual meeting has no room: leave out --address, or use --place hybrid"
        )
    if chosen == PlaceMode.PHYSICAL and (platform or join_url):
        raise WorkflowError(
            "a physical meeting has no platform or link: use --place hybrid for a meeting "
            "both in a room and online"
        )
    if join_url and urlsplit(join_url).scheme not in ("http", "https"):
        raise WorkflowError(f"--join-url '{join_url}' is not a web address: give https://...")
    place = CommentedMap(mode=chosen.value)
    for key, value in (("platform", platform), ("link", join_url), ("address", address)):
        if value:
            place[key] = DoubleQuotedScalarString(value)  # a comma or colon stays text
    place.fa.set_flow_style()
    return place


def meeting_path(body: str, day: date, number: int) -> str:
    return f"meetings/{body}/{day.isoformat()}-{body}-{number}.yaml"


def meeting_id(corpus: Corpus, body: str, number: int) -> str:
    """The id of meeting ``number`` of ``body``, in the style of its latest numbered meeting
    ('twg-m1' -> 'twg-m2'); '<body>-<number>' when there is none to follow."""
    for located in reversed(corpus.meetings_of(body)):
        known = located.obj
        suffix = str(known.number) if known.number else ""
        if suffix and known.id.endswith(suffix) and not known.id[: -len(suffix)][-1:].isdigit():
            return f"{known.id[: -len(suffix)]}{number}"
    return f"{body}-{number}"


def _previous(corpus: Corpus, body: str, day: date) -> Located[Meeting] | None:
    earlier = [
        m
        for m in corpus.meetings_of(body)
        if m.obj.date < day and m.obj.status != MeetingStatus.CANCELLED
    ]
    return earlier[-1] if earlier else None


def open_follow_ups(corpus: Corpus, body: str, day: date) -> list[str]:
    """Ids of the open follow-ups agreed at the body's meetings before ``day``."""
    return [
        follow_up.id
        for located in corpus.meetings_of(body)
        if located.obj.date < day
        for item in located.obj.items
        for follow_up in item.follow_ups
        if follow_up.status == FollowUpStatus.OPEN
    ]


def unscheduled_topics(corpus: Corpus, body: str) -> list[str]:
    """Ids of topics proposed for ``body`` that no agenda item addresses yet."""
    meetings = [m.obj for m in corpus.meetings.values()]
    scheduled = {ref for m in meetings for item in m.items for ref in item.addresses}
    return [
        topic.id
        for meeting in sorted(meetings, key=lambda m: (m.date, m.number or 0, m.id))
        for item in meeting.items
        for topic in item.proposed_topics
        if (topic.body or meeting.body) == body and topic.id not in scheduled
    ]


def unreported(corpus: Corpus, body: str, day: date) -> list[str]:
    """Ids of the body's written procedures decided before ``day`` and of other bodies'
    decisions answering its forwarded input, that no agenda item of the body addresses yet."""
    reported = {
        ref for m in corpus.meetings_of(body) for item in m.obj.items for ref in item.addresses
    }
    procedures = [
        p.obj.id
        for p in sorted(corpus.written_procedures, key=lambda p: (p.obj.decided, p.obj.id))
        if p.obj.body == body and p.obj.decided is not None and p.obj.decided < day
    ]
    answers = [
        decision.id
        for located in corpus.meetings.values()
        if located.obj.date < day
        for item in located.obj.items
        for decision in item.decisions
        if any(
            (forward := corpus.objects.get(f)) is not None
            and forward.meeting is not None
            and forward.meeting.body == body
            for f in decision.answers
        )
    ]
    return [ref for ref in (*procedures, *answers) if ref not in reported]


def _one_holder(corpus: Corpus, body: str, role: Role, day: date, notes: list[str]) -> str | None:
    holders = corpus.holders(body, role, day)
    if not holders:
        notes.append(f"{role.value}: nobody holds that post on {day.isoformat()}: fill it in")
        return None
    if len(holders) > 1:
        names = " and ".join(holders)
        notes.append(
            f"{role.value}: {names} hold that post on {day.isoformat()}: fill in the one who "
            "takes it at this meeting"
        )
        return None
    return holders[0]


def _item(meeting_id: str, number: int, standing: StandingItem, **fields: Any) -> CommentedMap:
    item = CommentedMap()
    item["id"] = f"{meeting_id}-{standing.slug}"
    item["number"] = DoubleQuotedScalarString(str(number))
    if fields.get("time"):
        item["time"] = DoubleQuotedScalarString(fields["time"])
    item["title"] = standing.title
    if fields.get("kind"):
        item["kind"] = fields["kind"]
    if fields.get("addresses"):
        item["addresses"] = CommentedSeq(fields["addresses"])
    return item


def _items(
    corpus: Corpus,
    body: Body,
    meeting_id: str,
    day: date,
    time: str | None,
    previous: Meeting | None,
) -> list[CommentedMap]:
    titles = STANDING_ITEMS[body.language]
    planned: list[tuple[StandingItem, dict[str, Any]]] = [(titles["welcome"], {"time": time})]
    if previous is not None:
        approval = titles["approval"]
        title = approval.title.format(n=previous.number or previous.date.isoformat())
        planned.append((StandingItem(approval.slug, title), {"kind": "decision"}))
    follow_ups = open_follow_ups(corpus, body.id, day)
    if follow_ups:
        planned.append((titles["follow_ups"], {"kind": "information", "addresses": follow_ups}))
    reports = unreported(corpus, body.id, day)
    if reports:
        planned.append((titles["reports"], {"kind": "information", "addresses": reports}))
    topics = unscheduled_topics(corpus, body.id)
    if topics:
        planned.append((titles["topics"], {"kind": "discussion", "addresses": topics}))
    planned.append((titles["aob"], {}))
    return [
        _item(meeting_id, number, standing, **fields)
        for number, (standing, fields) in enumerate(planned, start=1)
    ]


def plan_meeting(
    corpus: Corpus,
    body_id: str,
    day: date,
    time: str | None = None,
    link: bool = False,
    number: int | None = None,
    place: CommentedMap | None = None,
) -> PlannedMeeting:
    """The record of ``body_id``'s next meeting on ``day``; refuses a day that has one.

    ``number`` continues a series begun before the record (a board that adopts docket at its
    meeting no. 131); by default the meeting is numbered one after the body's highest.
    ``place`` (from ``meeting_place``) is where it is held; without it, a virtual previous
    meeting's place is carried over."""
    located_body = corpus.bodies.get(body_id)
    if located_body is None:
        raise unknown_id("body", body_id, sorted(corpus.bodies))
    body = located_body.obj
    meetings = corpus.meetings_of(body_id)
    same_day = [m for m in meetings if m.obj.date == day]
    if same_day:
        raise WorkflowError(
            f"{same_day[0].path} already holds {body_id}'s meeting on {day.isoformat()} "
            f"({same_day[0].obj.id}, status {same_day[0].obj.status}): edit that file instead"
        )
    if number is None:
        number = max((m.obj.number or 0 for m in meetings), default=0) + 1
    numbered = [m for m in meetings if m.obj.number == number]
    if numbered:
        raise WorkflowError(
            f"{body_id}'s meeting no. {number} is already {numbered[0].obj.id} on "
            f"{numbered[0].obj.date.isoformat()} ({numbered[0].path}): give another --number, "
            "or leave it out to number the meeting after the highest"
        )
    new_id = meeting_id(corpus, body_id, number)
    if new_id in corpus.objects:
        taken = corpus.objects[new_id]
        raise WorkflowError(f"the id '{new_id}' is already used by a {taken.kind} in {taken.path}")
    path = meeting_path(body_id, day, number)
    if (corpus.root / path).exists():
        raise WorkflowError(f"{path} already exists: edit that file instead")
    notes: list[str] = []
    located_previous = _previous(corpus, body_id, day)
    previous = located_previous.obj if located_previous else None

    record = CommentedMap()
    record["kind"] = "meeting"
    record["schema_version"] = 1
    record["id"] = new_id
    record["body"] = body_id
    record["number"] = number
    record["date"] = day
    if time:
        record["start"] = DoubleQuotedScalarString(time)
    if place is not None:
        record["place"] = place
    elif previous is not None and previous.place and previous.place.mode == PlaceMode.VIRTUAL:
        place = CommentedMap(previous.place.model_dump(mode="json", exclude_none=True))
        place.fa.set_flow_style()
        record["place"] = place
    else:
        why = "the previous meeting was not virtual" if previous else "there is no earlier one"
        notes.append(
            f"place: not set ({why}): add it with --place physical --address ROOM, or "
            "in the file, e.g. place: {mode: physical, address: ...}"
        )
    for role, key in ((Role.CHAIR, "chair"), (Role.SECRETARY, "secretary")):
        holder = _one_holder(corpus, body_id, role, day, notes)
        if holder:
            record[key] = holder
    record["status"] = MeetingStatus.PLANNED.value
    items = _items(corpus, body, new_id, day, time, previous)
    record["items"] = CommentedSeq(items)
    result = PlannedMeeting(path, record_text(path, "meeting", record), new_id, notes)
    if located_previous is not None:
        result.link = _link(corpus, located_previous, day, new_id, link, notes)
    return result


def _link(
    corpus: Corpus,
    previous: Located[Meeting],
    day: date,
    meeting_id: str,
    link: bool,
    notes: list[str],
) -> FileEdit | None:
    """The edit that records the new meeting in the previous one's ``next_meeting``."""
    announced = previous.obj.next_meeting
    if announced is None or announced.date != day or announced.meeting == meeting_id:
        return None
    if announced.meeting is not None:
        notes.append(
            f"{previous.obj.id} names {announced.meeting} as its next meeting on "
            f"{day.isoformat()}: check which record is right"
        )
        return None
    if not link:
        notes.append(
            f"{previous.obj.id} announces its next meeting on {day.isoformat()}: pass --link to "
            f"record 'meeting: {meeting_id}' under next_meeting in {previous.path}"
        )
        return None
    return edit_values(
        corpus,
        previous.path,
        ("next_meeting",),
        {"meeting": meeting_id},
        NEXT_MEETING_FIELDS,
        f"recorded {meeting_id} as the next meeting of {previous.obj.id} in {previous.path}",
    )
