"""One pass over a document that finds every identified object and every reference.

Which fields are references comes from the model itself (``RefTo`` in their annotations), so
a new reference field is resolved the moment it is declared.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

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
from docket.model.written_procedure import WrittenProcedure
from docket.outline import Reference

__all__ = ["ID_KINDS", "Identified", "Reference", "iter_models", "reference_fields", "walk"]

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
    WrittenProcedure: "written-procedure",
}


class Identified(NamedTuple):
    id: str
    obj: BaseModel
    kind: str
    pointer: Pointer


def _ref_kinds(annotation: Any, metadata: list[Any]) -> tuple[str, ...] | None:
    """The target kinds when the field (or its list items) is a reference."""
    for item in (*metadata, *getattr(annotation, "__metadata__", ())):
        if isinstance(item, RefTo):
            return item.kinds
    for arg in typing.get_args(annotation):
        found = _ref_kinds(arg, [])
        if found:
            return found
    return None


def _holds_models(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(arg) for arg in typing.get_args(annotation))


@dataclass(frozen=True)
class _Plan:
    references: tuple[tuple[str, tuple[str, ...]], ...]
    nested: tuple[str, ...]


@cache
def _plan(model: type[BaseModel]) -> _Plan:
    """Which fields of ``model`` are references (and to what) and which hold models."""
    references = []
    nested = []
    for name, info in model.model_fields.items():
        kinds = _ref_kinds(info.annotation, info.metadata)
        if kinds is not None:
            references.append((name, kinds))
        elif _holds_models(info.annotation):
            nested.append(name)
    return _Plan(tuple(references), tuple(nested))


def reference_fields(model: type[BaseModel]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The fields of ``model`` that refer to ids, with the kinds they may refer to."""
    return _plan(model).references


def walk(model: BaseModel) -> tuple[list[Identified], list[Reference]]:
    """Every identified object and every reference in ``model``, with their pointers."""
    objects: list[Identified] = []
    references: list[Reference] = []
    _visit(model, (), objects, references)
    return objects, references


def _visit(
    obj: BaseModel, pointer: Pointer, objects: list[Identified], references: list[Reference]
) -> None:
    """``walk`` one object and what it holds. A function of its own, not a closure in
    ``walk``: a closure that calls itself is a reference cycle, and with the cycle collector
    paused (``docket.memory``) it would keep every model it walked alive."""
    kind = ID_KINDS.get(type(obj))
    if kind is not None:
        objects.append(Identified(str(getattr(obj, "id")), obj, kind, pointer))  # noqa: B009
    plan = _plan(type(obj))
    for name, kinds in plan.references:
        value = getattr(obj, name)
        if isinstance(value, list):
            references.extend(Reference(v, kinds, (*pointer, name, i)) for i, v in enumerate(value))
        elif value is not None:
            references.append(Reference(value, kinds, (*pointer, name)))
    for name in plan.nested:
        value = getattr(obj, name)
        if isinstance(value, list):
            for index, child in enumerate(value):
                _visit(child, (*pointer, name, index), objects, references)
        elif value is not None:
            _visit(value, (*pointer, name), objects, references)


def iter_models(model: BaseModel) -> Iterator[tuple[BaseModel, Pointer]]:
    """Every nested model with its pointer, depth first."""
    stack: list[tuple[BaseModel, Pointer]] = [(model, ())]
    while stack:
        obj, pointer = stack.pop()
        yield obj, pointer
        for name in _plan(type(obj)).nested:
            value = getattr(obj, name)
            if isinstance(value, BaseModel):
                stack.append((value, (*pointer, name)))
            elif isinstance(value, list):
                stack.extend(
                    (child, (*pointer, name, i))
                    for i, child in enumerate(value)
                    if isinstance(child, BaseModel)
                )
