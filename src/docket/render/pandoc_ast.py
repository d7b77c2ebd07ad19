"""Pandoc's document model (its JSON AST), built node by node.

Documents are assembled here rather than written as Markdown so that text from the YAML files
reaches pandoc as ``Str`` nodes: pandoc escapes it for each output format and never reads it
as markup. The node shapes follow pandoc-types 1.23 (pandoc 3.x).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

API_VERSION = [1, 23, 1, 1]

Node = dict[str, Any]
Inline = Node
Block = Node

_NO_ATTR: list[Any] = ["", [], []]
_WORD_OR_SPACE = re.compile(r"\S+|\s+")
SPACE: Inline = {"t": "Space"}
"""One shared node for every space: documents hold many, and nothing changes them."""


def attr(identifier: str = "", classes: Sequence[str] = ()) -> list[Any]:
    return [identifier, list(classes), []]


def text(value: str) -> list[Inline]:
    """Plain text as inlines: words become ``Str``, runs of white space one ``Space``."""
    return [
        SPACE if part.isspace() else {"t": "Str", "c": part}
        for part in _WORD_OR_SPACE.findall(value)
    ]


def strong(inlines: list[Inline]) -> Inline:
    return {"t": "Strong", "c": inlines}


def emph(inlines: list[Inline]) -> Inline:
    return {"t": "Emph", "c": inlines}


def para(inlines: list[Inline]) -> Block:
    return {"t": "Para", "c": inlines}


def plain(inlines: list[Inline]) -> Block:
    return {"t": "Plain", "c": inlines}


def header(
    level: int, inlines: list[Inline], identifier: str = "", classes: Sequence[str] = ()
) -> Block:
    return {"t": "Header", "c": [level, attr(identifier, classes), inlines]}


def bullet_list(items: Iterable[list[Block]]) -> Block:
    return {"t": "BulletList", "c": [list(item) for item in items]}


def _cell(blocks: list[Block]) -> list[Any]:
    return [_NO_ATTR, {"t": "AlignDefault"}, 1, 1, blocks]


def _row(cells: Sequence[list[Block]]) -> list[Any]:
    return [_NO_ATTR, [_cell(c) for c in cells]]


def _emphasised(cell: list[Block]) -> list[Block]:
    """A header cell's text in bold, so every format shows the header row as one."""
    return [
        {"t": b["t"], "c": [strong(b["c"])]} if b["t"] in ("Plain", "Para") else b for b in cell
    ]


def table(
    head: Sequence[list[Block]] | None,
    rows: Sequence[Sequence[list[Block]]],
    widths: Sequence[float] | None = None,
    classes: Sequence[str] = (),
) -> Block:
    """A table; each cell is a list of blocks, ``widths`` are shares of the text width."""
    columns = len(head) if head is not None else max((len(r) for r in rows), default=0)
    specs = [
        [
            {"t": "AlignLeft"},
            {"t": "ColWidth", "c": widths[i]} if widths else {"t": "ColWidthDefault"},
        ]
        for i in range(columns)
    ]
    head_rows = [_row([_emphasised(cell) for cell in head])] if head is not None else []
    return {
        "t": "Table",
        "c": [
            attr("", classes),
            [None, []],
            specs,
            [_NO_ATTR, head_rows],
            [[_NO_ATTR, 0, [], [_row(r) for r in rows]]],
            [_NO_ATTR, []],
        ],
    }


def meta_inlines(inlines: list[Inline]) -> Node:
    return {"t": "MetaInlines", "c": inlines}


def meta_string(value: str) -> Node:
    return {"t": "MetaString", "c": value}


@dataclass
class Document:
    """A pandoc document: metadata (title, subtitle, date, lang) and body blocks."""

    title: str
    lang: str
    subtitle: str | None = None
    date: str | None = None
    toc_title: str | None = None
    blocks: list[Block] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "title": meta_inlines(text(self.title)),
            "lang": meta_string(self.lang),
        }
        if self.subtitle:
            meta["subtitle"] = meta_inlines(text(self.subtitle))
        if self.date:
            meta["date"] = meta_inlines(text(self.date))
        if self.toc_title:
            meta["toc-title"] = meta_inlines(text(self.toc_title))
        return {"pandoc-api-version": API_VERSION, "meta": meta, "blocks": self.blocks}
