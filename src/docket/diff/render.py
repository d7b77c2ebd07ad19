"""Governance changes as Markdown (for a pull-request comment) or JSON (for tools)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from docket.diff.changes import Change, Section

FORMAT_VERSION = 1
_MARKDOWN_SPECIAL = set("\\`*_[]<>|~&!#")


def escape(text: str) -> str:
    """Text from the data as literal Markdown: never markup, never more than one line."""
    flat = " ".join(text.split())
    return "".join("\\" + c if c in _MARKDOWN_SPECIAL else c for c in flat)


def _where(change: Change) -> str:
    if not change.path:
        return ""
    location = change.path + (f":{change.line}" if change.line else "")
    return f" · {escape(location)}"


def _counts(changes: list[Change]) -> dict[str, int]:
    counted = Counter(change.section for change in changes)
    return {section.value: counted[section] for section in Section}


def render_markdown(changes: list[Change], base: str, head: str, as_of: str) -> str:
    lines = [
        "## Governance changes",
        "",
        f"From {escape(base)} to {escape(head)}; findings as of {as_of}.",
        "",
    ]
    if not changes:
        lines.append("No governance changes.")
        return "\n".join(lines) + "\n"
    counts = _counts(changes)
    lines.append(
        " · ".join(
            f"{section.heading}: {counts[section]}" for section in Section if counts[section]
        )
    )
    for section in Section:
        chosen = [c for c in changes if c.section == section]
        if not chosen:
            continue
        lines += ["", f"### {section.heading}", ""]
        lines += [f"- **{c.action.value}** {escape(c.summary)}{_where(c)}" for c in chosen]
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


def render_json(changes: list[Change], base: str, head: str, as_of: str) -> str:
    document = {
        "version": FORMAT_VERSION,
        "base": base,
        "head": head,
        "as_of": as_of,
        "changes": [change_dict(c) for c in changes],
        "summary": _counts(changes),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
