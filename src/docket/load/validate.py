"""Validate plain data against the model for its ``kind``, as located findings."""

from __future__ import annotations

import types
import typing
from typing import Any, Union

from pydantic import BaseModel, ValidationError

from docket.findings import Finding, Pointer
from docket.load import problems
from docket.model import DOCUMENT_KINDS
from docket.suggest import closest


def _unwrap(annotation: Any) -> list[Any]:
    """The model or list-element types an annotation may hold."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    if origin is list:
        return [("list", typing.get_args(annotation)[0])]
    return [annotation]


def model_at(model: type[BaseModel], loc: Pointer) -> type[BaseModel] | None:
    """The model class that describes the mapping at ``loc`` under ``model``."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            if isinstance(current, tuple) and current[0] == "list":
                current = current[1]
                candidates = _unwrap(current)
                current = candidates[0] if candidates else None
                continue
            return None
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        options = [t for t in _unwrap(field.annotation) if t is not type(None)]
        current = options[0] if options else None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _input_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _finding(error: Any, model: type[BaseModel], path: str) -> Finding:
    loc: Pointer = tuple(error["loc"])
    kind = error["type"]
    where = ".".join(str(p) for p in loc) or "document"
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = model_at(model, loc[:-1])
        allowed = sorted(parent.model_fields) if parent else []
        guess = closest(key, allowed)
        message = f"unknown key '{key}'" + (f"; did you mean '{guess}'?" if guess else "")
        hint = "allowed keys here: " + ", ".join(allowed) if allowed else None
        return problems.UNKNOWN_KEY.finding(message, path, pointer=loc, at_key=True, hint=hint)
    if kind == "missing":
        return problems.MISSING_KEY.finding(
            f"required key '{loc[-1]}' is missing",
            path,
            pointer=loc[:-1],
            hint=f"add '{loc[-1]}:' to this mapping",
        )
    if kind == "invalid_date":
        return problems.INVALID_DATE.finding(f"{where}: {error['msg']}", path, pointer=loc)
    message = f"{where}: {error['msg']} (got {_input_repr(error.get('input'))})"
    return problems.INVALID_VALUE.finding(message, path, pointer=loc)


def validate(data: Any, path: str) -> tuple[BaseModel | None, list[Finding]]:
    """The document model for ``data``, or the findings that stop it being one."""
    if not isinstance(data, dict):
        return None, [
            problems.UNKNOWN_KIND.finding(
                "a docket file is a mapping that starts with 'kind:'", path, line=1, column=1
            )
        ]
    kind = data.get("kind")
    model = DOCUMENT_KINDS.get(kind) if isinstance(kind, str) else None
    if model is None:
        known = ", ".join(DOCUMENT_KINDS)
        guess = closest(str(kind), list(DOCUMENT_KINDS)) if kind is not None else None
        message = (
            f"unknown kind '{kind}'" + (f"; did you mean '{guess}'?" if guess else "")
            if kind is not None
            else "missing 'kind:'"
        )
        return None, [
            problems.UNKNOWN_KIND.finding(
                message,
                path,
                pointer=("kind",) if kind is not None else (),
                hint=f"kinds: {known}",
            )
        ]
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        return None, [_finding(e, model, path) for e in error.errors(include_url=False)]
