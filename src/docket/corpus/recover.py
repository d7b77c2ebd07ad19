"""What a file that failed validation still tells the corpus: who it is and what it declares.

One misspelt key must not make the whole file vanish, or every reference to it dangles and
every check that counts on it reports a consequence instead of the one real mistake. So the
identities a file declares (its own id and kind, the ids of its items, decisions, follow-ups,
forwards, topics, amendments, milestones, people, organisations...) are recovered leniently:

- from its data, when it parsed: the model of its ``kind`` guides the walk (a misspelt kind is
  read as the closest one), but no value is validated; every mapping with a text ``id`` where the
  model expects an identified object declares it;
- from its text, when it did not parse: ``kind:``, ``body:`` and every ``id:`` that the text
  shows, in block or flow style;
- from its place, when neither says what it is: a file in ``meetings/<body>/`` is a meeting of
  that body, one in ``governance/rules/`` rules of procedure.

The recovered file also names the bodies it concerns (a meeting's or rules' ``body``, a body's
own ``id``, the bodies an annual plan lists); ``None`` means every body (a registry, or nothing
could be read). Checks that read such a file are held back for those bodies (``checks.holdback``).
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel

from docket.corpus.walk import ID_KINDS, walk
from docket.findings import Pointer
from docket.load import RejectedFile
from docket.load.reader import MAX_FILE_BYTES
from docket.load.validate import child_models
from docket.model import DOCUMENT_KINDS
from docket.suggest import closest


@dataclass(frozen=True)
class Declared:
    """An id a file declares, with its kind when known (``None``: any kind may refer to it)."""

    id: str
    kind: str | None
    path: str
    pointer: Pointer


@dataclass(frozen=True)
class Recovered:
    """What is known of a file that is not judged by the checks."""

    path: str
    kind: str | None
    bodies: frozenset[str] | None
    declared: tuple[Declared, ...] = field(default=())


_BODY_FIELDS: dict[str, tuple[str, ...]] = {
    "meeting": ("body",),
    "commission": ("body",),
    "rules-of-procedure": ("body",),
    "body": ("id",),
}
_TEXT_KIND = re.compile(r"^kind:[ ]*['\"]?([\w-]+)", re.MULTILINE)
_TEXT_BODY = re.compile(r"^body:[ ]*['\"]?([\w-]+)", re.MULTILINE)
_TEXT_ID = re.compile(r"(?:^|[{,\s-])id:[ ]*['\"]?([A-Za-z0-9][\w.-]*)", re.MULTILINE)


def _kind_of(kind: object) -> str | None:
    if not isinstance(kind, str):
        return None
    if kind in DOCUMENT_KINDS:
        return kind
    return closest(kind, DOCUMENT_KINDS)


def _declared_in(model: type[BaseModel], data: dict[Any, Any], path: str) -> list[Declared]:
    found: list[Declared] = []
    _visit(model, data, (), path, found)
    return found


def _visit(
    cls: type[BaseModel], raw: dict[Any, Any], pointer: Pointer, path: str, found: list[Declared]
) -> None:
    """The ids in ``raw`` (data for ``cls``) and what it holds; not a closure, which would be
    a reference cycle while the cycle collector is paused (``docket.memory``)."""
    kind = ID_KINDS.get(cls)
    if kind is not None and isinstance(raw.get("id"), str):
        found.append(Declared(raw["id"], kind, path, pointer))
    for name, child in child_models(cls).items():
        value = raw.get(name)
        if isinstance(value, dict):
            _visit(child, value, (*pointer, name), path, found)
        elif isinstance(value, list):
            for index, entry in enumerate(value):
                if isinstance(entry, dict):
                    _visit(child, entry, (*pointer, name, index), path, found)


def _entries(value: object) -> list[Any]:
    """The entries of what should be a list; raw data may hold anything there."""
    return value if isinstance(value, list) else []


def _bodies(kind: str | None, data: dict[Any, Any]) -> frozenset[str] | None:
    if kind in _BODY_FIELDS:
        names = [data.get(key) for key in _BODY_FIELDS[kind]]  # raw values: lists too
        found = frozenset(n for n in names if isinstance(n, str))
        return found or None
    if kind == "annual-plan":
        entries = [
            entry.get("body")
            for key in ("meetings", "milestones")
            for entry in _entries(data.get(key))
            if isinstance(entry, dict)
        ]
        return frozenset(b for b in entries if isinstance(b, str)) or None
    return None


_FOLDER_KINDS = {
    "bodies": "body",
    "commissions": "commission",
    "rules": "rules-of-procedure",
    "annual-plans": "annual-plan",
}


def from_path(path: str) -> Recovered:
    """What a file's place says when its content says nothing: ``meetings/<body>/`` holds the
    body's meetings, ``governance/bodies/<id>.yaml`` a body, and so on."""
    parts = PurePosixPath(path).parts
    if len(parts) >= 3 and parts[0] == "meetings":
        return Recovered(path, "meeting", frozenset({parts[1]}))
    if len(parts) >= 3 and parts[0] == "governance" and parts[1] in _FOLDER_KINDS:
        kind = _FOLDER_KINDS[parts[1]]
        bodies = frozenset({PurePosixPath(path).stem}) if kind == "body" else None
        return Recovered(path, kind, bodies)
    return Recovered(path, None, None)


def _with_place(recovered: Recovered) -> Recovered:
    """The bodies a file names, and the one its folder names: a meeting whose ``body`` is
    misspelt is still missing from the body whose folder it is in."""
    place = from_path(recovered.path)
    if recovered.bodies is None or place.bodies is None or place.kind != recovered.kind:
        return recovered
    return replace(recovered, bodies=recovered.bodies | place.bodies)


def from_data(data: object, path: str) -> Recovered:
    """What a parsed but invalid file declares."""
    if not isinstance(data, dict):
        return from_path(path)
    kind = _kind_of(data.get("kind"))
    if kind is None:
        guess = from_path(path)
        found = tuple(_anything_with_id(data, path, ()))
        return Recovered(path, guess.kind, guess.bodies, found)
    declared = _declared_in(DOCUMENT_KINDS[kind], data, path)
    return _with_place(Recovered(path, kind, _bodies(kind, data), tuple(declared)))


def _anything_with_id(data: object, path: str, pointer: Pointer) -> list[Declared]:
    """Every mapping with a text ``id``, of no known kind (the file's kind is unknown)."""
    found: list[Declared] = []
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            found.append(Declared(data["id"], None, path, pointer))
        for key, value in data.items():
            found += _anything_with_id(value, path, (*pointer, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _anything_with_id(value, path, (*pointer, index))
    return found


def from_text(file: Path, path: str) -> Recovered:
    """What an unparseable file's text shows (``kind:``, ``body:``, every ``id:``), read from
    its first ``MAX_FILE_BYTES`` bytes, and only from a regular file."""
    guess = from_path(path)
    try:
        if not stat.S_ISREG(file.lstat().st_mode):
            return guess  # a pipe or device would block or never end; a link may lead outside
        with file.open("rb") as stream:
            text = stream.read(MAX_FILE_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return guess
    kind_match = _TEXT_KIND.search(text)
    kind = (_kind_of(kind_match.group(1)) if kind_match else None) or guess.kind
    body_match = _TEXT_BODY.search(text)
    bodies = guess.bodies if kind == guess.kind else None
    if kind in _BODY_FIELDS and _BODY_FIELDS[kind] == ("body",) and body_match:
        bodies = frozenset({body_match.group(1)})
    ids = [m.group(1) for m in _TEXT_ID.finditer(text)]
    if kind == "body" and ids:
        bodies = frozenset({ids[0]})
    declared = tuple(Declared(i, None, path, ()) for i in dict.fromkeys(ids))
    return _with_place(Recovered(path, kind, bodies, declared))


def from_model(model: BaseModel, path: str) -> Recovered:
    """A valid document set aside from the checks (it has a structural error): exact ids."""
    objects, _ = walk(model)
    kind = str(getattr(model, "kind", "")) or None
    data = model.model_dump(mode="json")
    declared = tuple(Declared(o.id, o.kind, path, o.pointer) for o in objects)
    return _with_place(Recovered(path, kind, _bodies(kind, data), declared))


def from_rejected(rejected: RejectedFile) -> Recovered:
    """What a file that did not load declares, from its data or else from its text."""
    if rejected.parsed:
        return from_data(rejected.data, rejected.path)
    return from_text(rejected.file, rejected.path)
