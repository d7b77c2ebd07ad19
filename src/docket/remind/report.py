"""Reminders grouped by who must act, and how they read as text, Markdown and JSON.

The text and Markdown forms carry names, never e-mail addresses: the Markdown of one group is
the body of that party's GitHub issue, which may be public.

The text form (on a terminal, and the body of the e-mail) keeps dates and numbered labels on
one line with a no-break space (``docket.typography``), as the documents do; the record's path
and id keep ordinary spaces. Markdown (text to edit) and JSON (data) keep ordinary spaces.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from docket.corpus import Corpus
from docket.deadlines import add_days, working_days_between
from docket.model.common import Language
from docket.remind.phrases import basis, day, line, meeting_name, text_rest, what, when, word
from docket.remind.tasks import ActorRole, Task, collect
from docket.typography import keep_together

_ROLE_ORDER = (ActorRole.SECRETARIAT, ActorRole.OWNER, ActorRole.BODY)


@dataclass(frozen=True)
class Group:
    """The tasks of one party (a person, an organisation or a body), in due order."""

    actor: str
    name: str
    roles: tuple[ActorRole, ...]
    language: Language
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Reminders:
    as_of: date
    within: int
    language: Language
    groups: tuple[Group, ...]

    @property
    def horizon(self) -> date:
        return add_days(self.as_of, self.within)

    def group(self, actor: str) -> Group | None:
        return next((g for g in self.groups if g.actor == actor), None)


def repository_language(corpus: Corpus) -> Language:
    """The language most of the repository's bodies use (Danish when there are none)."""
    counts = Counter(located.obj.language for located in corpus.bodies.values())
    return counts.most_common(1)[0][0] if counts else Language.DA


def build(corpus: Corpus, as_of: date, within: int, language: Language | None = None) -> Reminders:
    """The reminders as of ``as_of`` for ``within`` days ahead, grouped by party."""
    by_actor: dict[str, list[Task]] = defaultdict(list)
    for task in collect(corpus, as_of, within):
        by_actor[task.actor].append(task)
    groups = []
    for actor, tasks in by_actor.items():
        roles = tuple(r for r in _ROLE_ORDER if any(t.role == r for t in tasks))
        groups.append(
            Group(
                actor,
                corpus.name_of(actor, corpus.language_of(tasks[0].body)),
                roles,
                corpus.language_of(tasks[0].body),
                tuple(tasks),
            )
        )
    groups.sort(key=lambda g: (_ROLE_ORDER.index(g.roles[0]), g.name.casefold(), g.actor))
    return Reminders(as_of, within, language or repository_language(corpus), tuple(groups))


def heading(group: Group, lang: Language) -> str:
    roles = ", ".join(word(role, lang) for role in group.roles)
    return f"{group.name} ({roles})"


def title(reminders: Reminders, lang: Language) -> str:
    return word(
        "title", lang, date=day(reminders.as_of, lang), horizon=day(reminders.horizon, lang)
    )


def group_text(corpus: Corpus, group: Group, as_of: date, lang: Language) -> str:
    lines = [keep_together(heading(group, lang))]
    for task in group.tasks:
        lines.append(f"  - {keep_together(line(corpus, task, as_of, lang))}")
        rest = [(bullet, keep_together(part)) for bullet, part in text_rest(task)]
        lines += [f"      - {part}" if bullet else f"    {part}" for bullet, part in rest]
        lines.append(f"    {word('source', lang)}: {task.path} ({task.subject})")
    return "\n".join(lines) + "\n"


def render_text(corpus: Corpus, reminders: Reminders) -> str:
    lang = reminders.language
    parts = [keep_together(title(reminders, lang)) + "\n"]
    if not reminders.groups:
        parts.append(word("nothing", lang) + "\n")
    for group in reminders.groups:
        parts.append("\n" + group_text(corpus, group, reminders.as_of, lang))
    return "".join(parts)


def _escape_md(text: str) -> str:
    """Free text is data: characters Markdown would read as markup are escaped."""
    special = "\\`*_[]<>~|&"
    return "".join("\\" + c if c in special else c for c in text)


def group_markdown(corpus: Corpus, group: Group, as_of: date, lang: Language) -> str:
    lines = []
    for task in group.tasks:
        deadline = when(task, as_of, lang)
        sentence = _escape_md(what(corpus, task, lang))
        reason = basis(task, lang)
        rule = f" ({_escape_md(reason)})" if reason else ""
        source = f"`{task.path}` ({_escape_md(task.subject)})"
        lines.append(f"- [ ] **{_escape_md(deadline)}**: {sentence}{rule} — {source}")
        lines += [
            f"  - {_escape_md(part)}" if bullet else f"\n  {_escape_md(part)}\n"
            for bullet, part in text_rest(task)
        ]
    return "\n".join(lines) + "\n"


def render_markdown(corpus: Corpus, reminders: Reminders) -> str:
    lang = reminders.language
    parts = [f"# {_escape_md(title(reminders, lang))}\n"]
    if not reminders.groups:
        parts.append("\n" + word("nothing", lang) + "\n")
    for group in reminders.groups:
        parts.append(f"\n## {_escape_md(heading(group, lang))}\n\n")
        parts.append(group_markdown(corpus, group, reminders.as_of, lang))
    return "".join(parts)


def _task_json(corpus: Corpus, task: Task, as_of: date, lang: Language) -> dict[str, Any]:
    return {
        "kind": task.kind.value,
        "role": task.role.value,
        "subject": task.subject,
        "meeting": task.meeting,
        "meeting_name": meeting_name(corpus, task.meeting, lang) if task.meeting else None,
        "body": task.body,
        "due": task.due.isoformat() if task.due else None,
        "overdue": task.due is not None and task.due < as_of,
        "working_days_left": working_days_between(as_of, task.due, task.closed)
        if task.due
        else None,
        "summary": what(corpus, task, lang),
        "deadline": when(task, as_of, lang),
        "rule": basis(task, lang),
        "text": task.text,
        "path": task.path,
    }


def render_json(corpus: Corpus, reminders: Reminders) -> str:
    lang = reminders.language
    data = {
        "as_of": reminders.as_of.isoformat(),
        "within_days": reminders.within,
        "horizon": reminders.horizon.isoformat(),
        "language": lang.value,
        "groups": [
            {
                "actor": group.actor,
                "name": group.name,
                "roles": [role.value for role in group.roles],
                "tasks": [_task_json(corpus, t, reminders.as_of, lang) for t in group.tasks],
            }
            for group in reminders.groups
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
