"""What a check is: a code, a name, a default level, options, and a function that finds.

A check only finds. It yields ``Hit``s (what and where); the runner stamps code, name and
configured level on them, applies waivers and sorts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from docket.corpus import Corpus, Located
from docket.facts import MeetingFacts
from docket.findings import Level, Pointer


@dataclass(frozen=True)
class Hit:
    """One problem a check found: a message, where it is, and the object it concerns."""

    message: str
    path: str
    pointer: Pointer = ()
    subject: str | None = None
    at_key: bool = False

    @classmethod
    def at(cls, located: Located[Any], message: str, *field_path: str | int) -> Hit:
        """A hit on ``located`` (or one of its fields), with its id as the subject."""
        return cls(
            message,
            located.path,
            (*located.pointer, *field_path),
            subject=getattr(located.obj, "id", None),
        )

    @classmethod
    def at_meeting(cls, meeting: MeetingFacts, message: str, *field_path: str | int) -> Hit:
        """A hit on a meeting (or one of its fields), by its facts, with its id as the subject."""
        return cls(message, meeting.path, field_path, subject=meeting.id)


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    help: str


@dataclass(frozen=True)
class Context:
    """What a check may read: the corpus, the date it judges as of, and its options."""

    corpus: Corpus
    as_of: date
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    """A registered check. Its ``doc`` is the user documentation (why, bad and good example)."""

    code: str
    name: str
    level: Level
    find: Callable[[Context], Iterator[Hit]]
    doc: str
    options: tuple[Option, ...] = ()
    reads: frozenset[str] = frozenset()
    """Kinds of other documents it reads to judge one (see ``checks.holdback``). A check that
    reads other meetings reads their facts (``corpus.facts``, ``docket.facts``), never their
    models: after one edit, the other meetings have none (a test holds every check to it)."""

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip()

    def option_defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}


def from_module(module: Any) -> Check:
    """Build a ``Check`` from a check module's constants (CODE, NAME, LEVEL, OPTIONS, READS),
    its ``find`` function and its docstring."""
    return Check(
        code=module.CODE,
        name=module.NAME,
        level=module.LEVEL,
        find=module.find,
        doc=module.__doc__ or "",
        options=tuple(getattr(module, "OPTIONS", ())),
        reads=frozenset(getattr(module, "READS", ())),
    )
