"""The no-break rule of ``docket.typography`` applied to a pandoc tree, where words are
separate ``Str`` nodes with ``Space`` between them: "18. december 2024" and "Pkt. 3" become
one ``Str`` each, joined by no-break spaces, before a document becomes PDF, Word or HTML.
Markdown keeps ordinary spaces: it is text to edit.
"""

from __future__ import annotations

from typing import Any

from docket.typography import NO_BREAK, binds


def _is_str(node: Any) -> bool:
    return isinstance(node, dict) and node.get("t") == "Str"


def _is_space(node: Any) -> bool:
    return isinstance(node, dict) and node.get("t") == "Space"


def _join(inlines: list[Any]) -> list[Any]:
    out: list[Any] = []
    index = 0
    while index < len(inlines):
        node = inlines[index]
        if (
            out
            and _is_str(out[-1])
            and _is_space(node)
            and index + 1 < len(inlines)
            and _is_str(inlines[index + 1])
            and binds(out[-1]["c"].rsplit(NO_BREAK, 1)[-1], inlines[index + 1]["c"])
        ):
            out[-1] = {"t": "Str", "c": f"{out[-1]['c']}{NO_BREAK}{inlines[index + 1]['c']}"}
            index += 2
            continue
        out.append(node)
        index += 1
    return out


def keep_together(node: Any) -> Any:
    """``node`` (pandoc JSON) with every date and every label and its number joined; changed
    in place."""
    if isinstance(node, list):
        if any(_is_str(child) for child in node):
            node[:] = _join(node)
        for child in node:
            keep_together(child)
    elif isinstance(node, dict):
        for value in node.values():
            keep_together(value)
    return node
