"""The report model: what a document says, apart from how any format shows it.

Builders (``build_*``) fill these plain dataclasses from the corpus for one language and one
audience; layouts (``layout_*``) turn them into a pandoc document. Names are already resolved
to the reader's language; dates stay dates and times stay "HH:MM" until a layout formats them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from docket.model.common import Language
from docket.model.governing_document import DayCount, ProcedureParameters, VersionStatus
from docket.model.meeting import (
    Confidentiality,
    DecisionOutcome,
    FollowUpStatus,
    ItemKind,
    MeetingStatus,
    StatementKind,
)


class MeetingDocument(StrEnum):
    MINUTES = "minutes"
    AGENDA = "agenda"


@dataclass(frozen=True)
class PersonLine:
    """A participant: "name, title, unit, organisation, region" (+ secretary note)."""

    name: str
    details: tuple[str, ...] = ()
    secretary_of: str | None = None
    items: tuple[str, ...] = ()
    substitute_for: str | None = None


@dataclass(frozen=True)
class AgendaRow:
    number: str
    time: str | None
    title: str
    kind: ItemKind | None
    presenters: str | None
    supplementary_sent: dt.date | None = None
    closed: bool = False
    """An item this document's audience may not see: only its number is filled in."""


@dataclass(frozen=True)
class Source:
    """Where an outcome was recorded: body, meeting and item."""

    body: str
    meeting_id: str
    meeting_number: int | None
    meeting_date: dt.date
    item_number: str
    item_title: str
    written_procedure: bool = False
    """The outcome of a written procedure: ``meeting_date`` is its decision day, ``item_title``
    its title, and there is no meeting or item."""


@dataclass(frozen=True)
class VotesLine:
    """A vote: counts, and names where the record gives them."""

    in_favour: int
    against: int
    abstaining: int
    in_favour_by: tuple[str, ...] = ()
    against_by: tuple[str, ...] = ()
    abstaining_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatementLine:
    kind: StatementKind
    by: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class AnswerLine:
    """Forwarded input a decision answers: its text and where it was forwarded from."""

    text: str
    source: Source | None


@dataclass(frozen=True)
class DecisionLine:
    id: str
    text: str
    outcome: DecisionOutcome
    source: Source | None = None
    votes: VotesLine | None = None
    statements: tuple[StatementLine, ...] = ()
    answers: tuple[AnswerLine, ...] = ()


@dataclass(frozen=True)
class ConflictLine:
    """A member who took no part in an item for a conflict of interest."""

    name: str
    reason: str | None


@dataclass(frozen=True)
class WrittenProcedureLine:
    """A decision by written procedure that an item reports."""

    title: str
    question: str
    sent: dt.date
    deadline: dt.date
    decided: dt.date | None
    decision: DecisionLine | None
    votes: VotesLine


@dataclass(frozen=True)
class FollowUpLine:
    id: str
    text: str
    owner: str | None
    due: dt.date | None
    status: FollowUpStatus
    overdue: bool = False
    closed_on: dt.date | None = None
    source: Source | None = None


@dataclass(frozen=True)
class ForwardLine:
    id: str
    text: str
    to: str
    via: str | None
    source: Source | None = None
    on_agenda: tuple[str, ...] = ()
    answered_by: tuple[Source, ...] = ()
    """Where the decisions that answer this input were taken."""


@dataclass(frozen=True)
class PendingLine:
    id: str
    text: str
    body: str
    since: dt.date
    days: int | None = None
    source: Source | None = None
    on_agenda: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicLine:
    text: str
    body: str | None
    source: Source | None = None
    """Where the topic was proposed (in a pack: for the item that takes it up)."""


@dataclass(frozen=True)
class AmendmentLine:
    text: str
    document: str
    source: Source | None = None


@dataclass(frozen=True)
class AttachmentLine:
    number: str
    title: str


@dataclass(frozen=True)
class ItemReport:
    id: str
    number: str
    title: str
    presenters: str | None
    kind: ItemKind | None
    recommendation: str | None = None
    minutes: str | None = None
    background: str | None = None
    proposed_solution: str | None = None
    next_steps: str | None = None
    attachments: tuple[AttachmentLine, ...] = ()
    decisions: tuple[DecisionLine, ...] = ()
    follow_ups: tuple[FollowUpLine, ...] = ()
    forwards: tuple[ForwardLine, ...] = ()
    pending: tuple[PendingLine, ...] = ()
    topics: tuple[TopicLine, ...] = ()
    amendments: tuple[AmendmentLine, ...] = ()
    conflicts: tuple[ConflictLine, ...] = ()
    supplementary_sent: dt.date | None = None
    written_procedures: tuple[WrittenProcedureLine, ...] = ()
    answers_received: tuple[DecisionLine, ...] = ()
    """Decisions of other bodies that answer input this body forwarded, reported back here."""
    closed: bool = False
    """An item this document's audience may not see: only its number is filled in, so that
    the document prints "Pkt. 2 Lukket punkt" where the item stands and nothing else of it."""


@dataclass(frozen=True)
class Deadlines:
    """What the rules of procedure in force on the meeting day say about its paperwork."""

    rules_in_force: bool
    day_count: DayCount = DayCount.CALENDAR
    agenda_notice_days: int | None = None
    agenda_by: dt.date | None = None
    draft_minutes_days: int | None = None
    minutes_by: dt.date | None = None
    comments_until: dt.date | None = None
    agenda_sent: dt.date | None = None


@dataclass(frozen=True)
class NextMeetingLine:
    date: dt.date
    time: str | None
    ordinary: bool


@dataclass(frozen=True)
class MeetingReport:
    """The minutes (referat) or the agenda (dagsorden) of one meeting."""

    document: MeetingDocument
    lang: Language
    meeting_id: str
    body: str
    number: int | None
    date: dt.date
    start: str | None
    end: str | None
    place: str | None
    chair: str | None
    secretary: str | None
    agenda: tuple[AgendaRow, ...]
    present: tuple[PersonLine, ...]
    absent: tuple[PersonLine, ...]
    guests: tuple[PersonLine, ...]
    items: tuple[ItemReport, ...]
    deadlines: Deadlines | None = None
    next_meeting: NextMeetingLine | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    classification: Confidentiality = Confidentiality.INTERNAL
    comments_until: dt.date | None = None
    attachments: tuple[PackAttachment, ...] = ()


@dataclass(frozen=True)
class Provenance:
    """Which data a document was made from: the git commit and a hash of the data files."""

    commit: str | None
    dirty: bool
    is_git: bool
    content_hash: str


@dataclass(frozen=True)
class GovernanceChange:
    document: str
    body: str
    version: str
    adopted_on: dt.date | None
    adopted_by: str | None
    drafted_on: dt.date | None
    summary: str | None
    amendments: tuple[AmendmentLine, ...] = ()


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    body: str
    date: dt.date | None
    meeting_date: dt.date | None
    note: str | None


@dataclass(frozen=True)
class CheckLine:
    level: str
    code: str
    message: str
    where: str


@dataclass(frozen=True)
class CheckSummary:
    errors: int
    warnings: int
    infos: int
    lines: tuple[CheckLine, ...]
    filtered: bool


@dataclass(frozen=True)
class BriefReport:
    """The board briefing pack for one meeting of one body, as of a date."""

    lang: Language
    audience: str
    body: str
    as_of: dt.date
    since: dt.date | None
    provenance: Provenance
    meeting: MeetingReport
    forwards: tuple[ForwardLine, ...] = ()
    decisions: tuple[DecisionLine, ...] = ()
    pending: tuple[PendingLine, ...] = ()
    follow_ups: tuple[FollowUpLine, ...] = ()
    governance: tuple[GovernanceChange, ...] = ()
    milestones: tuple[MilestoneLine, ...] = ()
    checks: CheckSummary = field(default_factory=lambda: CheckSummary(0, 0, 0, (), filtered=False))
    cover: CoverFacts | None = None
    papers: tuple[ItemPaper, ...] = ()
    flags: tuple[Flag, ...] = ()
    appendix: bool = False
    """Whether the secretariat's technical appendix (check codes and file places) is included."""


class RegisterKind(StrEnum):
    DECISIONS = "decisions"
    FOLLOW_UPS = "follow-ups"


@dataclass(frozen=True)
class Register:
    """The decision register or follow-up tracker across bodies, with the filters applied."""

    kind: RegisterKind
    lang: Language
    as_of: dt.date
    filters: tuple[str, ...]
    decisions: tuple[DecisionLine, ...] = ()
    follow_ups: tuple[FollowUpLine, ...] = ()


class AttachmentKind(StrEnum):
    """How an attachment reaches the pack."""

    DOCUMENT = "document"
    """A governing document of the record, rendered from the record at the version named."""
    PDF = "pdf"
    """A PDF file, placed page by page."""
    CONVERTED = "converted"
    """A Word, OpenDocument or Markdown file, converted by pandoc."""
    LINK = "link"
    """Only a web address."""
    UNREADABLE = "unreadable"
    """Named, with the reason, instead of its content."""


class Unreadable(StrEnum):
    """Why an attachment could not be put in the pack (each has plain words in docket.words)."""

    NO_SOURCE = "no_source"
    MISSING = "missing"
    OUTSIDE = "outside"
    FORMAT = "format"
    DAMAGED = "damaged"
    UNKNOWN_DOCUMENT = "unknown_document"
    UNKNOWN_VERSION = "unknown_version"


@dataclass(frozen=True)
class DocumentView:
    """A governing document (commission, rules of procedure, annual plan) at one version."""

    title: str
    body: str
    version: str | None
    status: VersionStatus
    adopted_on: dt.date | None = None
    adopted_by: str | None = None
    drafted_on: dt.date | None = None
    drafted_by: str | None = None
    based_on: str | None = None
    summary: str | None = None
    text: str | None = None
    remarks: str | None = None
    amendments: tuple[AmendmentLine, ...] = ()
    parameters: ProcedureParameters | None = None
    meetings: tuple[MilestoneLine, ...] = ()
    milestones: tuple[MilestoneLine, ...] = ()


@dataclass(frozen=True)
class PackAttachment:
    """One attachment of an agenda item as the pack carries it."""

    item_number: str
    number: str
    title: str
    kind: AttachmentKind
    document: DocumentView | None = None
    converted: tuple[dict[str, Any], ...] = ()
    """Pandoc blocks of a converted file (raw markup and images already removed)."""
    data: bytes | None = None
    """The file's bytes (PDF and converted files): placed in the PDF, copied beside HTML."""
    pages: int = 0
    file_name: str | None = None
    """The name the file is copied under beside the pack (HTML links to it)."""
    url: str | None = None
    problem: Unreadable | None = None
    recorded: str = ""
    """What the record names (file path or document id): for the warning, never the pack."""
    position: int = 0
    """Its place among the document's attachments: keeps anchors unique when numbers repeat."""
    item_position: int = 0
    """The place of its item on the agenda (from 1)."""

    @property
    def anchor(self) -> str:
        return f"attachment-{self.position}-" + self.number.replace(".", "-")


@dataclass(frozen=True)
class ItemPaper:
    """An agenda item as a board paper: what the record holds for deciding it."""

    item: ItemReport
    inputs: tuple[ForwardLine, ...] = ()
    earlier: tuple[DecisionLine, ...] = ()
    pending: tuple[PendingLine, ...] = ()
    follow_ups: tuple[FollowUpLine, ...] = ()
    attachments: tuple[PackAttachment, ...] = ()
    topics: tuple[TopicLine, ...] = ()
    """Topics proposed at earlier meetings that the item takes up."""
    milestones: tuple[MilestoneLine, ...] = ()
    """Annual-plan milestones the item takes up."""
    position: int = 1
    """Its place on the agenda (from 1): the anchor stays unique when item numbers repeat."""

    @property
    def anchor(self) -> str:
        return f"item-{self.position}"


class FlagKind(StrEnum):
    OVERDUE_FOLLOW_UP = "overdue_follow_up"
    INPUT_NOT_ON_AGENDA = "input_not_on_agenda"
    PENDING_DECISION = "pending_decision"
    RULES_NOT_ADOPTED = "rules_not_adopted"
    ATTACHMENT_UNREADABLE = "attachment_unreadable"
    ITEMS_WITHHELD = "items_withheld"


@dataclass(frozen=True)
class Flag:
    """Something the secretariat points out to the board, as data; the layout words it."""

    kind: FlagKind
    text: str
    who: str | None = None
    day: dt.date | None = None
    days: int | None = None
    source: Source | None = None
    on_agenda: tuple[str, ...] = ()
    problem: Unreadable | None = None
    edition: str | None = None
    """For withheld items: the audience whose edition has them."""


@dataclass(frozen=True)
class CoverFacts:
    """What the cover says beyond the meeting itself."""

    classification: Confidentiality
    status: MeetingStatus
    link: str | None
    contact: tuple[str, ...]
