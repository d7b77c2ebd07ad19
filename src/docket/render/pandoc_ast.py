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


def _cell(blocks: list[Block], column: str = "") -> list[Any]:
    """A cell; ``column`` (its header's text) becomes ``data-label``, which the HTML style
    shows above the value when a narrow screen turns each row into a card."""
    attributes = ["", [], [["data-label", column]]] if column else _NO_ATTR
    return [attributes, {"t": "AlignDefault"}, 1, 1, blocks]


def _row(cells: Sequence[list[Block]], columns: Sequence[str] = ()) -> list[Any]:
    names = list(columns) or [""] * len(cells)
    return [_NO_ATTR, [_cell(c, name) for c, name in zip(cells, names, strict=False)]]


def plain_text(blocks: list[Block]) -> str:
    """The words of ``blocks`` (Str and Space nodes), for labels."""
    words: list[str] = []
    _words(blocks, words)
    return "".join(words).strip()


def _words(node: Any, words: list[str]) -> None:
    """Add the words of ``node`` to ``words`` (a function, not a closure: no reference cycle)."""
    if isinstance(node, dict):
        if node.get("t") == "Str":
            words.append(node["c"])
        elif node.get("t") == "Space":
            words.append(" ")
        else:
            _words(node.get("c"), words)
    elif isinstance(node, list):
        for child in node:
            _words(child, words)


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
    labels = [plain_text(cell) for cell in head] if head is not None else []
    return {
        "t": "Table",
        "c": [
            attr("", classes),
            [None, []],
            specs,
            [_NO_ATTR, head_rows],
            [[_NO_ATTR, 0, [], [_row(r, labels) for r in rows]]],
            [_NO_ATTR, []],
        ],
    }


def raw_block(fmt: str, content: str) -> Block:
    """Markup for one output format only; ``convert`` drops it from every other format.
    Never built from YAML text: only from docket's own constants and numbers."""
    return {"t": "RawBlock", "c": [fmt, content]}


def raw_inline(fmt: str, content: str) -> Inline:
    return {"t": "RawInline", "c": [fmt, content]}


def link(inlines: list[Inline], target: str) -> Inline:
    return {"t": "Link", "c": [_NO_ATTR, inlines, [target, ""]]}


def div(blocks: list[Block], classes: Sequence[str] = (), identifier: str = "") -> Block:
    return {"t": "Div", "c": [attr(identifier, classes), blocks]}


def span(inlines: list[Inline], classes: Sequence[str] = ()) -> Inline:
    return {"t": "Span", "c": [attr("", classes), inlines]}


def page_break() -> list[Block]:
    """A new page in PDF and Word (HTML and Markdown flow on; print CSS breaks before h1)."""
    return [
        raw_block("typst", "#pagebreak(weak: true)"),
        raw_block("openxml", '<w:p><w:r><w:br w:type="page" /></w:r></w:p>'),
    ]


def page_of(identifier: str) -> list[Inline]:
    """The page where the heading ``identifier`` starts: typst counts it while laying out
    the PDF; Word fills a PAGEREF field (the document asks Word to update fields on open)."""
    return [
        raw_inline("typst", f"#context counter(page).at(<{identifier}>).first()"),
        raw_inline(
            "openxml",
            '<w:r><w:fldChar w:fldCharType="begin" /></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {identifier} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:t></w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end" /></w:r>',
        ),
    ]


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
    region: str | None = None
    marks: dict[str, str] = field(default_factory=dict)
    """Words the page furniture prints: classification, status, watermark, page-label,
    of-label (see data/docket-template.typ and convert's Word pages)."""
    cover: bool = False
    """The document opens with its own cover page instead of the title block."""
    inserts: dict[str, bytes] = field(default_factory=dict)
    """PDF files placed on the pages reserved for them (``pdf_slot``), by slot name."""

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
        if self.region:
            meta["region"] = meta_string(self.region)
        for key, value in self.marks.items():
            meta[key] = meta_inlines(text(value))
        if self.cover:
            meta["cover"] = {"t": "MetaBool", "c": True}
        return {"pandoc-api-version": API_VERSION, "meta": meta, "blocks": self.blocks}
