"""Commissions (terms of reference) and rules of procedure: versioned documents."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Literal, TypeVar

from pydantic import Field

from docket.model.common import (
    AmendmentRef,
    BodyRef,
    Count,
    DecisionRef,
    DocumentHeader,
    Flag,
    Id,
    IsoDate,
    Localized,
    MeetingRef,
    PartyRef,
    PositiveNumber,
    Record,
    Text,
)


class VersionStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"
    SUPERSEDED = "superseded"


class Adoption(Record):
    """Who adopted a version, when, and at which meeting."""

    date: IsoDate
    body: BodyRef
    meeting: MeetingRef | None = None
    decision: DecisionRef | None = Field(default=None, description="The decision that adopted it.")


class DocumentVersion(Record):
    """One version of a governing document."""

    version: str = Field(min_length=1, description="Version label, e.g. '1.0'.")
    status: VersionStatus
    drafted: IsoDate | None = Field(default=None, description="When this version was written.")
    drafted_by: PartyRef | None = None
    adopted: Adoption | None = None
    effective_from: IsoDate | None = Field(
        default=None, description="First day in force; default: the adoption date."
    )
    based_on: str | None = Field(default=None, description="The version this one amends.")
    amendments: list[AmendmentRef] = Field(
        default_factory=list,
        description="Ids of the amendments (proposed at meetings) that this version contains.",
    )
    summary: Text | None = None
    text: Text | None = Field(default=None, description="The document's prose.")
    remarks: Text | None = Field(default=None, description="Remarks made when it was adopted.")

    def in_force_from(self) -> date | None:
        if self.status == VersionStatus.DRAFT:
            return None
        if self.effective_from is not None:
            return self.effective_from
        return self.adopted.date if self.adopted else None


V = TypeVar("V", bound=DocumentVersion)


def version_in_force(versions: Sequence[V], day: date) -> V | None:
    """The version in force on ``day``: the latest adopted one that had taken effect."""
    candidates = [
        (start, index)
        for index, v in enumerate(versions)
        if (start := v.in_force_from()) is not None and start <= day
    ]
    return versions[max(candidates)[1]] if candidates else None


class Commission(DocumentHeader):
    """A body's commission (kommissorium): purpose, tasks and composition."""

    kind: Literal["commission"]
    id: Id
    body: BodyRef
    title: Localized
    versions: list[DocumentVersion] = Field(min_length=1)

    def in_force_on(self, day: date) -> DocumentVersion | None:
        return version_in_force(self.versions, day)


class DayCount(StrEnum):
    CALENDAR = "calendar"
    WORKING = "working"


class DecisionMethod(StrEnum):
    CONSENSUS = "consensus"
    SIMPLE_MAJORITY = "simple-majority"
    QUALIFIED_MAJORITY = "qualified-majority"
    ADVISORY = "advisory"


class HolidayCategory(StrEnum):
    """Categories of Danish holidays in the ``holidays`` package."""

    PUBLIC = "public"
    OPTIONAL = "optional"


class Rotation(StrEnum):
    NONE = "none"
    REGIONS = "regions"


class ProcedureParameters(Record):
    """The machine-checkable part of the rules. Empty means the rules do not say."""

    day_count: DayCount = Field(
        default=DayCount.CALENDAR, description="Whether the day counts below are working days."
    )
    agenda_notice_days: Count | None = Field(
        default=None, description="The agenda is sent at least this many days before the meeting."
    )
    supplementary_notice_days: Count | None = Field(
        default=None,
        description="Items on a supplementary agenda are sent at least this many days before "
        "the meeting; empty: the same notice as the agenda.",
    )
    draft_minutes_days: Count | None = Field(
        default=None, description="Draft minutes are sent at most this many days after it."
    )
    minutes_comment_days: Count | None = Field(
        default=None, description="Members may comment on draft minutes for this many days."
    )
    physical_meetings_per_year: Count | None = None
    physical_rotation: Rotation = Rotation.NONE
    quorum: Count | None = Field(
        default=None, description="Voting members who must be present for a decision."
    )
    quorum_share: float | None = Field(
        default=None, ge=0, le=1, strict=True, description="Or the share of voting members (0-1)."
    )
    decision_method: DecisionMethod | None = None
    vice_chair_deputises: Flag = Field(
        default=True, description="Whether the vice-chair chairs when the chair is absent."
    )
    meetings_per_year: Count | None = None
    chairs: PositiveNumber | None = Field(
        default=None,
        description="How many people hold the chair at a time (co-chairs, medformænd: 2); empty: "
        "one, but posts that begin on the same day are shared on purpose.",
    )
    vice_chairs: PositiveNumber | None = Field(
        default=None,
        description="How many people hold the vice-chair at a time; empty: one, but posts that "
        "begin on the same day are shared on purpose.",
    )
    closed_days: list[HolidayCategory] = Field(
        default_factory=lambda: [HolidayCategory.PUBLIC],
        description="Which Danish holidays are not working days: 'public' (helligdage) and "
        "'optional' (days most offices close: 24 and 31 December, Grundlovsdag 5 June, "
        "1 May), as the holidays package categorises them.",
    )
    named_substitutes_only: Flag = Field(
        default=False,
        description="Whether only a member's named substitute (in the membership) may stand in "
        "for them.",
    )
    minutes_approval_share: float | None = Field(
        default=None,
        ge=0,
        le=1,
        strict=True,
        description="Share of voting members (0-1) whose approval of the minutes outside a "
        "meeting (by review) suffices; default: the quorum.",
    )
    meeting_duration_minutes: Count | None = Field(
        default=None, description="How long a meeting lasts when its record gives no end time."
    )

    def approvals_needed(self, voting: int) -> int | None:
        """How many of ``voting`` members must approve the minutes; None when the rules do
        not say (the approval share, else the quorum)."""
        if self.minutes_approval_share is not None:
            return max(1, math.ceil(self.minutes_approval_share * voting))
        if self.quorum is None and self.quorum_share is None:
            return None
        share = math.ceil(self.quorum_share * voting) if self.quorum_share else 0
        return max(1, self.quorum or 0, share)


class RulesVersion(DocumentVersion):
    parameters: ProcedureParameters = Field(default_factory=ProcedureParameters)


class RulesOfProcedure(DocumentHeader):
    """A body's rules of procedure (forretningsorden), prose and parameters, versioned."""

    kind: Literal["rules-of-procedure"]
    id: Id
    body: BodyRef
    title: Localized
    versions: list[RulesVersion] = Field(min_length=1)

    def in_force_on(self, day: date) -> RulesVersion | None:
        """The version in force on ``day``: the latest adopted one that had taken effect."""
        return version_in_force(self.versions, day)
