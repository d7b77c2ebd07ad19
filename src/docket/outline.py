"""What a document declares and refers to, as plain values: the shapes the corpus is built from.

The corpus (``docket.corpus``) indexes every id a document declares and resolves every
reference it makes. For a document whose model was made, ``corpus.walk`` finds them; for a
meeting that did not change since the last run, they come from the index cache
(``load.index``) in these same shapes, with its facts, and its model is not made at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from docket.facts import MeetingFacts
from docket.findings import Pointer


class Reference(NamedTuple):
    """A field that refers to an id: the id, the kinds it may be, and where the field is."""

    target: str
    kinds: tuple[str, ...]
    pointer: Pointer


class Declaration(NamedTuple):
    """An id a document declares: the id, the kind of object that has it, and where."""

    id: str
    kind: str
    pointer: Pointer


class Columns(NamedTuple):
    """Declarations or references of one document as three columns of the same length: ids
    (or targets), kinds (a kind, or the kinds a reference may be) and pointers. Columns, so
    that a run can take the distinct ids of 10,000 meetings without a loop of its own."""

    ids: tuple[str, ...]
    kinds: tuple[Any, ...]
    pointers: tuple[Pointer, ...]

    @classmethod
    def of(cls, rows: Sequence[tuple[str, Any, Pointer]]) -> Columns:
        if not rows:
            return cls((), (), ())
        ids, kinds, pointers = zip(*rows, strict=True)
        return cls(ids, kinds, pointers)

    def rows(self) -> Iterator[tuple[str, Any, Pointer]]:
        return zip(self.ids, self.kinds, self.pointers, strict=True)


@dataclass(frozen=True)
class Outline:
    """What a run needs of a meeting file whose model it does not make: its facts, the ids it
    declares (kinds are strings) and the references it makes (kinds are tuples of strings)."""

    facts: MeetingFacts
    declared: Columns
    references: Columns
