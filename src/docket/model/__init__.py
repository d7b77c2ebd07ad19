"""The data model: one pydantic model per document kind, selected by the file's ``kind:``."""

from __future__ import annotations

from pydantic import BaseModel

from docket.model.annual_plan import AnnualPlan
from docket.model.body import Body
from docket.model.governing_document import Commission, RulesOfProcedure
from docket.model.meeting import Meeting
from docket.model.registry import OrganisationRegistry, PeopleRegistry
from docket.model.written_procedure import WrittenProcedure

Document = (
    OrganisationRegistry
    | PeopleRegistry
    | Body
    | Commission
    | RulesOfProcedure
    | AnnualPlan
    | Meeting
    | WrittenProcedure
)

DOCUMENT_KINDS: dict[str, type[BaseModel]] = {
    "organisations": OrganisationRegistry,
    "people": PeopleRegistry,
    "body": Body,
    "commission": Commission,
    "rules-of-procedure": RulesOfProcedure,
    "annual-plan": AnnualPlan,
    "meeting": Meeting,
    "written-procedure": WrittenProcedure,
}

__all__ = [
    "DOCUMENT_KINDS",
    "AnnualPlan",
    "Body",
    "Commission",
    "Document",
    "Meeting",
    "OrganisationRegistry",
    "PeopleRegistry",
    "RulesOfProcedure",
    "WrittenProcedure",
]
