"""The organisation and people registries: each person is recorded once for the whole repository."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import Field

from docket.model.common import DocumentHeader, Id, IsoDate, Localized, OrganisationRef, Record


class OrganisationType(StrEnum):
    AGENCY = "agency"
    REGION = "region"
    HOSPITAL = "hospital"
    UNIT = "unit"
    MINISTRY = "ministry"
    UNIVERSITY = "university"
    COMPANY = "company"
    OTHER = "other"


class OrganisationChange(Record):
    """What changed about an organisation from a date; fields left out stay as they were."""

    effective: IsoDate = Field(description="The first day the change applies.")
    name: Localized | None = Field(default=None, description="The new name.")
    short_name: str | None = Field(default=None, description="The new short name.")
    type: OrganisationType | None = Field(default=None, description="The new type.")
    part_of: OrganisationRef | None = Field(
        default=None, description="The parent organisation from this date."
    )
    note: str | None = Field(default=None, description="What happened, e.g. a merger.")


class Organisation(Record):
    """An organisation people belong to or represent (NGC, a region, a hospital, an agency)."""

    id: Id
    name: Localized = Field(description="Full name in Danish and English.")
    short_name: str | None = Field(
        default=None, description="How documents name it, e.g. 'NGC' or 'OUH'."
    )
    type: OrganisationType
    region: OrganisationRef | None = Field(
        default=None, description="The region an organisation (e.g. a hospital) belongs to."
    )
    part_of: OrganisationRef | None = Field(
        default=None, description="The parent organisation, if any."
    )
    part_of_from: IsoDate | None = Field(
        default=None, description="Since when it has been part of the parent organisation."
    )
    domains: list[str] = Field(
        default_factory=list,
        description="E-mail domains of the organisation: addresses there are work addresses.",
    )
    changes: list[OrganisationChange] = Field(
        default_factory=list,
        description="Changes over time (name, type, parent), each from its date; the fields "
        "above are the organisation before the first change.",
    )

    def label(self, lang: str) -> str:
        return self.short_name or self.name.get(lang)

    def on(self, day: date) -> Organisation:
        """The organisation as it was on ``day``: every change effective by then applied."""
        values = self.model_dump(exclude={"changes"})
        if self.part_of_from is not None and day < self.part_of_from:
            values["part_of"] = None
        for change in sorted(self.changes, key=lambda c: c.effective):
            if change.effective <= day:
                values.update(change.model_dump(exclude={"effective", "note"}, exclude_none=True))
        return Organisation.model_validate({**values, "changes": []})


class OrganisationRegistry(DocumentHeader):
    """All organisations the repository refers to."""

    kind: Literal["organisations"]
    organisations: list[Organisation]


class PersonChange(Record):
    """A new title, unit or organisation from a date; fields left out stay as they were."""

    effective: IsoDate = Field(description="The first day the change applies.")
    title: str | None = Field(default=None, description="The new job title.")
    unit: str | None = Field(default=None, description="The new department.")
    organisation: OrganisationRef | None = Field(
        default=None, description="The organisation they work for from this date."
    )


class Person(Record):
    """A person, recorded once; bodies refer to people by id."""

    id: Id
    name: str = Field(min_length=1)
    title: str | None = Field(default=None, description="Job title as the person uses it.")
    unit: str | None = Field(
        default=None, description="Department within the organisation, e.g. 'Digitalisering og IT'."
    )
    organisation: OrganisationRef | None = Field(
        default=None, description="Where the person works."
    )
    email: str | None = Field(
        default=None,
        description="Work e-mail address (internal: reminders only, never a public document).",
    )
    github: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$",
        description="GitHub login, to count the person's pull-request reviews.",
    )
    changes: list[PersonChange] = Field(
        default_factory=list,
        description="New titles, units or organisations, each from its date; the fields above "
        "are the person before the first change.",
    )

    def on(self, day: date) -> Person:
        """The person as they were on ``day``: every change effective by then applied."""
        values = self.model_dump(exclude={"changes"})
        for change in sorted(self.changes, key=lambda c: c.effective):
            if change.effective <= day:
                values.update(change.model_dump(exclude={"effective"}, exclude_none=True))
        return Person.model_validate(values)


class PeopleRegistry(DocumentHeader):
    """The single registry of people."""

    kind: Literal["people"]
    people: list[Person]
