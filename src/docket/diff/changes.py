"""What changed between two states of a governance repository, in governance terms.

A line diff tells a reviewer that a YAML file changed; this tells them that a meeting moved, a
decision was recorded, a follow-up was closed, a member left or a version of the rules was
adopted, and which findings the change introduces or resolves. Changes are plain data; the
renderers in ``docket.diff.render`` turn them into Markdown or JSON.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel

from docket.corpus import Corpus, Located
from docket.findings import Finding
from docket.model.body import Membership
from docket.model.common import Language
from docket.model.governing_document import Commission, DocumentVersion, RulesOfProcedure
from docket.model.meeting import Decision, FollowUp, FollowUpStatus, Meeting
from docket.words import label, meeting_name

M = TypeVar("M", bound=BaseModel)


class Section(StrEnum):
    MEETINGS = "meetings"
    DECISIONS = "decisions"
    FOLLOW_UPS = "follow-ups"
    MEMBERSHIPS = "memberships"
    COMMISSIONS = "commissions"
    RULES = "rules-of-procedure"
    FINDINGS = "findings"

    @property
    def heading(self) -> str:
        return label(f"diff_{self.value}", Language.EN)


@dataclass(frozen=True)
class Change:
    """One change. ``summary`` is plain text taken partly from the data: renderers escape it."""

    section: Section
    action: str
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
    """'Arbejdsgruppen meeting 1 (2025-03-03), item 2 Status' for an object in a meeting."""
    parts = []
    if located.meeting is not None:
        parts.append(_meeting_label(corpus, located.meeting))
    if located.item is not None:
        parts.append(f"item {located.item.number} {located.item.title}")
    return ", ".join(parts)


def _when(meeting: Meeting) -> str:
    times = "-".join(t for t in (meeting.start, meeting.end) if t)
    return f"{meeting.date.isoformat()} {times}".strip()


def _edited_fields(before: BaseModel, after: BaseModel, ignore: Sequence[str]) -> list[str]:
    return [
        name
        for name in type(before).model_fields
        if name not in ignore and getattr(before, name) != getattr(after, name)
    ]


def _pairs(
    base: dict[str, Located[M]], head: dict[str, Located[M]]
) -> Iterator[tuple[str, Located[M] | None, Located[M] | None]]:
    for key in sorted(base.keys() | head.keys()):
        yield key, base.get(key), head.get(key)


def _of_kind(corpus: Corpus, kind: str, model: type[M]) -> dict[str, Located[M]]:
    found: dict[str, Located[M]] = {}
    for id_, located in corpus.objects.items():
        if located.kind == kind and isinstance(located.obj, model):
            found[id_] = Located(
                located.obj, kind, located.path, located.pointer, located.meeting, located.item
            )
    return found


def meeting_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    for id_, old, new in _pairs(base.meetings, head.meetings):
        if new is None and old is not None:
            label = _meeting_label(base, old.obj)
            yield Change(Section.MEETINGS, "removed", id_, f"{label}: removed", old.path)
            continue
        if new is None:
            continue
        label = _meeting_label(head, new.obj)
        status = new.obj.status.value
        if old is None:
            yield Change(
                Section.MEETINGS, "added", id_, f"{label}: added, {status}", new.path, after=status
            )
            continue
        if old.obj.status != new.obj.status:
            yield Change(
                Section.MEETINGS,
                "status-changed",
                id_,
                f"{label}: {old.obj.status.value} → {status}",
                new.path,
                before=old.obj.status.value,
                after=status,
            )
        if _when(old.obj) != _when(new.obj):
            yield Change(
                Section.MEETINGS,
                "moved",
                id_,
                f"{label}: moved from {_when(old.obj)} to {_when(new.obj)}",
                new.path,
                before=_when(old.obj),
                after=_when(new.obj),
            )
        edited = _edited_fields(old.obj, new.obj, ("status", "date", "start", "end"))
        if edited:
            yield Change(
                Section.MEETINGS,
                "edited",
                id_,
                f"{label}: {', '.join(edited)} changed",
                new.path,
            )


def decision_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    old_all = _of_kind(base, "decision", Decision)
    new_all = _of_kind(head, "decision", Decision)
    for id_, old, new in _pairs(old_all, new_all):
        if new is None and old is not None:
            where = _where(base, old)
            yield Change(Section.DECISIONS, "removed", id_, f"{where}: removed", old.path)
            continue
        if new is None:
            continue
        where, outcome = _where(head, new), new.obj.outcome.value
        if old is None:
            yield Change(
                Section.DECISIONS,
                "recorded",
                id_,
                f"{where}: {outcome}: {_short(new.obj.text)}",
                new.path,
                after=outcome,
            )
        elif old.obj.outcome != new.obj.outcome:
            yield Change(
                Section.DECISIONS,
                "outcome-changed",
                id_,
                f"{where}: {old.obj.outcome.value} → {outcome}",
                new.path,
                before=old.obj.outcome.value,
                after=outcome,
            )
        elif old.obj != new.obj:
            yield Change(
                Section.DECISIONS, "edited", id_, f"{where}: {_short(new.obj.text)}", new.path
            )


def _status_action(old: FollowUpStatus, new: FollowUpStatus) -> str:
    if new == FollowUpStatus.OPEN:
        return "reopened"
    return "closed" if new == FollowUpStatus.CLOSED else "cancelled"


def follow_up_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    old_all = _of_kind(base, "follow-up", FollowUp)
    new_all = _of_kind(head, "follow-up", FollowUp)
    for id_, old, new in _pairs(old_all, new_all):
        if new is None and old is not None:
            text = _short(old.obj.text)
            yield Change(Section.FOLLOW_UPS, "removed", id_, f"{text}: removed", old.path)
            continue
        if new is None:
            continue
        text, status = _short(new.obj.text), new.obj.status
        due = f", due {new.obj.due.isoformat()}" if new.obj.due else ", no due date"
        owner = f", owner {head.name_of(new.obj.owner)}" if new.obj.owner else ""
        if old is None:
            action = "opened" if status == FollowUpStatus.OPEN else f"recorded-{status.value}"
            where = _where(head, new)
            yield Change(
                Section.FOLLOW_UPS,
                action,
                id_,
                f"{text} ({where}{owner}{due})",
                new.path,
                after=status.value,
            )
            continue
        if old.obj.status != status:
            closed_on = f" on {new.obj.closed_on.isoformat()}" if new.obj.closed_on else ""
            yield Change(
                Section.FOLLOW_UPS,
                _status_action(old.obj.status, status),
                id_,
                f"{text}: {old.obj.status.value} → {status.value}{closed_on}",
                new.path,
                before=old.obj.status.value,
                after=status.value,
            )
        if old.obj.due != new.obj.due:
            before, after = _text(old.obj.due), _text(new.obj.due)
            yield Change(
                Section.FOLLOW_UPS,
                "moved",
                id_,
                f"{text}: due date {before} → {after}",
                new.path,
                before=before,
                after=after,
            )
        if old.obj.owner != new.obj.owner:
            before, after = _text(old.obj.owner), _text(new.obj.owner)
            yield Change(
                Section.FOLLOW_UPS,
                "reassigned",
                id_,
                f"{text}: owner {before} → {after}",
                new.path,
                before=before,
                after=after,
            )


def _posts(corpus: Corpus) -> dict[str, Located[Any]]:
    """'body/person' -> the body, for every person with a membership in a body."""
    found: dict[str, Located[Any]] = {}
    for body in corpus.bodies.values():
        for membership in body.obj.memberships:
            found.setdefault(f"{body.obj.id}/{membership.person}", body)
    return found


def _of_person(body: Located[Any] | None, person: str) -> list[Membership]:
    if body is None:
        return []
    return [m for m in body.obj.memberships if m.person == person]


def _describe(membership: Membership) -> str:
    words = [membership.role.value]
    if membership.represents:
        words.append(f"for {membership.represents}")
    if membership.start:
        words.append(f"from {membership.start.isoformat()}")
    if membership.end:
        words.append(f"until {membership.end.isoformat()}")
    return " ".join(words)


def membership_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    for key, old_body, new_body in _pairs(_posts(base), _posts(head)):
        body_id, person = key.split("/", 1)
        old, new = _of_person(old_body, person), _of_person(new_body, person)
        if old == new:
            continue
        located = new_body or old_body
        if located is None:
            continue
        corpus = head if new_body is not None else base
        name = f"{corpus.name_of(person)} ({_body_name(corpus, body_id)})"
        if not old:
            yield Change(
                Section.MEMBERSHIPS,
                "joined",
                key,
                f"{name}: joined as {_describe(new[-1])}",
                located.path,
                after=new[-1].role.value,
            )
        elif not new:
            yield Change(
                Section.MEMBERSHIPS,
                "left",
                key,
                f"{name}: no longer listed (was {_describe(old[-1])})",
                located.path,
                before=old[-1].role.value,
            )
        elif old[-1].role != new[-1].role:
            yield Change(
                Section.MEMBERSHIPS,
                "role-changed",
                key,
                f"{name}: {old[-1].role.value} → {_describe(new[-1])}",
                located.path,
                before=old[-1].role.value,
                after=new[-1].role.value,
            )
        elif new[-1].end is not None and old[-1].end != new[-1].end:
            yield Change(
                Section.MEMBERSHIPS,
                "left",
                key,
                f"{name}: leaves after {new[-1].end.isoformat()} ({new[-1].role.value})",
                located.path,
                before=old[-1].role.value,
            )
        else:
            yield Change(
                Section.MEMBERSHIPS,
                "changed",
                key,
                f"{name}: {_describe(old[-1])} → {_describe(new[-1])}",
                located.path,
            )


def _versions(
    documents: Sequence[Located[Commission]] | Sequence[Located[RulesOfProcedure]],
) -> dict[str, Located[DocumentVersion]]:
    found: dict[str, Located[DocumentVersion]] = {}
    for located in documents:
        for index, version in enumerate(located.obj.versions):
            found.setdefault(
                f"{located.obj.id}@{version.version}",
                Located(version, located.kind, located.path, ("versions", index)),
            )
    return found


def _version_action(new: str) -> str:
    return {"adopted": "adopted", "superseded": "superseded"}.get(new, "status-changed")


def version_changes(section: Section, base: Corpus, head: Corpus) -> Iterator[Change]:
    pick: Callable[[Corpus], Any] = (
        (lambda c: c.commissions) if section == Section.COMMISSIONS else (lambda c: c.rules)
    )
    for key, old, new in _pairs(_versions(pick(base)), _versions(pick(head))):
        document, label = key.split("@", 1)
        if new is None and old is not None:
            yield Change(section, "removed", key, f"{document} {label}: removed", old.path)
            continue
        if new is None:
            continue
        status = new.obj.status.value
        adopted = new.obj.adopted
        by = f" by {adopted.body} on {adopted.date.isoformat()}" if adopted else ""
        if old is None:
            yield Change(
                section,
                "added",
                key,
                f"{document} version {label} added, {status}{by}",
                new.path,
                after=status,
            )
        elif old.obj.status != new.obj.status:
            yield Change(
                section,
                _version_action(status),
                key,
                f"{document} version {label}: {old.obj.status.value} → {status}{by}",
                new.path,
                before=old.obj.status.value,
                after=status,
            )
        elif old.obj != new.obj:
            edited = _edited_fields(old.obj, new.obj, ())
            yield Change(
                section,
                "edited",
                key,
                f"{document} version {label}: {', '.join(edited)} changed",
                new.path,
            )


def _finding_key(finding: Finding) -> tuple[str, str, str]:
    return (finding.code, finding.subject or "", finding.message)


def _finding_change(action: str, finding: Finding) -> Change:
    summary = f"{finding.level.value} {finding.code} [{finding.name}] {finding.message}"
    return Change(
        Section.FINDINGS,
        action,
        finding.subject or finding.code,
        summary,
        finding.path,
        finding.line,
        after=finding.level.value if action == "introduced" else None,
        before=finding.level.value if action == "resolved" else None,
    )


def finding_changes(base: list[Finding], head: list[Finding]) -> Iterator[Change]:
    """Findings compared by code, subject and message: moving a line does not resolve one."""
    for action, ours, theirs in (("introduced", head, base), ("resolved", base, head)):
        left = Counter(_finding_key(f) for f in theirs)
        for finding in ours:
            key = _finding_key(finding)
            if left[key]:
                left[key] -= 1
            else:
                yield _finding_change(action, finding)


def compare(base: State, head: State) -> list[Change]:
    """Every governance change from ``base`` to ``head``, grouped by section."""
    return [
        *meeting_changes(base.corpus, head.corpus),
        *decision_changes(base.corpus, head.corpus),
        *follow_up_changes(base.corpus, head.corpus),
        *membership_changes(base.corpus, head.corpus),
        *version_changes(Section.COMMISSIONS, base.corpus, head.corpus),
        *version_changes(Section.RULES, base.corpus, head.corpus),
        *finding_changes(base.findings, head.findings),
    ]
