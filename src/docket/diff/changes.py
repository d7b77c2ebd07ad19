"""What changed between two states of a governance repository, in governance terms.

A line diff tells a reviewer that a YAML file changed; this tells them that a meeting moved, a
decision was recorded, a follow-up was closed, a member left or a version of the rules was
adopted, and which findings the change introduces or resolves. Changes are plain data; the
renderers in ``docket.diff.render`` turn them into Markdown or JSON.

One comparer (``compare_section``) pairs the objects of a section on both sides by key; a small
``Describer`` per section says what an object's addition, removal or edit means.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from docket.corpus import Corpus, Located
from docket.findings import Finding
from docket.model.body import Body, Membership
from docket.model.common import Language, Localized
from docket.model.governing_document import Commission, DocumentVersion, RulesOfProcedure
from docket.model.meeting import (
    AgendaItem,
    Decision,
    FollowUp,
    FollowUpStatus,
    Meeting,
    Participant,
    Votes,
)
from docket.model.registry import Organisation, Person
from docket.model.written_procedure import Answer, WrittenProcedure
from docket.words import label, meeting_name

M = TypeVar("M", bound=BaseModel)
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Section(StrEnum):
    MEETINGS = "meetings"
    DECISIONS = "decisions"
    FOLLOW_UPS = "follow-ups"
    MEMBERSHIPS = "memberships"
    WRITTEN_PROCEDURES = "written-procedures"
    PEOPLE = "people"
    COMMISSIONS = "commissions"
    RULES = "rules-of-procedure"
    FINDINGS = "findings"

    @property
    def heading(self) -> str:
        return label(f"diff_{self.value}", Language.EN)


class Action(StrEnum):
    """What happened to an object; the value is what the Markdown and JSON outputs show."""

    ADDED = "added"
    REMOVED = "removed"
    EDITED = "edited"
    STATUS_CHANGED = "status-changed"
    MOVED = "moved"
    RECORDED = "recorded"
    OUTCOME_CHANGED = "outcome-changed"
    OPENED = "opened"
    RECORDED_CLOSED = "recorded-closed"
    RECORDED_CANCELLED = "recorded-cancelled"
    REOPENED = "reopened"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    REASSIGNED = "reassigned"
    JOINED = "joined"
    LEFT = "left"
    ROLE_CHANGED = "role-changed"
    CHANGED = "changed"
    ADOPTED = "adopted"
    SUPERSEDED = "superseded"
    INTRODUCED = "introduced"
    RESOLVED = "resolved"
    SENT = "sent"
    DECIDED = "decided"


@dataclass(frozen=True)
class Change:
    """One change. ``summary`` is plain text taken partly from the data: renderers escape it."""

    section: Section
    action: Action
    subject: str
    summary: str
    path: str = ""
    line: int | None = None
    before: str | None = None
    after: str | None = None


@dataclass(frozen=True)
class State:
    """One side of the comparison: the corpus and the findings of ``docket check`` on it."""

    corpus: Corpus
    findings: list[Finding]


def _text(value: object) -> str:
    return "none" if value is None else str(value)


def _short(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _body_name(corpus: Corpus, body: str) -> str:
    """The body as its members name it: the diff is English, the body's name its own."""
    return corpus.name_of(body, corpus.language_of(body))


def _meeting_label(corpus: Corpus, meeting: Meeting) -> str:
    """'Arbejdsgruppen meeting 2 (2025-06-09)'; 'Arbejdsgruppen meeting 2025-06-09' unnumbered."""
    name = meeting_name(_body_name(corpus, meeting.body), meeting.number, meeting.date, Language.EN)
    return name if meeting.number is None else f"{name} ({meeting.date.isoformat()})"


def _where(corpus: Corpus, located: Located[Any]) -> str:
    """'Arbejdsgruppen meeting 1 (2025-03-03), item 2 Status' for an object in a meeting;
    'written procedure wp-1 (title)' for the outcome of a written procedure."""
    for procedure in corpus.written_procedures:
        if procedure.obj.decision is not None and procedure.obj.decision is located.obj:
            return f"written procedure {procedure.obj.id} ({procedure.obj.title})"
    parts = []
    if located.meeting is not None:
        parts.append(_meeting_label(corpus, located.meeting))
    if located.item is not None:
        parts.append(f"item {located.item.number} {located.item.title}")
    return ", ".join(parts)


def _when(meeting: Meeting) -> str:
    times = "-".join(t for t in (meeting.start, meeting.end) if t)
    return f"{meeting.date.isoformat()} {times}".strip()


def _edited_fields(before: BaseModel, after: BaseModel, ignore: Sequence[str] = ()) -> list[str]:
    return [
        name
        for name in type(before).model_fields
        if name not in ignore and getattr(before, name) != getattr(after, name)
    ]


class Describer(ABC, Generic[K, V]):
    """What the objects of one section are, how each is keyed, and what a change to one means.

    ``base`` and ``head`` are the two corpora, for names; ``changed`` is called only for an
    object on both sides."""

    section: Section

    def __init__(self, base: Corpus, head: Corpus) -> None:
        self.base = base
        self.head = head

    @abstractmethod
    def objects(self, corpus: Corpus) -> dict[K, V]:
        """The section's objects in ``corpus`` by key."""

    def subject(self, key: K) -> str:
        """The key as the outputs show it (``subject`` in JSON)."""
        return str(key)

    @abstractmethod
    def added(self, key: K, new: V) -> Iterator[Change]:
        """What it means that ``new`` is only in head."""

    @abstractmethod
    def removed(self, key: K, old: V) -> Iterator[Change]:
        """What it means that ``old`` is only in base."""

    @abstractmethod
    def changed(self, key: K, old: V, new: V) -> Iterator[Change]:
        """What changed between ``old`` and ``new`` (nothing when they are equal)."""

    def change(
        self,
        action: Action,
        key: K,
        summary: str,
        path: str,
        before: str | None = None,
        after: str | None = None,
    ) -> Change:
        return Change(self.section, action, self.subject(key), summary, path, None, before, after)


def compare_section(describer: Describer[K, V]) -> Iterator[Change]:
    """Every change of one section: objects paired by key, in the order of their subjects."""
    old_all = describer.objects(describer.base)
    new_all = describer.objects(describer.head)
    for key in sorted(old_all.keys() | new_all.keys(), key=describer.subject):
        old, new = old_all.get(key), new_all.get(key)
        if new is None and old is not None:
            yield from describer.removed(key, old)
        elif old is None and new is not None:
            yield from describer.added(key, new)
        elif old is not None and new is not None:
            yield from describer.changed(key, old, new)


def _of_kind(corpus: Corpus, kind: str, model: type[M]) -> dict[str, Located[M]]:
    found: dict[str, Located[M]] = {}
    for id_, located in corpus.objects.items():
        if located.kind == kind and isinstance(located.obj, model):
            found[id_] = Located(
                located.obj, kind, located.path, located.pointer, located.meeting, located.item
            )
    return found


class Meetings(Describer[str, Located[Meeting]]):
    section = Section.MEETINGS

    def objects(self, corpus: Corpus) -> dict[str, Located[Meeting]]:
        return corpus.meetings

    def removed(self, key: str, old: Located[Meeting]) -> Iterator[Change]:
        name = _meeting_label(self.base, old.obj)
        yield self.change(Action.REMOVED, key, f"{name}: removed", old.path)

    def added(self, key: str, new: Located[Meeting]) -> Iterator[Change]:
        name, status = _meeting_label(self.head, new.obj), new.obj.status.value
        yield self.change(Action.ADDED, key, f"{name}: added, {status}", new.path, after=status)

    def changed(self, key: str, old: Located[Meeting], new: Located[Meeting]) -> Iterator[Change]:
        name, status = _meeting_label(self.head, new.obj), new.obj.status.value
        if old.obj.status != new.obj.status:
            before = old.obj.status.value
            summary = f"{name}: {before} → {status}"
            yield self.change(Action.STATUS_CHANGED, key, summary, new.path, before, status)
        if _when(old.obj) != _when(new.obj):
            before, after = _when(old.obj), _when(new.obj)
            summary = f"{name}: moved from {before} to {after}"
            yield self.change(Action.MOVED, key, summary, new.path, before, after)
        edited = _edited_fields(old.obj, new.obj, ("status", "date", "start", "end"))
        details = [
            *_conflict_changes(self.head, old.obj.items, new.obj.items),
            *_substitute_changes(self.head, old.obj.participants, new.obj.participants),
        ]
        if edited:
            summary = f"{name}: {', '.join(edited)} changed"
            if details:
                summary = f"{summary} ({'; '.join(details)})"
            yield self.change(Action.EDITED, key, summary, new.path)


def _conflict_changes(corpus: Corpus, old: list[AgendaItem], new: list[AgendaItem]) -> list[str]:
    """'conflict of interest declared by X on item 3' for each conflict added or removed."""
    before = {(i.id, c.person): i.number for i in old for c in i.conflicts}
    after = {(i.id, c.person): i.number for i in new for c in i.conflicts}
    return [
        f"conflict of interest {verb} by {corpus.name_of(key[1])} on item {number}"
        for verb, ours, theirs in (("declared", after, before), ("withdrawn", before, after))
        for key, number in sorted(ours.items())
        if key not in theirs
    ]


def _substitute_changes(
    corpus: Corpus, old: list[Participant], new: list[Participant]
) -> list[str]:
    """'X substitutes for Y' for each substitute added."""
    before = {(p.person, p.substitute_for) for p in old if p.substitute_for}
    return [
        f"{corpus.name_of(p.person)} substitutes for {corpus.name_of(p.substitute_for)}"
        for p in new
        if p.substitute_for and (p.person, p.substitute_for) not in before
    ]


def _vote_text(votes: Votes | None) -> str:
    if votes is None:
        return "no vote"
    return (
        f"vote {votes.count('in_favour')} in favour, {votes.count('against')} against, "
        f"{votes.count('abstaining')} abstaining"
    )


def _decision_details(decision: Decision) -> str:
    """' (vote 5 in favour, ...; 1 minority statement; answers x)' for what a decision records
    beyond its text."""
    parts = []
    if decision.votes is not None:
        parts.append(_vote_text(decision.votes))
    for kind in ("minority-statement", "protocol-remark"):
        count = sum(1 for st in decision.statements if st.kind.value == kind)
        if count:
            parts.append(f"{count} {kind.replace('-', ' ')}{'s' if count > 1 else ''}")
    if decision.answers:
        parts.append(f"answers {', '.join(decision.answers)}")
    return f" ({'; '.join(parts)})" if parts else ""


class Decisions(Describer[str, Located[Decision]]):
    section = Section.DECISIONS

    def objects(self, corpus: Corpus) -> dict[str, Located[Decision]]:
        return _of_kind(corpus, "decision", Decision)

    def removed(self, key: str, old: Located[Decision]) -> Iterator[Change]:
        yield self.change(Action.REMOVED, key, f"{_where(self.base, old)}: removed", old.path)

    def added(self, key: str, new: Located[Decision]) -> Iterator[Change]:
        outcome = new.obj.outcome.value
        details = _decision_details(new.obj)
        summary = f"{_where(self.head, new)}: {outcome}: {_short(new.obj.text)}{details}"
        yield self.change(Action.RECORDED, key, summary, new.path, after=outcome)

    def changed(self, key: str, old: Located[Decision], new: Located[Decision]) -> Iterator[Change]:
        where = _where(self.head, new)
        if old.obj.outcome != new.obj.outcome:
            before, after = old.obj.outcome.value, new.obj.outcome.value
            summary = f"{where}: {before} → {after}"
            yield self.change(Action.OUTCOME_CHANGED, key, summary, new.path, before, after)
        elif old.obj != new.obj:
            edited = ", ".join(_edited_fields(old.obj, new.obj))
            summary = f"{where}: {edited} changed{_decision_details(new.obj)}"
            yield self.change(Action.EDITED, key, summary, new.path)


_NEW_FOLLOW_UP = {
    FollowUpStatus.OPEN: Action.OPENED,
    FollowUpStatus.CLOSED: Action.RECORDED_CLOSED,
    FollowUpStatus.CANCELLED: Action.RECORDED_CANCELLED,
}
_FOLLOW_UP_NOW = {
    FollowUpStatus.OPEN: Action.REOPENED,
    FollowUpStatus.CLOSED: Action.CLOSED,
    FollowUpStatus.CANCELLED: Action.CANCELLED,
}


class FollowUps(Describer[str, Located[FollowUp]]):
    section = Section.FOLLOW_UPS

    def objects(self, corpus: Corpus) -> dict[str, Located[FollowUp]]:
        return _of_kind(corpus, "follow-up", FollowUp)

    def removed(self, key: str, old: Located[FollowUp]) -> Iterator[Change]:
        yield self.change(Action.REMOVED, key, f"{_short(old.obj.text)}: removed", old.path)

    def added(self, key: str, new: Located[FollowUp]) -> Iterator[Change]:
        follow_up = new.obj
        due = f", due {follow_up.due.isoformat()}" if follow_up.due else ", no due date"
        owner = f", owner {self.head.name_of(follow_up.owner)}" if follow_up.owner else ""
        summary = f"{_short(follow_up.text)} ({_where(self.head, new)}{owner}{due})"
        action = _NEW_FOLLOW_UP[follow_up.status]
        yield self.change(action, key, summary, new.path, after=follow_up.status.value)

    def changed(self, key: str, old: Located[FollowUp], new: Located[FollowUp]) -> Iterator[Change]:
        text, was, now = _short(new.obj.text), old.obj, new.obj
        if was.status != now.status:
            closed_on = f" on {now.closed_on.isoformat()}" if now.closed_on else ""
            before, after = was.status.value, now.status.value
            summary = f"{text}: {before} → {after}{closed_on}"
            yield self.change(_FOLLOW_UP_NOW[now.status], key, summary, new.path, before, after)
        if was.due != now.due:
            before, after = _text(was.due), _text(now.due)
            summary = f"{text}: due date {before} → {after}"
            yield self.change(Action.MOVED, key, summary, new.path, before, after)
        if was.owner != now.owner:
            before, after = _text(was.owner), _text(now.owner)
            summary = f"{text}: owner {before} → {after}"
            yield self.change(Action.REASSIGNED, key, summary, new.path, before, after)


def _describe(membership: Membership) -> str:
    words = [membership.role.value]
    if membership.represents:
        words.append(f"for {membership.represents}")
    if membership.substitute:
        words.append(f"with substitute {membership.substitute}")
    if membership.start:
        words.append(f"from {membership.start.isoformat()}")
    if membership.end:
        words.append(f"until {membership.end.isoformat()}")
    return " ".join(words)


def _of_person(body: Located[Body] | None, person: str) -> list[Membership]:
    return [] if body is None else [m for m in body.obj.memberships if m.person == person]


class Memberships(Describer[tuple[str, str], Located[Body]]):
    """Keyed by (body, person): a person's posts in one body, compared as a whole."""

    section = Section.MEMBERSHIPS

    def objects(self, corpus: Corpus) -> dict[tuple[str, str], Located[Body]]:
        found: dict[tuple[str, str], Located[Body]] = {}
        for body in corpus.bodies.values():
            for membership in body.obj.memberships:
                found.setdefault((body.obj.id, membership.person), body)
        return found

    def subject(self, key: tuple[str, str]) -> str:
        return "/".join(key)

    def removed(self, key: tuple[str, str], old: Located[Body]) -> Iterator[Change]:
        return self._posts(key, _of_person(old, key[1]), [], old, self.base)

    def added(self, key: tuple[str, str], new: Located[Body]) -> Iterator[Change]:
        return self._posts(key, [], _of_person(new, key[1]), new, self.head)

    def changed(
        self, key: tuple[str, str], old: Located[Body], new: Located[Body]
    ) -> Iterator[Change]:
        return self._posts(key, _of_person(old, key[1]), _of_person(new, key[1]), new, self.head)

    def _posts(
        self,
        key: tuple[str, str],
        old: list[Membership],
        new: list[Membership],
        body: Located[Body],
        corpus: Corpus,
    ) -> Iterator[Change]:
        if old == new:
            return
        body_id, person = key
        name = f"{corpus.name_of(person)} ({_body_name(corpus, body_id)})"
        path = body.path
        if not old:
            summary = f"{name}: joined as {_describe(new[-1])}"
            yield self.change(Action.JOINED, key, summary, path, after=new[-1].role.value)
        elif not new:
            summary = f"{name}: no longer listed (was {_describe(old[-1])})"
            yield self.change(Action.LEFT, key, summary, path, before=old[-1].role.value)
        elif old[-1].role != new[-1].role:
            before, after = old[-1].role.value, new[-1].role.value
            summary = f"{name}: {before} → {_describe(new[-1])}"
            yield self.change(Action.ROLE_CHANGED, key, summary, path, before, after)
        elif new[-1].end is not None and old[-1].end != new[-1].end:
            summary = f"{name}: leaves after {new[-1].end.isoformat()} ({new[-1].role.value})"
            yield self.change(Action.LEFT, key, summary, path, before=old[-1].role.value)
        else:
            summary = f"{name}: {_describe(old[-1])} → {_describe(new[-1])}"
            yield self.change(Action.CHANGED, key, summary, path)


def _answers(procedure: WrittenProcedure) -> str:
    counts = {a: sum(1 for x in procedure.answers if x.answer == a) for a in Answer}
    return (
        f"{counts[Answer.IN_FAVOUR]} in favour, {counts[Answer.AGAINST]} against, "
        f"{counts[Answer.ABSTAINING]} abstaining"
    )


class WrittenProcedures(Describer[str, Located[WrittenProcedure]]):
    section = Section.WRITTEN_PROCEDURES

    def objects(self, corpus: Corpus) -> dict[str, Located[WrittenProcedure]]:
        return {p.obj.id: p for p in corpus.written_procedures}

    def _name(self, procedure: WrittenProcedure, corpus: Corpus) -> str:
        return f"{_body_name(corpus, procedure.body)}: {procedure.title}"

    def _decided(self, key: str, new: Located[WrittenProcedure]) -> Change:
        procedure = new.obj
        outcome = procedure.decision.outcome.value if procedure.decision else "no outcome"
        day = procedure.decided.isoformat() if procedure.decided else ""
        summary = (
            f"{self._name(procedure, self.head)}: decided {day}, {outcome} ({_answers(procedure)})"
        )
        return self.change(Action.DECIDED, key, summary, new.path, after=outcome)

    def removed(self, key: str, old: Located[WrittenProcedure]) -> Iterator[Change]:
        yield self.change(
            Action.REMOVED, key, f"{self._name(old.obj, self.base)}: removed", old.path
        )

    def added(self, key: str, new: Located[WrittenProcedure]) -> Iterator[Change]:
        procedure = new.obj
        if procedure.decided is not None:
            yield self._decided(key, new)
            return
        summary = (
            f"{self._name(procedure, self.head)}: sent {procedure.sent.isoformat()}, answers "
            f"due {procedure.deadline.isoformat()}"
        )
        yield self.change(Action.SENT, key, summary, new.path)

    def changed(
        self, key: str, old: Located[WrittenProcedure], new: Located[WrittenProcedure]
    ) -> Iterator[Change]:
        if old.obj.decided is None and new.obj.decided is not None:
            yield self._decided(key, new)
        elif old.obj != new.obj:
            edited = ", ".join(_edited_fields(old.obj, new.obj))
            summary = f"{self._name(new.obj, self.head)}: {edited} changed ({_answers(new.obj)})"
            yield self.change(Action.EDITED, key, summary, new.path)


def _dated_changes(record: Person | Organisation) -> list[str]:
    """'from 2025-07-01: title centerdirektør' for each dated change."""
    texts = []
    for change in record.changes:
        parts = []
        for name in type(change).model_fields:
            value = getattr(change, name)
            if name in ("effective", "note") or value is None:
                continue
            shown = value.get(Language.DA) if isinstance(value, Localized) else value
            parts.append(f"{name} {shown}")
        texts.append(f"from {change.effective.isoformat()}: {', '.join(parts)}")
    return texts


class People(Describer[tuple[str, str], Person | Organisation]):
    """Keyed by (kind, id): people's and organisations' names, titles and dated changes."""

    section = Section.PEOPLE

    def objects(self, corpus: Corpus) -> dict[tuple[str, str], Person | Organisation]:
        found: dict[tuple[str, str], Person | Organisation] = {
            ("person", p.id): p for p in corpus.people.values()
        }
        found.update((("organisation", o.id), o) for o in corpus.organisations.values())
        return found

    def subject(self, key: tuple[str, str]) -> str:
        return key[1]

    def _path(self, key: tuple[str, str]) -> str:
        located = self.head.objects.get(key[1]) or self.base.objects.get(key[1])
        return located.path if located else ""

    def removed(self, key: tuple[str, str], old: Person | Organisation) -> Iterator[Change]:
        name = self.base.name_of(key[1])
        yield self.change(Action.REMOVED, key, f"{name}: removed", self._path(key))

    def added(self, key: tuple[str, str], new: Person | Organisation) -> Iterator[Change]:
        name = self.head.name_of(key[1])
        changes = "; ".join(_dated_changes(new))
        summary = f"{name}: added" + (f" ({changes})" if changes else "")
        yield self.change(Action.ADDED, key, summary, self._path(key))

    def changed(
        self, key: tuple[str, str], old: Person | Organisation, new: Person | Organisation
    ) -> Iterator[Change]:
        if old == new:
            return
        name = self.head.name_of(key[1])
        fresh = [c for c in _dated_changes(new) if c not in _dated_changes(old)]
        edited = [f for f in _edited_fields(old, new) if f != "changes"]
        parts = [*(f"{f} changed" for f in edited), *fresh]
        summary = f"{name}: {'; '.join(parts) or 'changes edited'}"
        yield self.change(Action.CHANGED, key, summary, self._path(key))


_VERSION_NOW = {"adopted": Action.ADOPTED, "superseded": Action.SUPERSEDED}


class Versions(Describer[tuple[str, str], Located[DocumentVersion]]):
    """Keyed by (document, version): the versions of commissions or of rules of procedure."""

    def __init__(self, section: Section, base: Corpus, head: Corpus) -> None:
        super().__init__(base, head)
        self.section = section

    def objects(self, corpus: Corpus) -> dict[tuple[str, str], Located[DocumentVersion]]:
        documents: Sequence[Located[Commission]] | Sequence[Located[RulesOfProcedure]] = (
            corpus.commissions if self.section == Section.COMMISSIONS else corpus.rules
        )
        found: dict[tuple[str, str], Located[DocumentVersion]] = {}
        for located in documents:
            for index, version in enumerate(located.obj.versions):
                found.setdefault(
                    (located.obj.id, version.version),
                    Located(version, located.kind, located.path, ("versions", index)),
                )
        return found

    def subject(self, key: tuple[str, str]) -> str:
        return "@".join(key)

    def removed(self, key: tuple[str, str], old: Located[DocumentVersion]) -> Iterator[Change]:
        document, version = key
        yield self.change(Action.REMOVED, key, f"{document} {version}: removed", old.path)

    def added(self, key: tuple[str, str], new: Located[DocumentVersion]) -> Iterator[Change]:
        document, version = key
        status = new.obj.status.value
        summary = f"{document} version {version} added, {status}{_adopted_by(new.obj)}"
        yield self.change(Action.ADDED, key, summary, new.path, after=status)

    def changed(
        self, key: tuple[str, str], old: Located[DocumentVersion], new: Located[DocumentVersion]
    ) -> Iterator[Change]:
        document, version = key
        if old.obj.status != new.obj.status:
            before, after = old.obj.status.value, new.obj.status.value
            summary = f"{document} version {version}: {before} → {after}{_adopted_by(new.obj)}"
            action = _VERSION_NOW.get(after, Action.STATUS_CHANGED)
            yield self.change(action, key, summary, new.path, before, after)
        elif old.obj != new.obj:
            edited = ", ".join(_edited_fields(old.obj, new.obj))
            summary = f"{document} version {version}: {edited} changed"
            yield self.change(Action.EDITED, key, summary, new.path)


def _adopted_by(version: DocumentVersion) -> str:
    adopted = version.adopted
    return f" by {adopted.body} on {adopted.date.isoformat()}" if adopted else ""


def _finding_key(finding: Finding) -> tuple[str, str, str]:
    return (finding.code, finding.subject or "", finding.message)


def _finding_change(action: Action, finding: Finding) -> Change:
    summary = f"{finding.level.value} {finding.code} [{finding.name}] {finding.message}"
    return Change(
        Section.FINDINGS,
        action,
        finding.subject or finding.code,
        summary,
        finding.path,
        finding.line,
        after=finding.level.value if action == Action.INTRODUCED else None,
        before=finding.level.value if action == Action.RESOLVED else None,
    )


def finding_changes(base: list[Finding], head: list[Finding]) -> Iterator[Change]:
    """Findings compared by code, subject and message: moving a line does not resolve one.
    Several equal findings are counted, so one of two identical findings can be resolved."""
    for action, ours, theirs in ((Action.INTRODUCED, head, base), (Action.RESOLVED, base, head)):
        left = Counter(_finding_key(f) for f in theirs)
        for finding in ours:
            key = _finding_key(finding)
            if left[key]:
                left[key] -= 1
            else:
                yield _finding_change(action, finding)


def compare(base: State, head: State) -> list[Change]:
    """Every governance change from ``base`` to ``head``, grouped by section."""
    old, new = base.corpus, head.corpus
    describers: list[Describer[Any, Any]] = [
        Meetings(old, new),
        Decisions(old, new),
        FollowUps(old, new),
        Memberships(old, new),
        WrittenProcedures(old, new),
        People(old, new),
        Versions(Section.COMMISSIONS, old, new),
        Versions(Section.RULES, old, new),
    ]
    return [
        *(change for describer in describers for change in compare_section(describer)),
        *finding_changes(base.findings, head.findings),
    ]
