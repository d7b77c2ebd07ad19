"""The annual plan (årshjul): planned meetings and milestones of a year."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from docket.model.common import (
    BodyRef,
    DocumentHeader,
    Id,
    IsoDate,
    Localized,
    MeetingRef,
    Record,
    Text,
    Year,
)
from docket.model.governing_document import VersionStatus


class PlannedMeeting(Record):
    body: BodyRef
    date: IsoDate
    meeting: MeetingRef | None = Field(
        default=None, description="The meeting record, once it exists."
    )
    note: Text | None = None


class Milestone(Record):
    """Something a body must do in the year, at a given meeting or by a date."""

    id: Id
    title: Localized
    body: BodyRef
    date: IsoDate | None = Field(default=None, description="By when, if a date is set.")
    meeting: MeetingRef | None = Field(
        default=None, description="The meeting where it must happen."
    )
    note: Text | None = None


class AnnualPlan(DocumentHeader):
    kind: Literal["annual-plan"]
    id: Id
    year: Year
    title: Localized
    status: VersionStatus
    adopted_at: MeetingRef | None = Field(
        default=None, description="The meeting that adopted the plan."
    )
    meetings: list[PlannedMeeting] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
