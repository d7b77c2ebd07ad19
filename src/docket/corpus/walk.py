"""One pass over a document that finds every identified object and every reference.

Which fields are references comes from the model itself (``RefTo`` in their annotations), so
a new reference field is resolved the moment it is declared.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

from docket.findings import Pointer
from docket.model.annual_plan import AnnualPlan, Milestone
from docket.model.body import Body
from docket.model.common import RefTo
from docket.model.governing_document import Commission, RulesOfProcedure
from docket.model.meeting import (
    AgendaItem,
    Amendment,
    Decision,
    FollowUp,
    Forward,
    Meeting,
    PendingDecision,
    ProposedTopic,
)
from docket.model.registry import Organisation, Person

ID_KINDS: dict[type[BaseModel], str] = {
    Organisation: "organisation",
    Person: "person",
    Body: "body",
    Commission: "commission",
    RulesOfProcedure: "rules-of-procedure",
    AnnualPlan: "annual-plan",
    Milestone: "milestone",
    Meeting: "meeting",
    AgendaItem: "item",
    Decision: "decision",
    FollowUp: "follow-up",
    Forward: "forward",
    PendingDecision: "pending-decision",
    ProposedTopic: "topic",
    Amendment: "amendment",
}


@dataclass(frozen=True)
class Reference:
    target: str
    kinds: tuple[str, ...]
    pointer: Pointer


@dataclass(frozen=True)
class Identified:
    id: str
    obj: BaseModel
    kind: str
    pointer: Pointer


def _ref_kinds(annotation: Any) -> tuple[str, ...] | None:
    for arg in typing.get_args(annotation):
        found = _ref_kinds(arg)
        if found:
            return found
    metadata = getattr(annotation, "__metadata__", ())
    for item in metadata:
        if isinstance(item, RefTo):
            return item.kinds
    return None


@cache
def _plan(model: type[BaseModel]) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """For each field: its name and, if it is a reference (or list of them), the target kinds."""
    return tuple(
        (name, _ref_kinds(f.annotation) or _ref_kinds_from_metadata(f.metadata))
        for name, f in model.model_fields.items()
    )


def _ref_kinds_from_metadata(metadata: list[Any]) -> tuple[str, ...] | None:
    for item in metadata:
        if isinstance(item, RefTo):
            return item.kinds
    return None


def walk(model: BaseModel) -> tuple[list[Identified], list[Reference]]:
    """Every identified object and every reference in ``model``, with their pointers."""
    objects: list[Identified] = []
    references: list[Reference] = []

    def visit(obj: BaseModel, pointer: Pointer) -> None:
        kind = ID_KINDS.get(type(obj))
        if kind is not None:
            objects.append(Identified(str(getattr(obj, "id")), obj, kind, pointer))  # noqa: B009
        for name, ref in _plan(type(obj)):
            value = getattr(obj, name)
            if value is None:
                continue
            here = (*pointer, name)
            if ref is not None:
                if isinstance(value, list):
                    references.extend(Reference(v, ref, (*here, i)) for i, v in enumerate(value))
                else:
                    references.append(Reference(value, ref, here))
            elif isinstance(value, BaseModel):
                visit(value, here)
            elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
                for index, child in enumerate(value):
                    visit(child, (*here, index))

    visit(model, ())
    return objects, references


def iter_models(model: BaseModel) -> Iterator[tuple[BaseModel, Pointer]]:
    """Every nested model with its pointer, depth first."""
    stack: list[tuple[BaseModel, Pointer]] = [(model, ())]
    while stack:
        obj, pointer = stack.pop()
        yield obj, pointer
        for name, _ in _plan(type(obj)):
            value = getattr(obj, name)
            if isinstance(value, BaseModel):
                stack.append((value, (*pointer, name)))
            elif isinstance(value, list):
                stack.extend(
                    (child, (*pointer, name, i))
                    for i, child in enumerate(value)
                    if isinstance(child, BaseModel)
                )
