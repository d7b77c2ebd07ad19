"""A meeting record: the agenda, who was there, and what each item produced.

Item and outcome shapes follow OParl (AgendaItem with a separate display number) and Edoxen
(typed outcomes); every outcome has an id that any file can refer to.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from docket.model.common import (
    AddressableRef,
    BodyRef,
    DecisionRef,
    DocumentHeader,
    GoverningDocumentRef,
    Id,
    IsoDate,
    ItemRef,
    MeetingRef,
    OrganisationRef,
    PartyRef,
    PersonRef,
    PositiveNumber,
    Record,
    Text,
    TimeOfDay,
)


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    INVITED = "invited"
    HELD = "held"
    MINUTES_DRAFT = "minutes-draft"
    MINUTES_APPROVED = "minutes-approved"
    CANCELLED = "cancelled"

    @property
    def took_place(self) -> bool:
        return self in (self.HELD, self.MINUTES_DRAFT, self.MINUTES_APPROVED)


class PlaceMode(StrEnum):
    PHYSICAL = "physical"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class Place(Record):
    mode: PlaceMode
    platform: str | None = Field(default=None, description="E.g. 'Microsoft Teams'.")
    link: str | None = Field(default=None, description="The address to join an online meeting.")
    address: str | None = None
    host: OrganisationRef | None = Field(default=None, description="The hosting organisation.")
    host_region: OrganisationRef | None = Field(
        default=None, description="The region hosting it in person."
    )


class Attendance(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Capacity(StrEnum):
    MEMBER = "member"
    GUEST = "guest"
    OBSERVER = "observer"


class Participant(Record):
    person: PersonRef
    capacity: Capacity = Capacity.MEMBER
    attendance: Attendance = Attendance.PRESENT
    items: list[ItemRef] = Field(
        default_factory=list, description="For a guest: the items attended; empty: all."
    )


class ItemKind(StrEnum):
    DECISION = "decision"
    DISCUSSION = "discussion"
    INFORMATION = "information"


class Confidentiality(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"

    @property
    def rank(self) -> int:
        return ("public", "internal", "confidential").index(self.value)


class Presenter(Record):
    person: PersonRef
    label: str | None = Field(default=None, description="Shown before the name, e.g. 'forperson'.")


class Attachment(Record):
    """An attachment ('Bilag 3.1'): a file in the repository, a link, or a named document."""

    number: str = Field(
        pattern=r"^[0-9]+(?:\.[0-9]+)*$", description="Numbered by item, e.g. '3.1'."
    )
    title: str = Field(min_length=1)
    path: str | None = Field(default=None, description="A file, relative to the repository root.")
    url: str | None = None
    document: GoverningDocumentRef | None = Field(
        default=None, description="A governing document it shows."
    )
    version: str | None = Field(default=None, description="Which version of that document.")
    confidentiality: Confidentiality | None = None


class DecisionOutcome(StrEnum):
    ADOPTED = "adopted"
    ADOPTED_WITH_AMENDMENTS = "adopted-with-amendments"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    NOTED = "noted"


class Decision(Record):
    id: Id
    outcome: DecisionOutcome
    text: Text
    adopts: GoverningDocumentRef | None = Field(
        default=None, description="A governing document it adopts."
    )
    version: str | None = None


class FollowUpStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class FollowUp(Record):
    id: Id
    text: Text
    owner: PartyRef | None = Field(default=None, description="A person or organisation.")
    due: IsoDate | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    closed_in: MeetingRef | None = Field(default=None, description="The meeting that closed it.")
    closed_on: IsoDate | None = None
    note: Text | None = None


class Forward(Record):
    """Input this body sends to another body (videreformidles til bestyrelsen)."""

    id: Id
    to: BodyRef
    text: Text
    via: PartyRef | None = Field(default=None, description="Who carries it, e.g. the secretariat.")


class PendingStatus(StrEnum):
    OPEN = "open"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"


class PendingDecision(Record):
    """A decision this body awaits from another body (udestår)."""

    id: Id
    body: BodyRef = Field(description="The body that is to decide.")
    text: Text
    since: IsoDate | None = Field(default=None, description="Pending since; default: meeting day.")
    status: PendingStatus = PendingStatus.OPEN
    decided_by: DecisionRef | None = Field(
        default=None, description="The decision that settled it."
    )


class ProposedTopic(Record):
    id: Id
    text: Text
    body: BodyRef | None = Field(default=None, description="For which body; default: this one.")


class Amendment(Record):
    """A change to a commission or rules of procedure agreed at the meeting."""

    id: Id
    document: GoverningDocumentRef
    text: Text


class AgendaItem(Record):
    id: Id
    number: str = Field(pattern=r"^[0-9]+[a-z]?$", description="Display number, e.g. '3'.")
    time: TimeOfDay | None = None
    title: str = Field(min_length=1)
    presenters: list[Presenter] = Field(default_factory=list)
    agenda_presenter_text: str | None = Field(
        default=None, description="How the agenda names the presenters when not by person."
    )
    kind: ItemKind | None = Field(default=None, description="Empty for welcome and AOB items.")
    confidentiality: Confidentiality = Confidentiality.PUBLIC
    addresses: list[AddressableRef] = Field(
        default_factory=list,
        description="Ids this item takes up: forwarded input, pending decisions, topics, "
        "milestones, follow-ups.",
    )
    recommendation: Text | None = None
    minutes: Text | None = None
    background: Text | None = None
    proposed_solution: Text | None = None
    next_steps: Text | None = None
    attachments: list[Attachment] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    follow_ups: list[FollowUp] = Field(default_factory=list)
    forwarded: list[Forward] = Field(default_factory=list)
    pending_decisions: list[PendingDecision] = Field(default_factory=list)
    proposed_topics: list[ProposedTopic] = Field(default_factory=list)
    amendments: list[Amendment] = Field(default_factory=list)


class ApprovalMethod(StrEnum):
    MEETING = "meeting"
    REVIEW = "review"
    WRITTEN = "written"


class MinutesApproval(Record):
    """How the minutes were approved and by whom (the date is ``minutes_approved``)."""

    method: ApprovalMethod
    by: list[PersonRef] = Field(default_factory=list, description="The members who approved.")
    reference: str | None = Field(
        default=None, description="Where the approval is, e.g. the pull request's address."
    )


class NextMeeting(Record):
    date: IsoDate
    time: TimeOfDay | None = None
    meeting: MeetingRef | None = None
    ordinary: bool = Field(default=True, strict=True)


class Meeting(DocumentHeader):
    kind: Literal["meeting"]
    id: Id
    body: BodyRef
    number: PositiveNumber | None = Field(
        default=None, description="Sequence number; empty when unknown."
    )
    date: IsoDate
    start: TimeOfDay | None = None
    end: TimeOfDay | None = None
    place: Place | None = None
    chair: PersonRef | None = None
    secretary: PersonRef | None = None
    status: MeetingStatus
    confidentiality: Confidentiality = Confidentiality.PUBLIC
    agenda_sent: IsoDate | None = None
    minutes_sent: IsoDate | None = None
    minutes_approved: IsoDate | None = None
    minutes_approved_in: MeetingRef | None = Field(
        default=None, description="The meeting that approved these minutes."
    )
    minutes_approval: MinutesApproval | None = Field(
        default=None, description="How and by whom the minutes were approved."
    )
    participants: list[Participant] = Field(default_factory=list)
    items: list[AgendaItem] = Field(default_factory=list)
    next_meeting: NextMeeting | None = None
