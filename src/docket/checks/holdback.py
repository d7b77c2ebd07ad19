"""Checks do not judge what they cannot see.

A file with a structural error (it does not validate, or it refers to nothing) is set aside: the
checks do not see it, only the ids it declares (``corpus.recover``). A check that reads other
documents for context (its ``READS``: a record-missing check reads the meetings an annual plan
plans, a sequence check a body's other meetings) would then judge a world with a hole in it and
report consequences: a record "missing", a numbering gap, a topic "never scheduled". So each of
its findings that concerns a body a set-aside file of a kind it reads belongs to is held back,
and one note per set-aside file says how many checks were held back until it is fixed. A check
that judges each document on its own (no ``READS``) is never held back.

Which bodies a finding concerns: the body of the document and entry it points at, and the
bodies the object it is about belongs to or names (a forward's ``to``, a topic's ``body``).
When that cannot be told, the finding is held back: silence is better than a wrong claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from docket.checks.base import Check
from docket.corpus import Corpus
from docket.corpus.recover import Recovered
from docket.corpus.walk import reference_fields
from docket.findings import Finding, Level
from docket.load import LoadedDocument
from docket.load.problems import Problem
from docket.model.annual_plan import AnnualPlan
from docket.model.body import Body
from docket.model.governing_document import Commission, RulesOfProcedure
from docket.model.meeting import Meeting
from docket.model.written_procedure import WrittenProcedure

CHECKS_HELD_BACK = Problem(
    "DK095", "checks-held-back", "Checks held back until a file with an error is fixed."
)


@dataclass(frozen=True)
class HeldBack:
    """The findings that stand, those held back, and one note per set-aside file."""

    findings: list[Finding]
    held: list[Finding]
    notes: list[Finding]


def _bodies_named(obj: BaseModel) -> set[str]:
    """The bodies ``obj`` refers to in its own fields (a forward's ``to``, a topic's ``body``)."""
    named: set[str] = set()
    for name, kinds in reference_fields(type(obj)):
        value = getattr(obj, name)
        if "body" in kinds and isinstance(value, str):
            named.add(value)
    return named


def _document_bodies(model: BaseModel, finding: Finding) -> set[str]:
    if isinstance(model, Meeting | Commission | RulesOfProcedure | WrittenProcedure):
        return {model.body}
    if isinstance(model, Body):
        return {model.id}
    if isinstance(model, AnnualPlan):
        pointer = finding.pointer or ()
        entries: Sequence[BaseModel] = (
            getattr(model, pointer[0])
            if pointer and pointer[0] in ("meetings", "milestones")
            else []
        )
        if len(pointer) > 1 and isinstance(pointer[1], int) and pointer[1] < len(entries):
            return _bodies_named(entries[pointer[1]])
        return {m.body for m in model.meetings} | {m.body for m in model.milestones}
    return set()


def concerned_bodies(
    corpus: Corpus, finding: Finding, documents: dict[str, LoadedDocument]
) -> set[str]:
    """The bodies a finding concerns (empty: it cannot be told)."""
    bodies: set[str] = set()
    document = documents.get(finding.path)
    if document is not None:
        bodies |= _document_bodies(document.model, finding)
    located = corpus.objects.get(finding.subject or "")
    if located is not None:
        if located.meeting is not None:
            bodies.add(located.meeting.body)
        if isinstance(located.obj, Body):
            bodies.add(located.obj.id)
        bodies |= _bodies_named(located.obj)
    return bodies


def _reads(check: Check, recovered: Recovered) -> bool:
    """Whether ``check`` reads files like ``recovered`` (an unknown kind: any it reads)."""
    return bool(check.reads) and (recovered.kind is None or recovered.kind in check.reads)


def _hidden(bodies: set[str], recovered: Recovered) -> bool:
    return recovered.bodies is None or not bodies or bool(bodies & recovered.bodies)


def hold_back(corpus: Corpus, checks: Iterable[Check], findings: Iterable[Finding]) -> HeldBack:
    """Split ``findings`` (of ``checks`` on ``corpus``) into those that stand and those held
    back because a set-aside file hides what they judge."""
    chosen = list(checks)
    by_code = {check.code: check for check in chosen}
    aside = list(corpus.set_aside.values())
    documents = {document.path: document for document in corpus.documents}
    kept: list[Finding] = []
    held: list[Finding] = []
    for finding in findings:
        check = by_code.get(finding.code)
        blind = [r for r in aside if check is not None and _reads(check, r)]
        if blind:
            bodies = concerned_bodies(corpus, finding, documents)
            if any(_hidden(bodies, r) for r in blind):
                held.append(finding)
                continue
        kept.append(finding)
    return HeldBack(kept, held, [_note(r, chosen) for r in aside if _count(r, chosen)])


def _count(recovered: Recovered, checks: list[Check]) -> int:
    return sum(1 for check in checks if _reads(check, recovered))


def _note(recovered: Recovered, checks: list[Check]) -> Finding:
    names = [check.name for check in checks if _reads(check, recovered)]
    count = len(names)
    what = f"this {recovered.kind.replace('-', ' ')}" if recovered.kind else "this file"
    return Finding(
        code=CHECKS_HELD_BACK.code,
        name=CHECKS_HELD_BACK.name,
        level=Level.INFO,
        message=f"{count} check{'s' if count != 1 else ''} that need{'' if count != 1 else 's'} "
        f"{what} {'are' if count != 1 else 'is'} held back until its error is fixed, so that "
        f"they report no consequence of it: {', '.join(names)}",
        path=recovered.path,
        line=1,
        column=1,
        hint="fix the error reported in this file, then run docket check again; the ids it "
        "declares still count for references from other files",
    )
