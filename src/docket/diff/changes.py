"""What changed between two states of a governance repository, in governance terms.

A line diff tells a reviewer that a YAML file changed; this tells them that a meeting moved, a
decision was recorded, a follow-up was closed, a member left or a version of the rules was
adopted, and which findings the change introduces or resolves. Changes are plain data; the
renderers in ``docket.diff.render`` turn them into text, Markdown or JSON. Summaries are in the
language the repository's bodies work in (``words``), fields named as people call them; the
findings' own messages stay as ``docket check`` writes them.

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
from docket.words import FOLLOW_UP_STATUS, OUTCOME, field_name, has_label, label, meeting_name

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

    def heading(self, lang: Language) -> str:
        return label(f"diff_{self.value}", lang)


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

    def words(self, lang: Language) -> str:
        """The action as a reader says it ("status changed", "ny status")."""
        return label(f"diff_action_{self.value}", lang)


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
    """A value as the JSON output's ``before`` and ``after`` hold it."""
    return "none" if value is None else str(value)


def _said(value: object, lang: Language) -> str:
    """A value in a summary: "ingen" / "none" when there is none."""
    return label("diff_nothing", lang) if value is None else str(value)


def _state(value: str, lang: Language) -> str:
    """A meeting's or version's status, or a role, in words ("referatudkast", "vice-chair")."""
    return label(f"state_{value}", lang) if has_label(f"state_{value}") else value


def _fields(names: Sequence[str], lang: Language) -> str:
    return ", ".join(field_name(name, lang) for name in names)


def _short(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _body_name(corpus: Corpus, body: str) -> str:
    """The body as its members name it: the diff is English, the body's name its own."""
    return corpus.name_of(body, corpus.language_of(body))


def _meeting_label(corpus: Corpus, meeting: Meeting, lang: Language) -> str:
    """'Arbejdsgruppen meeting 2 (2025-06-09)'; 'Arbejdsgruppen meeting 2025-06-09' unnumbered."""
    name = meeting_name(_body_name(corpus, meeting.body), meeting.number, meeting.date, lang)
    return name if meeting.number is None else f"{name} ({meeting.date.isoformat()})"


def _where(corpus: Corpus, located: Located[Any], lang: Language) -> str:
    """'Arbejdsgruppen meeting 1 (2025-03-03), item 2 Status' for an object in a meeting;
    'written procedure wp-1 (title)' for the outcome of a written procedure."""
    for procedure in corpus.written_procedures:
        if procedure.obj.decision is not None and procedure.obj.decision is located.obj:
            return label(
                "diff_written_procedure", lang, id=procedure.obj.id, title=procedure.obj.title
            )
    parts = []
    if located.meeting is not None:
        parts.append(_meeting_label(corpus, located.meeting, lang))
    if located.item is not None:
        parts.append(label("diff_item", lang, number=located.item.number, title=located.item.title))
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

    ``base`` and ``head`` are the two corpora, for names; ``lang`` the language of the
    summaries; ``changed`` is called only for an object on both sides."""

    section: Section

    def __init__(self, base: Corpus, head: Corpus, lang: Language = Language.EN) -> None:
        self.base = base
        self.head = head
        self.lang = lang

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
        name = _meeting_label(self.base, old.obj, self.lang)
        yield self.change(
            Action.REMOVED, key, label("diff_removed", self.lang, name=name), old.path
        )

    def added(self, key: str, new: Located[Meeting]) -> Iterator[Change]:
        name, status = _meeting_label(self.head, new.obj, self.lang), new.obj.status.value
        summary = label("diff_added_as", self.lang, name=name, state=_state(status, self.lang))
        yield self.change(Action.ADDED, key, summary, new.path, after=status)

    def changed(self, key: str, old: Located[Meeting], new: Located[Meeting]) -> Iterator[Change]:
        lang = self.lang
        name, status = _meeting_label(self.head, new.obj, lang), new.obj.status.value
        if old.obj.status != new.obj.status:
            before = old.obj.status.value
            summary = f"{name}: {_state(before, lang)} → {_state(status, lang)}"
            yield self.change(Action.STATUS_CHANGED, key, summary, new.path, before, status)
        if _when(old.obj) != _when(new.obj):
            before, after = _when(old.obj), _when(new.obj)
            summary = label("diff_moved", lang, name=name, before=before, after=after)
            yield self.change(Action.MOVED, key, summary, new.path, before, after)
        edited = _edited_fields(old.obj, new.obj, ("status", "date", "start", "end"))
        details = [
            *_item_changes(old.obj.items, new.obj.items, lang),
            *_conflict_changes(self.head, old.obj.items, new.obj.items, lang),
            *_substitute_changes(self.head, old.obj.participants, new.obj.participants, lang),
        ]
        if edited:
            summary = label("diff_edited", lang, name=name, fields=_fields(edited, lang))
            if details:
                summary = f"{summary} ({'; '.join(details)})"
            yield self.change(Action.EDITED, key, summary, new.path)


def _item_changes(old: list[AgendaItem], new: list[AgendaItem], lang: Language) -> list[str]:
    """'item 3 Budget: proposed solution changed' for each item edited, added or removed, so
    that "items changed" says which and what."""
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    said: list[str] = []
    for item in new:
        name = label("diff_item", lang, number=item.number, title=item.title)
        was = before.get(item.id)
        if was is None:
            said.append(label("diff_added", lang, name=name))
        elif was != item:
            said.append(
                label(
                    "diff_edited", lang, name=name, fields=_fields(_edited_fields(was, item), lang)
                )
            )
    said += [
        label("diff_removed", lang, name=label("diff_item", lang, number=i.number, title=i.title))
        for i in old
        if i.id not in after
    ]
    return said


def _conflict_changes(
    corpus: Corpus, old: list[AgendaItem], new: list[AgendaItem], lang: Language
) -> list[str]:
    """'conflict of interest declared by X on item 3' for each conflict added or removed."""
    before = {(i.id, c.person): i.number for i in old for c in i.conflicts}
    after = {(i.id, c.person): i.number for i in new for c in i.conflicts}
    return [
        label(f"diff_conflict_{verb}", lang, person=corpus.name_of(key[1]), number=number)
        for verb, ours, theirs in (("declared", after, before), ("withdrawn", before, after))
        for key, number in sorted(ours.items())
        if key not in theirs
    ]


def _substitute_changes(
    corpus: Corpus, old: list[Participant], new: list[Participant], lang: Language
) -> list[str]:
    """'X substitutes for Y' for each substitute added."""
    before = {(p.person, p.substitute_for) for p in old if p.substitute_for}
    return [
        label(
            "diff_substitutes",
            lang,
            person=corpus.name_of(p.person),
            member=corpus.name_of(p.substitute_for),
        )
        for p in new
        if p.substitute_for and (p.person, p.substitute_for) not in before
    ]


def _vote_text(votes: Votes, lang: Language) -> str:
    return label(
        "diff_vote",
        lang,
        for_=votes.count("in_favour"),
        against=votes.count("against"),
        abstaining=votes.count("abstaining"),
    )


def _decision_details(decision: Decision, lang: Language) -> str:
    """' (vote 5 in favour, ...; minority statements: 1; answers x)' for what a decision
    records beyond its text."""
    parts = []
    if decision.votes is not None:
        parts.append(_vote_text(decision.votes, lang))
    for kind in ("minority-statement", "protocol-remark"):
        count = sum(1 for st in decision.statements if st.kind.value == kind)
        if count:
            parts.append(label(f"diff_{kind}", lang, count=count))
    if decision.answers:
        parts.append(label("diff_answers", lang, ids=", ".join(decision.answers)))
    return f" ({'; '.join(parts)})" if parts else ""


class Decisions(Describer[str, Located[Decision]]):
    section = Section.DECISIONS

    def objects(self, corpus: Corpus) -> dict[str, Located[Decision]]:
        return _of_kind(corpus, "decision", Decision)

    def removed(self, key: str, old: Located[Decision]) -> Iterator[Change]:
        name = _where(self.base, old, self.lang)
        yield self.change(
            Action.REMOVED, key, label("diff_removed", self.lang, name=name), old.path
        )

    def added(self, key: str, new: Located[Decision]) -> Iterator[Change]:
        lang = self.lang
        outcome = new.obj.outcome.value
        details = _decision_details(new.obj, lang)
        said = OUTCOME[lang][new.obj.outcome]
        summary = f"{_where(self.head, new, lang)}: {said}: {_short(new.obj.text)}{details}"
        yield self.change(Action.RECORDED, key, summary, new.path, after=outcome)

    def changed(self, key: str, old: Located[Decision], new: Located[Decision]) -> Iterator[Change]:
        lang = self.lang
        where = _where(self.head, new, lang)
        if old.obj.outcome != new.obj.outcome:
            before, after = old.obj.outcome.value, new.obj.outcome.value
            summary = (
                f"{where}: {OUTCOME[lang][old.obj.outcome]} → {OUTCOME[lang][new.obj.outcome]}"
            )
            yield self.change(Action.OUTCOME_CHANGED, key, summary, new.path, before, after)
        elif old.obj != new.obj:
            fields = _fields(_edited_fields(old.obj, new.obj), lang)
            summary = label("diff_edited", lang, name=where, fields=fields)
            yield self.change(
                Action.EDITED, key, summary + _decision_details(new.obj, lang), new.path
            )


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
        summary = label("diff_removed", self.lang, name=_short(old.obj.text))
        yield self.change(Action.REMOVED, key, summary, old.path)

    def added(self, key: str, new: Located[FollowUp]) -> Iterator[Change]:
        follow_up, lang = new.obj, self.lang
        due = (
            label("diff_due", lang, date=follow_up.due.isoformat())
            if follow_up.due
            else label("no_due", lang)
        )
        owner = (
            f", {label('diff_owner', lang, name=self.head.name_of(follow_up.owner))}"
            if follow_up.owner
            else ""
        )
        summary = f"{_short(follow_up.text)} ({_where(self.head, new, lang)}{owner}, {due})"
        action = _NEW_FOLLOW_UP[follow_up.status]
        yield self.change(action, key, summary, new.path, after=follow_up.status.value)

    def changed(self, key: str, old: Located[FollowUp], new: Located[FollowUp]) -> Iterator[Change]:
        text, was, now, lang = _short(new.obj.text), old.obj, new.obj, self.lang
        if was.status != now.status:
            closed_on = (
                f" {label('diff_on', lang, date=now.closed_on.isoformat())}"
                if now.closed_on
                else ""
            )
            before, after = was.status.value, now.status.value
            said = f"{FOLLOW_UP_STATUS[lang][was.status]} → {FOLLOW_UP_STATUS[lang][now.status]}"
            summary = f"{text}: {said}{closed_on}"
            yield self.change(_FOLLOW_UP_NOW[now.status], key, summary, new.path, before, after)
        if was.due != now.due:
            before, after = _text(was.due), _text(now.due)
            summary = label(
                "diff_due_changed",
                lang,
                text=text,
                before=_said(was.due, lang),
                after=_said(now.due, lang),
            )
            yield self.change(Action.MOVED, key, summary, new.path, before, after)
        if was.owner != now.owner:
            before, after = _text(was.owner), _text(now.owner)
            summary = label(
                "diff_owner_changed",
                lang,
                text=text,
                before=_said(was.owner, lang),
                after=_said(now.owner, lang),
            )
            yield self.change(Action.REASSIGNED, key, summary, new.path, before, after)


def _describe(membership: Membership, lang: Language) -> str:
    words = [_state(membership.role.value, lang)]
    if membership.represents:
        words.append(label("diff_post_for", lang, party=membership.represents))
    if membership.substitute:
        words.append(label("diff_post_substitute", lang, person=membership.substitute))
    if membership.start:
        words.append(label("diff_post_from", lang, date=membership.start.isoformat()))
    if membership.end:
        words.append(label("diff_post_until", lang, date=membership.end.isoformat()))
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
        path, lang = body.path, self.lang
        if not old:
            summary = label("diff_joined", lang, name=name, post=_describe(new[-1], lang))
            yield self.change(Action.JOINED, key, summary, path, after=new[-1].role.value)
        elif not new:
            summary = label("diff_left", lang, name=name, post=_describe(old[-1], lang))
            yield self.change(Action.LEFT, key, summary, path, before=old[-1].role.value)
        elif old[-1].role != new[-1].role:
            before, after = old[-1].role.value, new[-1].role.value
            summary = f"{name}: {_state(before, lang)} → {_describe(new[-1], lang)}"
            yield self.change(Action.ROLE_CHANGED, key, summary, path, before, after)
        elif new[-1].end is not None and old[-1].end != new[-1].end:
            summary = label(
                "diff_leaves",
                lang,
                name=name,
                date=new[-1].end.isoformat(),
                role=_state(new[-1].role.value, lang),
            )
            yield self.change(Action.LEFT, key, summary, path, before=old[-1].role.value)
        else:
            summary = f"{name}: {_describe(old[-1], lang)} → {_describe(new[-1], lang)}"
            yield self.change(Action.CHANGED, key, summary, path)


def _answers(procedure: WrittenProcedure, lang: Language) -> str:
    counts = {a: sum(1 for x in procedure.answers if x.answer == a) for a in Answer}
    return label(
        "diff_procedure_answers",
        lang,
        for_=counts[Answer.IN_FAVOUR],
        against=counts[Answer.AGAINST],
        abstaining=counts[Answer.ABSTAINING],
    )


class WrittenProcedures(Describer[str, Located[WrittenProcedure]]):
    section = Section.WRITTEN_PROCEDURES

    def objects(self, corpus: Corpus) -> dict[str, Located[WrittenProcedure]]:
        return {p.obj.id: p for p in corpus.written_procedures}

    def _name(self, procedure: WrittenProcedure, corpus: Corpus) -> str:
        return f"{_body_name(corpus, procedure.body)}: {procedure.title}"

    def _decided(self, key: str, new: Located[WrittenProcedure]) -> Change:
        procedure, lang = new.obj, self.lang
        decision = procedure.decision
        outcome = decision.outcome.value if decision else "no outcome"
        summary = label(
            "diff_decided",
            lang,
            name=self._name(procedure, self.head),
            date=procedure.decided.isoformat() if procedure.decided else "",
            outcome=OUTCOME[lang][decision.outcome] if decision else label("diff_no_outcome", lang),
            answers=_answers(procedure, lang),
        )
        return self.change(Action.DECIDED, key, summary, new.path, after=outcome)

    def removed(self, key: str, old: Located[WrittenProcedure]) -> Iterator[Change]:
        name = self._name(old.obj, self.base)
        yield self.change(
            Action.REMOVED, key, label("diff_removed", self.lang, name=name), old.path
        )

    def added(self, key: str, new: Located[WrittenProcedure]) -> Iterator[Change]:
        procedure = new.obj
        if procedure.decided is not None:
            yield self._decided(key, new)
            return
        summary = label(
            "diff_sent",
            self.lang,
            name=self._name(procedure, self.head),
            sent=procedure.sent.isoformat(),
            deadline=procedure.deadline.isoformat(),
        )
        yield self.change(Action.SENT, key, summary, new.path)

    def changed(
        self, key: str, old: Located[WrittenProcedure], new: Located[WrittenProcedure]
    ) -> Iterator[Change]:
        if old.obj.decided is None and new.obj.decided is not None:
            yield self._decided(key, new)
        elif old.obj != new.obj:
            fields = _fields(_edited_fields(old.obj, new.obj), self.lang)
            summary = label(
                "diff_edited", self.lang, name=self._name(new.obj, self.head), fields=fields
            )
            summary += f" ({_answers(new.obj, self.lang)})"
            yield self.change(Action.EDITED, key, summary, new.path)


def _dated_changes(record: Person | Organisation, lang: Language) -> list[str]:
    """'from 2025-07-01: title centerdirektør' for each dated change."""
    texts = []
    for change in record.changes:
        parts = []
        for name in type(change).model_fields:
            value = getattr(change, name)
            if name in ("effective", "note") or value is None:
                continue
            shown = value.get(lang) if isinstance(value, Localized) else value
            parts.append(f"{field_name(name, lang)} {shown}")
        day = change.effective.isoformat()
        texts.append(label("diff_from_date", lang, date=day, changes=", ".join(parts)))
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
        summary = label("diff_removed", self.lang, name=name)
        yield self.change(Action.REMOVED, key, summary, self._path(key))

    def added(self, key: tuple[str, str], new: Person | Organisation) -> Iterator[Change]:
        name = self.head.name_of(key[1])
        changes = "; ".join(_dated_changes(new, self.lang))
        summary = label("diff_added", self.lang, name=name) + (f" ({changes})" if changes else "")
        yield self.change(Action.ADDED, key, summary, self._path(key))

    def changed(
        self, key: tuple[str, str], old: Person | Organisation, new: Person | Organisation
    ) -> Iterator[Change]:
        if old == new:
            return
        name, lang = self.head.name_of(key[1]), self.lang
        fresh = [c for c in _dated_changes(new, lang) if c not in _dated_changes(old, lang)]
        edited = [f for f in _edited_fields(old, new) if f != "changes"]
        parts = [*(label("diff_field_changed", lang, field=field_name(f, lang)) for f in edited)]
        parts += fresh
        summary = f"{name}: {'; '.join(parts) or label('diff_changes_edited', lang)}"
        yield self.change(Action.CHANGED, key, summary, self._path(key))


_VERSION_NOW = {"adopted": Action.ADOPTED, "superseded": Action.SUPERSEDED}


class Versions(Describer[tuple[str, str], Located[DocumentVersion]]):
    """Keyed by (document, version): the versions of commissions or of rules of procedure."""

    def __init__(
        self, section: Section, base: Corpus, head: Corpus, lang: Language = Language.EN
    ) -> None:
        super().__init__(base, head, lang)
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

    def _name(self, key: tuple[str, str]) -> str:
        return label("diff_version", self.lang, document=key[0], version=key[1])

    def removed(self, key: tuple[str, str], old: Located[DocumentVersion]) -> Iterator[Change]:
        summary = label("diff_removed", self.lang, name=self._name(key))
        yield self.change(Action.REMOVED, key, summary, old.path)

    def added(self, key: tuple[str, str], new: Located[DocumentVersion]) -> Iterator[Change]:
        status, lang = new.obj.status.value, self.lang
        summary = label("diff_added_as", lang, name=self._name(key), state=_state(status, lang))
        yield self.change(
            Action.ADDED, key, summary + _adopted_by(new.obj, lang), new.path, after=status
        )

    def changed(
        self, key: tuple[str, str], old: Located[DocumentVersion], new: Located[DocumentVersion]
    ) -> Iterator[Change]:
        lang = self.lang
        if old.obj.status != new.obj.status:
            before, after = old.obj.status.value, new.obj.status.value
            summary = (
                f"{self._name(key)}: {_state(before, lang)} → {_state(after, lang)}"
                f"{_adopted_by(new.obj, lang)}"
            )
            action = _VERSION_NOW.get(after, Action.STATUS_CHANGED)
            yield self.change(action, key, summary, new.path, before, after)
        elif old.obj != new.obj:
            fields = _fields(_edited_fields(old.obj, new.obj), lang)
            summary = label("diff_edited", lang, name=self._name(key), fields=fields)
            yield self.change(Action.EDITED, key, summary, new.path)


def _adopted_by(version: DocumentVersion, lang: Language) -> str:
    adopted = version.adopted
    if adopted is None:
        return ""
    return label("diff_adopted_by", lang, body=adopted.body, date=adopted.date.isoformat())


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


def compare(base: State, head: State, lang: Language = Language.EN) -> list[Change]:
    """Every governance change from ``base`` to ``head``, grouped by section, in ``lang``."""
    old, new = base.corpus, head.corpus
    describers: list[Describer[Any, Any]] = [
        Meetings(old, new, lang),
        Decisions(old, new, lang),
        FollowUps(old, new, lang),
        Memberships(old, new, lang),
        WrittenProcedures(old, new, lang),
        People(old, new, lang),
        Versions(Section.COMMISSIONS, old, new, lang),
        Versions(Section.RULES, old, new, lang),
    ]
    return [
        *(change for describer in describers for change in compare_section(describer)),
        *finding_changes(base.findings, head.findings),
    ]
