"""Bodies (board, council, steering group, working group) and their memberships."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import Field

from docket.model.common import (
    BodyRef,
    DocumentHeader,
    Flag,
    Id,
    IsoDate,
    Language,
    Localized,
    OrganisationRef,
    PersonRef,
    Record,
    Text,
)


class BodyType(StrEnum):
    BOARD = "board"
    COUNCIL = "council"
    STEERING_GROUP = "steering-group"
    WORKING_GROUP = "working-group"
    COMMITTEE = "committee"


class Role(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice-chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    OBSERVER = "observer"


class Membership(Record):
    """A person's post in a body for a period (Popolo's Membership with its Post folded in)."""

    person: PersonRef
    role: Role = Role.MEMBER
    represents: OrganisationRef | None = Field(
        default=None, description="The organisation or region the member represents."
    )
    voting: Flag = Field(default=True, description="Whether the member has a vote.")
    substitute: PersonRef | None = Field(
        default=None,
        description="The member's named substitute (stedfortræder), who may stand in for them.",
    )
    start: IsoDate | None = Field(default=None, description="First day; empty: since the start.")
    end: IsoDate | None = Field(default=None, description="Last day; empty: still a member.")

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Body(DocumentHeader):
    """A governance body: its names, place in the structure, language and members."""

    kind: Literal["body"]
    id: Id
    type: BodyType
    name: Localized
    short_name: Localized | None = Field(
        default=None, description="How running text names it, e.g. 'arbejdsgruppen'."
    )
    reports_to: BodyRef | None = Field(default=None, description="The body this body reports to.")
    established_by: BodyRef | None = Field(
        default=None, description="The body whose decision established it."
    )
    language: Language = Language.DA
    secretariat: OrganisationRef | None = Field(
        default=None, description="The organisation that runs it."
    )
    description: Text | None = None
    memberships: list[Membership] = Field(default_factory=list)

    def members_on(self, day: date) -> list[Membership]:
        return [m for m in self.memberships if m.active_on(day)]

    def holders_on(self, role: Role, day: date) -> list[Membership]:
        return [m for m in self.members_on(day) if m.role == role]
