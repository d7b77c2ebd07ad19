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
    Count,
    DecisionRef,
    DocumentHeader,
    ForwardRef,
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
    WebAddress,
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
    SUBSTITUTE = "substitute"
    GUEST = "guest"
    OBSERVER = "observer"


class Participant(Record):
    person: PersonRef
    capacity: Capacity = Field(
        default=Capacity.MEMBER,
        description="member; substitute (stedfortræder: stands in for an absent member, named in "
        "substitute_for, and counts and votes in their place); guest; observer.",
    )
    attendance: Attendance = Attendance.PRESENT
    substitute_for: PersonRef | None = Field(
        default=None,
        description="For a substitute: the absent member they stand in for (with that "
        "member's vote).",
    )
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
    url: WebAddress | None = None
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


class Votes(Record):
    """How a vote went: counts, and the names where the record gives them.

    A count left out is the number of names given (0 without names); a count below the names
    given is a finding (vote-count-mismatch).
    """

    in_favour: Count | None = Field(default=None, description="Votes for.")
    against: Count | None = Field(default=None, description="Votes against.")
    abstaining: Count | None = Field(default=None, description="Members who abstained.")
    in_favour_by: list[PersonRef] = Field(
        default_factory=list, description="Who voted for, when the record names them."
    )
    against_by: list[PersonRef] = Field(
        default_factory=list, description="Who voted against, when the record names them."
    )
    abstaining_by: list[PersonRef] = Field(
        default_factory=list, description="Who abstained, when the record names them."
    )

    def count(self, side: str) -> int:
        """The votes on ``side`` ('in_favour', 'against', 'abstaining')."""
        given: int | None = getattr(self, side)
        return given if given is not None else len(getattr(self, f"{side}_by"))

    @property
    def total(self) -> int:
        return sum(self.count(side) for side in ("in_favour", "against", "abstaining"))

    def named(self) -> list[str]:
        return [*self.in_favour_by, *self.against_by, *self.abstaining_by]


class StatementKind(StrEnum):
    MINORITY_STATEMENT = "minority-statement"
    PROTOCOL_REMARK = "protocol-remark"


class Statement(Record):
    """A minority statement (mindretalsudtalelse) or a protocol remark (tilføjelse til
    protokollen), recorded at the request of the members who made it."""

    kind: StatementKind = Field(
        description="minority-statement (mindretalsudtalelse) or protocol-remark (tilføjelse "
        "til protokollen)."
    )
    by: list[PersonRef] = Field(min_length=1, description="The members who made it.")
    text: Text = Field(description="The statement as the minutes record it.")


class Decision(Record):
    id: Id
    outcome: DecisionOutcome
    text: Text
    adopts: GoverningDocumentRef | None = Field(
        default=None, description="A governing document it adopts."
    )
    version: str | None = None
    votes: Votes | None = Field(default=None, description="The vote, when one was taken.")
    statements: list[Statement] = Field(
        default_factory=list,
        description="Minority statements and protocol remarks made on this decision.",
    )
    answers: list[ForwardRef] = Field(
        default_factory=list,
        description="Input forwarded by another body that this decision answers; the answer is "
        "then reported back to that body (an item there addresses this decision).",
    )


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


class ConflictOfInterest(Record):
    """A member's declared conflict of interest (inhabilitet) on an item.

    The member took no part in the item: they do not count towards its quorum and do not vote.
    """

    person: PersonRef = Field(description="The member who declared the conflict.")
    reason: Text | None = Field(default=None, description="Why, as the minutes give it.")


class AgendaItem(Record):
    id: Id
    number: str = Field(
        pattern=r"^[0-9]+(?:[.][0-9]+)*[a-z]?$", description="Display number, e.g. '3', '1.1'."
    )
    time: TimeOfDay | None = None
    title: str = Field(min_length=1)
    presenters: list[Presenter] = Field(default_factory=list)
    agenda_presenter_text: str | None = Field(
        default=None, description="How the agenda names the presenters when not by person."
    )
    kind: ItemKind | None = Field(default=None, description="Empty for welcome and AOB items.")
    confidentiality: Confidentiality = Confidentiality.PUBLIC
    supplementary_sent: IsoDate | None = Field(
        default=None,
        description="When the item was sent on a supplementary agenda (supplerende dagsorden); "
        "empty: it was on the agenda sent on the meeting's agenda_sent.",
    )
    conflicts: list[ConflictOfInterest] = Field(
        default_factory=list,
        description="Members who declared a conflict of interest (inhabilitet) and took no part "
        "in the item.",
    )
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
