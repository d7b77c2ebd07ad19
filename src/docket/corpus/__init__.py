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
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from pydantic import BaseModel

from docket.corpus.recover import Declared, Recovered
from docket.facts import MeetingFacts
from docket.findings import Finding, Pointer
from docket.load import LoadedDocument, problems
from docket.load.locate import line_of
from docket.model.annual_plan import AnnualPlan
from docket.model.body import Body, Role
from docket.model.common import Language
from docket.model.governing_document import Commission, RulesOfProcedure, RulesVersion
from docket.model.meeting import AgendaItem, Meeting
from docket.model.registry import Organisation, OrganisationRegistry, PeopleRegistry, Person
from docket.model.written_procedure import WrittenProcedure
from docket.outline import Columns, Declaration
from docket.repository import path_problem, shorten
from docket.suggest import did_you_mean, one_of

T = TypeVar("T", bound=BaseModel)
D = TypeVar("D")


class Located(Generic[T]):
    """An object with the file and pointer it was read from, and what holds it.

    An object of a meeting loaded by its outline (``LoadedDocument``) is found in its model
    only when ``obj``, ``meeting`` or ``item`` is read: indexing 10,000 unchanged meetings
    makes none of their models.
    """

    __slots__ = ("_document", "_held", "_item", "_meeting", "_obj", "kind", "path", "pointer")

    def __init__(
        self,
        obj: T,
        kind: str,
        path: str,
        pointer: Pointer,
        meeting: Meeting | None = None,
        item: AgendaItem | None = None,
    ) -> None:
        self._obj: T | None = obj
        self.kind = kind
        self.path = path
        self.pointer = pointer
        self._meeting = meeting
        self._item = item
        self._document: LoadedDocument | None = None
        self._held = True

    @classmethod
    def lazy(
        cls, document: LoadedDocument, kind: str, pointer: Pointer, held: bool = True
    ) -> Located[Any]:
        """The object at ``pointer`` in ``document``'s model, found when first read; ``held``:
        with the meeting and item that hold it (as ``Corpus.objects`` gives them), else
        without (as ``Corpus.meetings`` does)."""
        located: Located[Any] = cls.__new__(cls)
        located._obj = None
        located.kind = kind
        located.path = document.path
        located.pointer = pointer
        located._meeting = None
        located._item = None
        located._document = document
        located._held = held
        return located

    def _find(self) -> None:
        """Find the object, its meeting and its item in the document's model."""
        assert self._document is not None
        model = self._document.model
        found: Any = model
        for step in self.pointer:
            found = found[step] if isinstance(step, int) else getattr(found, step)
        self._obj = found
        if self._held and isinstance(model, Meeting):
            self._meeting = model
            if self.pointer[:1] == ("items",) and isinstance(self.pointer[1], int):
                self._item = model.items[self.pointer[1]]
        self._document = None

    @property
    def obj(self) -> T:
        if self._document is not None:
            self._find()
        return cast(T, self._obj)

    @property
    def meeting(self) -> Meeting | None:
        """The meeting the object was read from (``None`` in ``Corpus.meetings``)."""
        if self._document is not None:
            self._find()
        return self._meeting

    @property
    def item(self) -> AgendaItem | None:
        """The agenda item that holds the object (the item itself for an item; ``None`` for
        what is not in an item)."""
        if self._document is not None:
            self._find()
        return self._item

    def __repr__(self) -> str:
        return f"Located({self.kind}, {self.path!r}, {self.pointer!r})"


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
    facts: dict[str, MeetingFacts] = field(default_factory=dict)
    """The facts of each meeting (``docket.facts``), by id as ``meetings``: what the checks that
    read many meetings read, so that they make no meeting's model."""
    written_procedures: list[Located[WrittenProcedure]] = field(default_factory=list)
    references: list[tuple[str, Columns]] = field(default_factory=list)
    """Each document's references (``Columns``: targets, the kinds each may be, pointers)."""
    set_aside: dict[str, Recovered] = field(default_factory=dict)
    declared: dict[str, Declared] = field(default_factory=dict)
    unresolved: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    """(path of the error, id) -> every file that uses an id nothing declares: one error at the
    first place names them all (``_missing``), and each of them is set aside."""
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
        """The objects of ``kind``, in the order of ``objects`` (indexed once per corpus)."""
        return list(self.derive(_by_kind).get(kind, ()))

    def facts_at(self, path: str) -> MeetingFacts | None:
        """The facts of the meeting read from ``path``, if one was."""
        return self.derive(_facts_by_path).get(path)

    def meetings_of(self, body: str) -> list[Located[Meeting]]:
        """The body's meetings in date order (then number), sorted once per corpus."""
        return list(self.derive(_meetings_by_body).get(body, ()))

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


def _facts_by_path(corpus: Corpus) -> dict[str, MeetingFacts]:
    return {facts.path: facts for facts in corpus.facts.values()}


def _by_kind(corpus: Corpus) -> dict[str, list[Located[BaseModel]]]:
    found: dict[str, list[Located[BaseModel]]] = {}
    for located in corpus.objects.values():
        found.setdefault(located.kind, []).append(located)
    return found


def _meetings_by_body(corpus: Corpus) -> dict[str, list[Located[Meeting]]]:
    ordered = sorted(corpus.facts.values(), key=lambda f: (f.date, f.number or 0, f.id))
    found: dict[str, list[Located[Meeting]]] = {}
    for facts in ordered:
        found.setdefault(facts.body, []).append(corpus.meetings[facts.id])
    return found


def _fresh(corpus: Corpus, ids: tuple[str, ...]) -> bool:
    """Whether ``ids`` are all different and none of them is in the corpus yet."""
    return len(set(ids)) == len(ids) and corpus.objects.keys().isdisjoint(ids)


def _register(corpus: Corpus, document: LoadedDocument, findings: list[Finding]) -> None:
    outline = document.outline
    if outline is not None and _fresh(corpus, outline.declared.ids):
        # the common case, in C: none of the meeting's ids is used yet
        made = map(
            partial(Located.lazy, document), outline.declared.kinds, outline.declared.pointers
        )
        corpus.objects.update(zip(outline.declared.ids, made, strict=True))
        corpus.references.append((document.path, outline.references))
        return
    if outline is not None:  # a meeting whose model is not made: its ids come from the index
        declared: list[tuple[str, str, Pointer, Located[Any]]] = [
            (id_, kind, pointer, Located.lazy(document, kind, pointer))
            for id_, kind, pointer in outline.declared.rows()
        ]
        references = outline.references
    else:
        objects, found = document.walked()
        references = Columns.of(found)
        meeting = document.model if isinstance(document.model, Meeting) else None
        current_item: AgendaItem | None = None
        declared = []
        for identified in objects:
            obj = identified.obj
            if isinstance(obj, AgendaItem):
                current_item = obj
            item = None if isinstance(obj, Meeting) else current_item
            located = Located(
                obj, identified.kind, document.path, identified.pointer, meeting, item
            )
            declared.append((identified.id, identified.kind, identified.pointer, located))
    repeated: dict[str, list[tuple[Declaration, Located[BaseModel]]]] = {}
    for id_, kind, pointer, located in declared:
        earlier = corpus.objects.get(id_)
        if earlier is not None:
            repeated.setdefault(earlier.path, []).append((Declaration(id_, kind, pointer), earlier))
            continue
        corpus.objects[id_] = located
    findings.extend(
        _duplicate_ids(corpus.root, document.path, pairs) for pairs in repeated.values()
    )
    corpus.references.append((document.path, references))


def _duplicate_ids(
    root: Path, path: str, pairs: list[tuple[Declaration, Located[BaseModel]]]
) -> Finding:
    """One finding for all the ids of the file at ``path`` that another file already uses: a
    copied meeting repeats every id of the original, and that is one mistake, not dozens. It
    names the file and line of the first use, so both places can be compared."""
    identified, earlier = pairs[0]
    first = line_of(root, earlier.path, (*earlier.pointer, "id"))
    message = (
        f"id '{identified.id}' is already used by {_a(_kind_words((earlier.kind,))[0])} at "
        f"{earlier.path}:{first}"
    )
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
    facts = document.facts
    if facts is not None:  # a meeting, whose model need not be made
        if facts.id not in corpus.meetings:
            corpus.meetings[facts.id] = (
                Located(cast(Meeting, document.model), "meeting", document.path, ())
                if document.outline is None
                else Located.lazy(document, "meeting", (), held=False)
            )
            corpus.facts[facts.id] = facts
        return
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
    elif isinstance(model, WrittenProcedure):
        corpus.written_procedures.append(Located(model, "written-procedure", document.path, ()))


def _declare(corpus: Corpus, recovered: Recovered) -> None:
    """Ids of a file the checks do not see; an id a loaded document already has stays its."""
    corpus.set_aside[recovered.path] = recovered
    for declared in recovered.declared:
        if declared.id not in corpus.objects:
            corpus.declared.setdefault(declared.id, declared)


PLACES_NAMED = 3
"""How many places a message about an id used in many places names before "and N more"."""


_KIND_WORDS = {"forward": "forwarded input"}


def _kind_words(kinds: tuple[str, ...]) -> list[str]:
    """The kinds as people call them: 'pending decision', 'forwarded input', 'follow-up'."""
    return [_KIND_WORDS.get(k, k if k == "follow-up" else k.replace("-", " ")) for k in kinds]


def _a(words: str) -> str:
    """'a meeting', 'an item'."""
    return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"


def _no_such(kinds: tuple[str, ...], the_id: str) -> str:
    """'no person has the id 'x'', 'no person or organisation has ...'; with more kinds, which
    ones as a list after the id, so the sentence still reads."""
    words = _kind_words(kinds)
    if len(words) < 3:
        return f"no {' or '.join(words)} has {the_id}"
    return f"nothing this can refer to has {the_id} ({one_of(words)})"


def _missing(
    corpus: Corpus,
    target: str,
    kinds: tuple[str, ...],
    places: list[tuple[str, Pointer]],
    candidates: list[str],
) -> Finding:
    """One error for an id that nothing declares, however many places use it: a person renamed
    in people.yaml is one mistake. It stands at the first place and names the others; every
    file that uses the id is still set aside (``unresolved``)."""
    guess = did_you_mean(target, candidates)
    path, pointer = places[0]
    if len(places) == 1:
        message = _no_such(kinds, f"the id '{target}'") + guess
        hint = None
    else:
        named = [f"{p}:{line_of(corpus.root, p, ptr)}" for p, ptr in places[:PLACES_NAMED]]
        more = len(places) - PLACES_NAMED
        listed = ", ".join(named) + (f", and {more} more" if more > 0 else "")
        missing = _no_such(kinds, "this id")
        message = f"'{target}' is used in {len(places)} places ({listed}) but {missing}{guess}"
        hint = (
            f"give {_a(_kind_words(kinds)[0])} the id '{target}' again, or change every place "
            "that uses it; until then the checks hold back what these files record"
        )
    return problems.DANGLING_REFERENCE.finding(
        message, path, pointer=pointer, hint=hint, subject=target
    )


def _resolves(corpus: Corpus, target_id: str, kinds: tuple[str, ...]) -> bool:
    """Whether ``target_id`` is an object of one of ``kinds``, or an id a set-aside file
    declares that may be one."""
    target = corpus.objects.get(target_id)
    if target is not None:
        return target.kind in kinds
    declared = corpus.declared.get(target_id)
    return declared is not None and declared.kind in (None, *kinds)


def _resolve(corpus: Corpus, findings: list[Finding]) -> None:
    """Resolve every reference: each distinct id and kinds once, and only the references whose
    id does not resolve one by one, in the order of the files, for their findings."""
    distinct: dict[tuple[str, tuple[str, ...]], None] = {}
    for _, references in corpus.references:
        distinct.update(dict.fromkeys(zip(references.ids, references.kinds, strict=True)))
    failing = {pair for pair in distinct if not _resolves(corpus, *pair)}
    if not failing:
        return
    candidates: dict[tuple[str, ...], list[str]] = {}
    missing: dict[tuple[str, tuple[str, ...]], list[tuple[str, Pointer]]] = {}
    for path, references in corpus.references:
        for target_id, kinds, pointer in references.rows():
            if (target_id, kinds) not in failing:
                continue
            target = corpus.objects.get(target_id)
            if target is None:
                missing.setdefault((target_id, kinds), []).append((path, pointer))
                continue
            words = _kind_words(kinds)
            wanted = (
                f"not {_a(' or '.join(words))}"
                if len(words) < 3
                else f"which this cannot refer to ({one_of(words)})"
            )
            kind = _a(_kind_words((target.kind,))[0])
            message = f"'{target_id}' is {kind} (in {target.path}), {wanted}"
            findings.append(
                problems.DANGLING_REFERENCE.finding(
                    message, path, pointer=pointer, subject=target_id
                )
            )
    for (target_id, kinds), places in missing.items():
        if kinds not in candidates:
            candidates[kinds] = [i for i, o in corpus.objects.items() if o.kind in kinds]
        findings.append(_missing(corpus, target_id, kinds, places, candidates[kinds]))
        corpus.unresolved.setdefault((places[0][0], target_id), set()).update(
            path for path, _ in places
        )


def _attachment_paths(corpus: Corpus, findings: list[Finding]) -> None:
    root = corpus.root.resolve()
    for facts in corpus.facts.values():
        for listed in facts.attachments:
            if path_problem(listed.path):
                continue  # attachment-missing says why it cannot be a file
            target = (root / listed.path).resolve()
            if listed.path.startswith(("/", "\\")) or not target.is_relative_to(root):
                findings.append(
                    problems.PATH_OUTSIDE_REPOSITORY.finding(
                        f"attachment path '{shorten(listed.path)}' leads outside the repository",
                        facts.path,
                        pointer=("items", listed.item, "attachments", listed.at, "path"),
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
