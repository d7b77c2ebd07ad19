"""Governance changes as plain text (the terminal), Markdown (a pull-request comment) or JSON
(tools). Text and Markdown speak the language of the diff (``DiffResult.lang``); JSON keeps the
actions and values as identifiers. Text from the data is data: Markdown escapes it, plain text
shows control characters visibly (``printable``), and neither lets it span lines."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from docket.diff import WORKING_TREE, DiffResult
from docket.diff.changes import Change, Section
from docket.reporters.escape import printable
from docket.reporters.order import SEVERITY
from docket.words import format_date, label

FORMAT_VERSION = 1
_MARKDOWN_SPECIAL = set("\\`*_[]<>|~&!#")


def escape(text: str) -> str:
    """Text from the data as literal Markdown: never markup, never more than one line."""
    flat = " ".join(text.split())
    return "".join("\\" + c if c in _MARKDOWN_SPECIAL else c for c in flat)


def plain(text: str) -> str:
    """Text from the data for a terminal: one line, control characters shown, not run."""
    return printable(" ".join(text.split()))


def _location(change: Change) -> str:
    return change.path + (f":{change.line}" if change.line else "")


def _counts(changes: list[Change]) -> dict[str, int]:
    counted = Counter(change.section for change in changes)
    return {section.value: counted[section] for section in Section}


def _side(label_: str, result: DiffResult) -> str:
    return label("diff_working_tree", result.lang) if label_ == WORKING_TREE else label_


def _in_reading_order(changes: list[Change]) -> list[Change]:
    """Findings introduced, errors first (like ``docket check``); other sections as compared."""
    levels = {level.value: rank for level, rank in SEVERITY.items()}
    return sorted(
        changes,
        key=lambda c: (
            levels.get(c.after or c.before or "", 0) if c.section == Section.FINDINGS else 0
        ),
    )


def _sections(result: DiffResult) -> list[tuple[Section, list[Change]]]:
    chosen = [
        (section, _in_reading_order([c for c in result.changes if c.section == section]))
        for section in Section
    ]
    return [(section, changes) for section, changes in chosen if changes]


def _opening(result: DiffResult, quote: Any) -> list[str]:
    lang = result.lang
    line = label(
        "diff_from",
        lang,
        base=quote(_side(result.base, result)),
        head=quote(_side(result.head, result)),
        date=format_date(result.as_of, lang),
    )
    if not result.changes:
        return [line, "", label("diff_none", lang)]
    counts = _counts(result.changes)
    tally = " · ".join(
        f"{section.heading(lang)}: {counts[section]}" for section in Section if counts[section]
    )
    return [line, "", tally]


def render_text(result: DiffResult) -> str:
    lang = result.lang
    lines = [label("diff_title", lang), *_opening(result, plain)]
    for section, changes in _sections(result):
        lines += ["", section.heading(lang)]
        lines += [
            f"  - {c.action.words(lang)}: {plain(c.summary)}"
            + (f" · {plain(_location(c))}" if c.path else "")
            for c in changes
        ]
    return "\n".join(lines) + "\n"


def render_markdown(result: DiffResult) -> str:
    lang = result.lang
    lines = [f"## {label('diff_title', lang)}", "", *_opening(result, escape)]
    for section, changes in _sections(result):
        lines += ["", f"### {section.heading(lang)}", ""]
        lines += [
            f"- **{c.action.words(lang)}** {escape(c.summary)}"
            + (f" · {escape(_location(c))}" if c.path else "")
            for c in changes
        ]
    return "\n".join(lines) + "\n"


def change_dict(change: Change) -> dict[str, Any]:
    return {
        "section": change.section.value,
        "action": change.action.value,
        "subject": change.subject,
        "summary": change.summary,
        "path": change.path,
        "line": change.line,
        "before": change.before,
        "after": change.after,
    }


def render_json(result: DiffResult) -> str:
    document = {
        "version": FORMAT_VERSION,
        "base": result.base,
        "head": result.head,
        "as_of": result.as_of.isoformat(),
        "language": result.lang.value,
        "changes": [change_dict(c) for c in result.changes],
        "summary": _counts(result.changes),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
