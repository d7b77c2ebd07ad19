"""Keep one GitHub issue per party up to date with its reminders, through the ``gh`` CLI.

Each issue carries the label ``docket-remind`` and, in its body, a marker with the party's id
(``<!-- docket-remind: ngc -->``): the marker, not the title, says whose issue it is, so a
renamed issue is still found and none is ever opened twice. ``plan`` compares the issues ``gh
issue list`` returns with today's reminders and decides, per party:

- nothing due and no open issue: nothing; nothing due and an open issue: close it with a note;
- something due and no issue: open one; a closed issue: reopen it with the new text;
- an open issue whose title or text differ: edit it; the same: leave it alone;
- several issues with the same marker (made by hand or by a race): keep the oldest open one and
  close the others as duplicates.

``sync_issues`` runs the plan with ``gh``; ``plan`` itself only reads, so tests run it on the
JSON that ``gh issue list --json`` recorded.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from docket.corpus import Corpus
from docket.errors import DocketError
from docket.remind.phrases import day, word
from docket.remind.report import Group, Reminders, group_markdown, heading

LABEL = "docket-remind"
LABEL_COLOUR = "d4c5f9"
LIST_FIELDS = "number,title,body,state,labels"
LIST_LIMIT = 500
_MARKER = re.compile(r"<!-- docket-remind: ([a-z0-9._-]+) -->")


class GhError(DocketError):
    """gh failed or answered something unexpected (exit code 2)."""


class Verb(StrEnum):
    CREATE = "create"
    EDIT = "edit"
    REOPEN = "reopen"
    CLOSE = "close"
    KEEP = "keep"


@dataclass(frozen=True)
class Issue:
    """An issue as ``gh issue list --json number,title,body,state`` gives it."""

    number: int
    title: str
    body: str
    open: bool

    @property
    def actor(self) -> str | None:
        found = _MARKER.search(self.body)
        return found.group(1) if found else None


@dataclass(frozen=True)
class Action:
    verb: Verb
    actor: str
    number: int | None = None
    title: str = ""
    body: str = ""

    def describe(self) -> str:
        where = f" #{self.number}" if self.number is not None else ""
        return f"{self.verb.value}{where}: {self.actor}" + (
            f" ({self.title})" if self.title else ""
        )


def parse_issues(text: str) -> list[Issue]:
    """The issues in ``gh issue list --json number,title,body,state`` output."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GhError(f"gh issue list did not answer JSON: {error}") from None
    if not isinstance(data, list):
        raise GhError("gh issue list did not answer a list")
    issues = []
    for entry in data:
        try:
            issues.append(
                Issue(
                    int(entry["number"]),
                    str(entry["title"]),
                    str(entry.get("body") or ""),
                    str(entry["state"]).upper() == "OPEN",
                )
            )
        except (KeyError, TypeError, ValueError):
            raise GhError(
                f"gh issue list gave an issue without number, title or state: {entry}"
            ) from None
    return issues


def issue_title(group: Group) -> str:
    return word("issue_title", group.language, name=group.name)


def issue_body(corpus: Corpus, group: Group, reminders: Reminders) -> str:
    lang = group.language
    return (
        f"<!-- docket-remind: {group.actor} -->\n"
        f"**{heading(group, lang)}**\n\n"
        f"{group_markdown(corpus, group, reminders.as_of, lang)}\n"
        f"_docket remind, {day(reminders.as_of, lang)}_\n"
    )


def plan(corpus: Corpus, reminders: Reminders, issues: Sequence[Issue]) -> list[Action]:
    """What to do to make the issues match the reminders (see the module docstring)."""
    by_actor: dict[str, list[Issue]] = defaultdict(list)
    for issue in sorted(issues, key=lambda i: i.number):
        if issue.actor is not None:
            by_actor[issue.actor].append(issue)
    actions: list[Action] = []
    wanted = {group.actor: group for group in reminders.groups}
    for actor in sorted(set(wanted) | set(by_actor)):
        found = by_actor.get(actor, [])
        opened = [i for i in found if i.open]
        keep = opened[0] if opened else (found[-1] if found else None)
        for duplicate in opened[1:]:
            actions.append(Action(Verb.CLOSE, actor, duplicate.number, body=_duplicate_note(keep)))
        group = wanted.get(actor)
        if group is None:
            if keep is not None and keep.open:
                lang = reminders.language
                note = word("issue_closed", lang, date=day(reminders.as_of, lang))
                actions.append(Action(Verb.CLOSE, actor, keep.number, body=note))
            continue
        title, body = issue_title(group), issue_body(corpus, group, reminders)
        if keep is None:
            actions.append(Action(Verb.CREATE, actor, None, title, body))
        elif not keep.open:
            actions.append(Action(Verb.REOPEN, actor, keep.number, title, body))
        elif (keep.title, keep.body.strip()) != (title, body.strip()):
            actions.append(Action(Verb.EDIT, actor, keep.number, title, body))
        else:
            actions.append(Action(Verb.KEEP, actor, keep.number))
    return actions


def _duplicate_note(keep: Issue | None) -> str:
    return f"Duplicate of #{keep.number} (docket remind keeps one issue per party)." if keep else ""


def _gh(gh: str, args: list[str], stdin: str | None = None) -> str:
    try:
        done = subprocess.run(
            [gh, *args], input=stdin, capture_output=True, text=True, check=False, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise GhError(f"could not run {gh}: {error}") from None
    if done.returncode != 0:
        command = " ".join([gh, *args[:2]])
        raise GhError(f"'{command}' failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def _repo(repo: str | None) -> list[str]:
    return ["--repo", repo] if repo else []


def apply(gh: str, repo: str | None, actions: Sequence[Action]) -> None:
    """Carry out ``actions`` with ``gh``; bodies go through standard input, never the shell."""
    where = _repo(repo)
    for action in actions:
        number = str(action.number)
        if action.verb == Verb.CREATE:
            _gh(
                gh,
                [
                    "issue",
                    "create",
                    *where,
                    "--title",
                    action.title,
                    "--label",
                    LABEL,
                    "--body-file",
                    "-",
                ],
                action.body,
            )
        elif action.verb in (Verb.EDIT, Verb.REOPEN):
            if action.verb == Verb.REOPEN:
                _gh(gh, ["issue", "reopen", number, *where])
            _gh(
                gh,
                ["issue", "edit", number, *where, "--title", action.title, "--body-file", "-"],
                action.body,
            )
        elif action.verb == Verb.CLOSE:
            _gh(gh, ["issue", "close", number, *where, "--comment", action.body])


def sync_issues(
    corpus: Corpus, reminders: Reminders, gh: str = "gh", repo: str | None = None
) -> list[Action]:
    """Make the repository's ``docket-remind`` issues match ``reminders``; the actions taken."""
    where = _repo(repo)
    _gh(
        gh,
        [
            "label",
            "create",
            LABEL,
            *where,
            "--force",
            "--color",
            LABEL_COLOUR,
            "--description",
            "Reminders kept up to date by docket remind",
        ],
    )
    listed = _gh(
        gh,
        [
            "issue",
            "list",
            *where,
            "--label",
            LABEL,
            "--state",
            "all",
            "--limit",
            str(LIST_LIMIT),
            "--json",
            LIST_FIELDS,
        ],
    )
    actions = plan(corpus, reminders, parse_issues(listed))
    apply(gh, repo, actions)
    return actions
