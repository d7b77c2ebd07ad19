"""All documents of a repository, indexed and cross-referenced.

Checks and reports read the corpus, never the files. Every identified object can be found by
id together with the file and pointer it came from, and the meeting and item that hold it.

A file that failed validation is not in the corpus, but what it declares is (``set_aside`` and
``declared``, see ``corpus.recover``): a reference to an id it declares is not dangling.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar, cast

from pydantic import BaseModel

from docket.corpus.recover import Declared, Recovered
from docket.corpus.walk import Identified, Reference, walk
from docket.findings import Finding, Pointer
from docket.load import LoadedDocument, problems
from docket.model.annual_plan import AnnualPlan
from docket.model.body import Body, Role
from docket.model.common import Language
from docket.model.governing_document import Commission, RulesOfProcedure, RulesVersion
from docket.model.meeting import AgendaItem, Meeting
from docket.model.registry import Organisation, OrganisationRegistry, PeopleRegistry, Person
from docket.model.written_procedure import WrittenProcedure
from docket.repository import path_problem, shorten
from docket.suggest import did_you_mean

T = TypeVar("T", bound=BaseModel)
D = TypeVar("D")


@dataclass(frozen=True)
class Located(Generic[T]):
    """An object with the file and pointer it was read from, and what holds it."""

    obj: T
    kind: str
    path: str
    pointer: Pointer
    meeting: Meeting | None = None
    item: AgendaItem | None = None


@dataclass
class Corpus:
    root: Path
    documents: list[LoadedDocument] = field(default_factory=list)
    objects: dict[str, Located[BaseModel]] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    bodies: dict[str, Located[Body]] = field(default_factory=dict)
    commissions: list[Located[Commission]] = field(default_factory=list)
    rules: list[Located[RulesOfProcedure]] = field(default_factory=list)
    annual_plans: list[Located[AnnualPlan]] = field(default_factory=list)
    meetings: dict[str, Located[Meeting]] = field(default_factory=dict)
    written_procedures: list[Located[WrittenProcedure]] = field(default_factory=list)
    references: list[tuple[str, Reference]] = field(default_factory=list)
    set_aside: dict[str, Recovered] = field(default_factory=dict)
    declared: dict[str, Declared] = field(default_factory=dict)
    derived: dict[Callable[[Corpus], object], object] = field(
        default_factory=dict, repr=False, compare=False
    )
    """Indexes that several checks derive from the documents, by the function that makes them."""

    def derive(self, make: Callable[[Corpus], D]) -> D:
        """``make(self)``, made once for this corpus: an index several checks read, such as
        which meetings address an id (``checks.addresses``). Checks must not change it."""
        if make not in self.derived:
            self.derived[make] = make(self)
        return cast(D, self.derived[make])

    def by_kind(self, kind: str) -> list[Located[BaseModel]]:
        return [located for located in self.objects.values() if located.kind == kind]

    def meetings_of(self, body: str) -> list[Located[Meeting]]:
        """The body's meetings in date order (then number)."""
        found = [m for m in self.meetings.values() if m.obj.body == body]
        return sorted(found, key=lambda m: (m.obj.date, m.obj.number or 0, m.obj.id))

    def rules_in_force(self, body: str, day: date) -> RulesVersion | None:
        """The body's rules of procedure in force on ``day``, if any were adopted by then."""
        found = self.rules_document_in_force(body, day)
        return found[1] if found else None

    def rules_document_in_force(
        self, body: str, day: date
    ) -> tuple[RulesOfProcedure, RulesVersion] | None:
        """The body's rules document and its version in force on ``day``."""
        for located in self.rules:
            if located.obj.body == body:
                version = located.obj.in_force_on(day)
                if version is not None:
                    return located.obj, version
        return None

    def holders(self, body: str, role: Role, day: date) -> list[str]:
        located = self.bodies.get(body)
        if located is None:
            return []
        return [m.person for m in located.obj.holders_on(role, day)]

    def person_on(self, person_id: str, day: date) -> Person | None:
        """The person with the title, unit and organisation in force on ``day``."""
        person = self.people.get(person_id)
        return person.on(day) if person else None

    def organisation_on(self, organisation_id: str, day: date) -> Organisation | None:
        """The organisation with the name, type and parent in force on ``day``."""
        organisation = self.organisations.get(organisation_id)
        return organisation.on(day) if organisation else None

    def language_of(self, body: str) -> Language:
        """The language the body works in: its documents, calendar and names are in it.
        Danish for a body the repository does not know."""
        located = self.bodies.get(body)
        return located.obj.language if located else Language.DA

    def name_of(self, id_: str, lang: str = "da") -> str:
        """A readable name for a person, organisation or body id (the id itself otherwise)."""
        if id_ in self.people:
            return self.people[id_].name
        if id_ in self.organisations:
            return self.organisations[id_].label(lang)
        if id_ in self.bodies:
            return self.bodies[id_].obj.name.get(lang)
        return id_


def _register(corpus: Corpus, document: LoadedDocument, findings: list[Finding]) -> None:
    objects, references = walk(document.model)
    meeting = document.model if isinstance(document.model, Meeting) else None
    current_item: AgendaItem | None = None
    repeated: dict[str, list[tuple[Identified, Located[BaseModel]]]] = {}
    for identified in objects:
        obj, id_ = identified.obj, identified.id
        if isinstance(obj, AgendaItem):
            current_item = obj
        item = None if isinstance(obj, Meeting) else current_item
        located: Located[BaseModel] = Located(
            obj, identified.kind, document.path, identified.pointer, meeting, item
        )
        earlier = corpus.objects.get(id_)
        if earlier is not None:
            repeated.setdefault(earlier.path, []).append((identified, earlier))
            continue
        corpus.objects[id_] = located
    findings.extend(_duplicate_ids(document.path, pairs) for pairs in repeated.values())
    corpus.references.extend((document.path, ref) for ref in references)


def _duplicate_ids(path: str, pairs: list[tuple[Identified, Located[BaseModel]]]) -> Finding:
    """One finding for all the ids of the file at ``path`` that another file already uses: a
    copied meeting repeats every id of the original, and that is one mistake, not dozens."""
    identified, earlier = pairs[0]
    article = "an" if earlier.kind[:1] in "aeiou" else "a"
    message = f"id '{identified.id}' is already used by {article} {earlier.kind} in {earlier.path}"
    hint = "ids are unique across the whole repository: choose another"
    if len(pairs) > 1:
        more = len(pairs) - 1
        message += f", and {more} more id{'s' if more > 1 else ''} of this file also stand there"
        hint = (
            f"one of this file and {earlier.path} looks like a copy of the other: give the "
            "copy (and its items and outcomes) ids of its own, or remove it"
        )
    return problems.DUPLICATE_ID.finding(
        message,
        path,
        pointer=(*identified.pointer, "id"),
        hint=hint,
        subject=identified.id,
    )


def _index(corpus: Corpus, document: LoadedDocument) -> None:
    model = document.model
    if isinstance(model, OrganisationRegistry):
        corpus.organisations.update((o.id, o) for o in model.organisations)
    elif isinstance(model, PeopleRegistry):
        corpus.people.update((p.id, p) for p in model.people)
    elif isinstance(model, Body):
        corpus.bodies.setdefault(model.id, Located(model, "body", document.path, ()))
    elif isinstance(model, Commission):
        corpus.commissions.append(Located(model, "commission", document.path, ()))
    elif isinstance(model, RulesOfProcedure):
        corpus.rules.append(Located(model, "rules-of-procedure", document.path, ()))
    elif isinstance(model, AnnualPlan):
        corpus.annual_plans.append(Located(model, "annual-plan", document.path, ()))
    elif isinstance(model, Meeting):
        corpus.meetings.setdefault(model.id, Located(model, "meeting", document.path, ()))
    elif isinstance(model, WrittenProcedure):
        corpus.written_procedures.append(Located(model, "written-procedure", document.path, ()))


def _declare(corpus: Corpus, recovered: Recovered) -> None:
    """Ids of a file the checks do not see; an id a loaded document already has stays its."""
    corpus.set_aside[recovered.path] = recovered
    for declared in recovered.declared:
        if declared.id not in corpus.objects:
            corpus.declared.setdefault(declared.id, declared)


def _resolve(corpus: Corpus, findings: list[Finding]) -> None:
    candidates: dict[tuple[str, ...], list[str]] = {}
    for path, ref in corpus.references:
        target = corpus.objects.get(ref.target)
        if target is not None and target.kind in ref.kinds:
            continue
        declared = corpus.declared.get(ref.target)
        if target is None and declared is not None and declared.kind in (None, *ref.kinds):
            continue
        wanted = " or ".join(ref.kinds)
        if target is None:
            if ref.kinds not in candidates:
                candidates[ref.kinds] = [
                    i for i, o in corpus.objects.items() if o.kind in ref.kinds
                ]
            hint = did_you_mean(ref.target, candidates[ref.kinds])
            message = f"no {wanted} has the id '{ref.target}'{hint}"
        else:
            message = f"'{ref.target}' is a {target.kind} (in {target.path}), not a {wanted}"
        findings.append(
            problems.DANGLING_REFERENCE.finding(
                message, path, pointer=ref.pointer, subject=ref.target
            )
        )


def _attachment_paths(corpus: Corpus, findings: list[Finding]) -> None:
    root = corpus.root.resolve()
    for located in corpus.meetings.values():
        for i, item in enumerate(located.obj.items):
            for j, attachment in enumerate(item.attachments):
                if attachment.path is None or path_problem(attachment.path):
                    continue  # attachment-missing says why it cannot be a file
                target = (root / attachment.path).resolve()
                if attachment.path.startswith(("/", "\\")) or not target.is_relative_to(root):
                    findings.append(
                        problems.PATH_OUTSIDE_REPOSITORY.finding(
                            f"attachment path '{shorten(attachment.path)}' leads outside the "
                            "repository",
                            located.path,
                            pointer=("items", i, "attachments", j, "path"),
                            hint="give a path relative to the repository root, without '..'",
                        )
                    )


def build_corpus(
    root: Path, documents: list[LoadedDocument], set_aside: Sequence[Recovered] = ()
) -> tuple[Corpus, list[Finding]]:
    """Index ``documents`` and resolve every reference between them and to the ids that the
    ``set_aside`` files (invalid ones) declare."""
    corpus = Corpus(root=root, documents=documents)
    findings: list[Finding] = []
    for document in documents:
        _register(corpus, document, findings)
        _index(corpus, document)
    for recovered in set_aside:
        _declare(corpus, recovered)
    _resolve(corpus, findings)
    _attachment_paths(corpus, findings)
    return corpus, findings
