"""A date's day and month on one line: "18. december 2024" never breaks after "18.".

A reader who meets "siden 18." at the end of a line and "december 2024" on the next reads a
number, not a date. Before a document becomes PDF, Word or HTML, each day followed by a month
name ("18. december", "18 December") is joined by a no-break space in the pandoc tree, where
words are separate ``Str`` nodes. Markdown keeps ordinary spaces: it is text to edit.
"""

from __future__ import annotations

import re
from typing import Any

from docket.words import MONTH_NAMES

_DAY = re.compile(r"^\(?[0-9]{1,2}\.?$")
NO_BREAK = "\N{NO-BREAK SPACE}"


def _is_str(node: Any) -> bool:
    return isinstance(node, dict) and node.get("t") == "Str"


def _join_dates(inlines: list[Any]) -> list[Any]:
    out: list[Any] = []
    index = 0
    while index < len(inlines):
        node = inlines[index]
        if (
            _is_str(node)
            and _DAY.match(node["c"])
            and index + 2 < len(inlines)
            and isinstance(inlines[index + 1], dict)
            and inlines[index + 1].get("t") == "Space"
            and _is_str(inlines[index + 2])
            and inlines[index + 2]["c"].rstrip(",.;:)") in MONTH_NAMES
        ):
            out.append({"t": "Str", "c": f"{node['c']}{NO_BREAK}{inlines[index + 2]['c']}"})
            index += 3
            continue
        out.append(node)
        index += 1
    return out


def keep_dates_together(node: Any) -> Any:
    """``node`` (pandoc JSON) with every day and month joined; changed in place."""
    if isinstance(node, list):
        if any(_is_str(child) for child in node):
            node[:] = _join_dates(node)
        for child in node:
            keep_dates_together(child)
    elif isinstance(node, dict):
        for value in node.values():
            keep_dates_together(value)
    return node
