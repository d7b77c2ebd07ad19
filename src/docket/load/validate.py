"""Validate plain data against the model for its ``kind``, as located findings."""

from __future__ import annotations

import types
import typing
from dataclasses import replace
from typing import Any, Union

from pydantic import BaseModel, ValidationError

from docket.findings import Finding, Pointer
from docket.load import advice, problems
from docket.model import DOCUMENT_KINDS
from docket.model.common import ID_PATTERN, TIME_PATTERN
from docket.suggest import closest, did_you_mean, one_of

MAX_FINDINGS_PER_FILE = 100
"""Schema findings reported per file; a file with more is not a docket file with mistakes but
something else, and listing (and suggesting fixes for) every one of 100,000 would take minutes."""


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


def child_models(model: type[BaseModel]) -> dict[str, type[BaseModel]]:
    """The fields of ``model`` that hold a model or a list of models, with that model."""
    found: dict[str, type[BaseModel]] = {}
    for name, info in model.model_fields.items():
        for option in _unwrap(info.annotation):
            inner = _unwrap(option[1]) if isinstance(option, tuple) else [option]
            classes = [t for t in inner if isinstance(t, type) and issubclass(t, BaseModel)]
            if classes:
                found[name] = classes[0]
                break
    return found


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


def _field_pattern(model: type[BaseModel], loc: Pointer) -> str | None:
    """The pattern the text at ``loc`` must match, if its field declares one."""
    parent = model_at(model, loc[:-1]) if loc else None
    field = parent.model_fields.get(str(loc[-1])) if parent else None
    if field is None:
        return None
    annotations = [field.annotation, *typing.get_args(field.annotation)]
    metadata = [m for a in annotations for m in getattr(a, "__metadata__", ())]
    for item in (*field.metadata, *metadata):
        pattern = getattr(item, "pattern", None)
        if isinstance(pattern, str):
            return pattern
    return None


def _required(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [name for name, info in model.model_fields.items() if info.is_required()]


def _mapping_advice(error: Any, model: type[BaseModel], loc: Pointer) -> str:
    """What to write where a mapping was wanted: ``{person: alice}`` for ``alice``."""
    target = model_at(model, loc)
    required = _required(target)
    value = error.get("input")
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    example = None
    if len(required) == 1 and isinstance(value, str | int):
        example = f"{{{required[0]}: {value}}}"
    elif required:
        example = "{" + ", ".join(f"{name}: ..." for name in required) + "}"
    got = "a list" if isinstance(error.get("input"), list) else f"{_input_repr(error.get('input'))}"
    keys = f" with the keys {', '.join(sorted(target.model_fields))}" if target else ""
    advice = f"write {example}" if example else "write a mapping"
    return f"this is a mapping{keys}; {advice} (got {got})"


def _value_advice(error: Any, model: type[BaseModel], loc: Pointer) -> str | None:
    """A message in a secretary's words for the common value errors, or ``None``."""
    kind = error["type"]
    value = error.get("input")
    shown = _input_repr(value)
    pattern = (error.get("ctx") or {}).get("pattern") or _field_pattern(model, loc)
    if kind in ("string_pattern_mismatch", "string_type") and pattern == TIME_PATTERN:
        right = advice.hh_mm(value)
        form = f"write {right}" if right else "write it as HH:MM on a 24-hour clock, e.g. 14:30"
        what = f"a number ({shown})" if isinstance(value, int | float) else shown
        return f"{what} is not a time of day in the form HH:MM: {form}"
    if kind == "string_pattern_mismatch" and pattern == ID_PATTERN:
        right = advice.as_id(value)
        example = f": write {right}" if right else ""
        return (
            f"{shown} is not an id: ids are lower-case letters and digits joined by '-', '_' or "
            f"'.'{example}"
        )
    if kind == "enum":
        expected = advice.expected_values(error)
        right = advice.enum_value(value, expected)
        if right:
            return f"{shown} is not a value the schema takes: write {right} ({one_of(expected)})"
        guess = did_you_mean(str(value), expected) if isinstance(value, str) else ""
        return f"{shown} is not a value the schema takes: write {one_of(expected)}{guess}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return _mapping_advice(error, model, loc)
    if kind == "list_type":
        return f"this is a list, one '- ' entry per line (got {shown})"
    if kind in ("int_parsing", "int_type") and isinstance(value, str) and value.strip().isdigit():
        return f"{shown} is text: write the number without quotes: {value.strip()}"
    if kind == "string_type" and isinstance(value, bool | int | float):
        written = str(value).lower() if isinstance(value, bool) else str(value)
        what = "true or false" if isinstance(value, bool) else "a number"
        key = f"{loc[-1]}: " if loc and isinstance(loc[-1], str) else ""
        return f'{written} is {what}: write it as text, in quotes: {key}"{written}"'
    if kind in ("bool_type", "bool_parsing"):
        return f"write true or false (got {shown})"
    return None


def _finding(error: Any, model: type[BaseModel], path: str, data: Any) -> Finding:
    loc: Pointer = tuple(error["loc"])
    kind = error["type"]
    where = advice.describe(loc, data)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = model_at(model, loc[:-1])
        allowed = sorted(parent.model_fields) if parent else []
        guess = closest(key, allowed)
        inside = f" in {advice.place(loc[:-1], data)}" if loc[:-1] else ""
        message = f"unknown key '{key}'{inside}" + (f"; did you mean '{guess}'?" if guess else "")
        hint = "allowed keys here: " + ", ".join(allowed) if allowed else None
        return problems.UNKNOWN_KEY.finding(message, path, pointer=loc, at_key=True, hint=hint)
    if kind == "missing":
        inside = f" in {advice.place(loc[:-1], data)}" if loc[:-1] else ""
        return problems.MISSING_KEY.finding(
            f"required key '{loc[-1]}' is missing{inside}",
            path,
            pointer=loc[:-1],
            hint=f"add '{loc[-1]}:' to this mapping",
        )
    if kind == "invalid_date":
        right = advice.iso_date(error.get("input"))
        message = (
            f"{where}: {_input_repr(error.get('input'))} is not a date in the form "
            f"YYYY-MM-DD: write {right}"
            if right
            else f"{where}: {error['msg']}"
        )
        return problems.INVALID_DATE.finding(message, path, pointer=loc)
    said = _value_advice(error, model, loc)
    message = (
        f"{where}: {said}"
        if said
        else f"{where}: {error['msg']} (got {_input_repr(error.get('input'))})"
    )
    return problems.INVALID_VALUE.finding(message, path, pointer=loc)


def _one_per_mistake(errors: list[Any], model: type[BaseModel]) -> list[Any]:
    """The errors without a "missing key" that a misspelt key beside it explains: 'statuss'
    is one mistake, reported once as the unknown key with its "did you mean 'status'?"."""
    misspelt: set[tuple[Pointer, str]] = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            loc = tuple(error["loc"])
            parent = model_at(model, loc[:-1])
            guess = closest(str(loc[-1]), parent.model_fields) if parent else None
            if guess is not None:
                misspelt.add((loc[:-1], guess))
    return [
        e
        for e in errors
        if not (e["type"] == "missing" and (tuple(e["loc"][:-1]), str(e["loc"][-1])) in misspelt)
    ]


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
        errors = error.errors(include_url=False)
        considered = errors[: 2 * MAX_FINDINGS_PER_FILE]
        kept = _one_per_mistake(considered, model)
        findings = [_finding(e, model, path, data) for e in kept[:MAX_FINDINGS_PER_FILE]]
        hidden = len(errors) - len(considered) + max(0, len(kept) - MAX_FINDINGS_PER_FILE)
        if hidden:
            last = findings[-1]
            findings[-1] = replace(
                last,
                message=f"{last.message} (and {hidden:,} more problems in this file: fix these)",
            )
        return None, findings
