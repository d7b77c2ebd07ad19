"""A workaround for pandoc's typst writer (pandoc 3.9): text that typst would read as markup.

Pandoc escapes a leading "16.", "-", "+", "=" or "/" at the start of a paragraph, but not at the
start of a table cell, a list item or the title, so typst turns a cell "16. september 2025" into
a numbered list and a cell "= x" into a heading. Before a document becomes typst, this inserts
typst's escape character in exactly those places. It is applied to the PDF path only, because
the raw escape would show in Markdown. The rendering tests fail if pandoc ever starts escaping
these itself (the backslash would then show in the PDF).
"""

from __future__ import annotations

import re
from typing import Any

_MARKER = re.compile(r"^(?:[0-9]+\.|-|\+|=+|/)$")
_BREAKS = ("Space", "SoftBreak", "LineBreak")
_ESCAPE = {"t": "RawInline", "c": ["typst", "\\"]}


def _guard_inlines(inlines: list[Any]) -> list[Any]:
    if not inlines or inlines[0].get("t") != "Str" or not _MARKER.match(inlines[0]["c"]):
        return inlines
    if len(inlines) > 1 and inlines[1].get("t") not in _BREAKS:
        return inlines
    return [_ESCAPE, *inlines]


def _guard_first(blocks: list[Any]) -> None:
    if blocks and blocks[0].get("t") in ("Plain", "Para"):
        blocks[0]["c"] = _guard_inlines(blocks[0]["c"])


def _walk(node: Any) -> None:
    if isinstance(node, list):
        for child in node:
            _walk(child)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("t")
    if kind == "BulletList":
        for item in node["c"]:
            _guard_first(item)
    elif kind == "OrderedList":
        for item in node["c"][1]:
            _guard_first(item)
    elif kind == "Table":
        _, _, _, head, bodies, foot = node["c"]
        rows = [*head[1], *foot[1]]
        for body in bodies:
            rows += [*body[2], *body[3]]
        for row in rows:
            for cell in row[1]:
                _guard_first(cell[4])
    _walk(node.get("c"))


def guard(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` (pandoc JSON) made safe for pandoc's typst writer; changed in place."""
    for key in ("title", "subtitle", "date"):
        value = document["meta"].get(key)
        if value and value.get("t") == "MetaInlines":
            value["c"] = _guard_inlines(value["c"])
    _walk(document["blocks"])
    return document
