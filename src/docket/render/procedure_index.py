"""The record's written procedures indexed once per corpus (``Corpus.derive``): by their id and
by the id of the decision each produced.

A meeting item names the procedures it takes up, and a decision taken by written procedure has
no meeting to say where it was taken; looking either up here instead of in every procedure
keeps a document's cost that of what it shows, however many procedures the record holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docket.corpus import Corpus
from docket.model.written_procedure import WrittenProcedure


@dataclass(frozen=True)
class ProcedureIndex:
    by_id: dict[str, WrittenProcedure] = field(default_factory=dict)
    """A procedure's id -> the procedure (the last of a repeated id, as a dict made in order)."""
    by_decision: dict[str, list[WrittenProcedure]] = field(default_factory=dict)
    """A decision's id -> the procedures whose decision has it, in the corpus's order."""


def procedure_index(corpus: Corpus) -> ProcedureIndex:
    index = ProcedureIndex()
    for located in corpus.written_procedures:
        procedure = located.obj
        index.by_id[procedure.id] = procedure
        if procedure.decision is not None:
            index.by_decision.setdefault(procedure.decision.id, []).append(procedure)
    return index
