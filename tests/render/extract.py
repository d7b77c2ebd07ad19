"""Text out of rendered files, the way a reader's program would get it.

HTML through html.parser, DOCX through python-docx (paragraphs and table cells), PDF through
pypdf, Markdown through pandoc itself (so escapes are undone exactly as a Markdown reader would).
All text is whitespace-normalised so that line wrapping does not matter.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pypandoc
import pypdf

_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "td",
    "th",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "title",
    "header",
    "nav",
    "section",
    "table",
    "ul",
    "ol",
    "head",
    "body",
    "html",
}


def normalise(text: str) -> str:
    return " ".join(text.split())


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))
        if tag in ("style", "script"):
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def parse_html(data: bytes) -> _Collector:
    collector = _Collector()
    collector.feed(data.decode("utf-8"))
    collector.close()
    return collector


def html_text(data: bytes) -> str:
    return normalise("".join(parse_html(data).parts))


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    core = document.core_properties
    parts.extend(value for value in (core.title, core.subject) if value)
    return normalise(" ".join(parts))


def pdf_text(data: bytes) -> str:
    """The PDF's text; a line that ends in a hyphen or a slash (typst breaks lines after them)
    is joined to the next without a space, as a reader reads "FORTROLIGT-" / "KONTRAKT"."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return normalise(re.sub(r"([-/])[ \t]*\n(?=\S)", r"\1", text))


def _strings(node: Any, out: list[str]) -> None:
    if isinstance(node, dict):
        kind = node.get("t")
        if kind in ("Str", "MetaString"):
            out.append(node["c"])
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        else:
            for value in node.values():
                _strings(value, out)
        if kind in ("Para", "Plain", "Header"):
            out.append(" ")
    elif isinstance(node, list):
        for child in node:
            _strings(child, out)


def markdown_text(data: bytes) -> str:
    """The text of a Markdown file as pandoc reads it back (metadata included)."""
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown-smart", "-t", "json"],
        input=data,
        capture_output=True,
        check=True,
    )
    tree = json.loads(result.stdout)
    out: list[str] = []
    for value in tree["meta"].values():
        _strings(value, out)
        out.append(" ")
    _strings(tree["blocks"], out)
    return normalise("".join(out))


def text_of(path: Path) -> str:
    data = path.read_bytes()
    return {
        ".html": html_text,
        ".docx": docx_text,
        ".pdf": pdf_text,
        ".md": markdown_text,
    }[path.suffix](data)


def visible_text_of(path: Path) -> str:
    """Like ``text_of``, but Markdown as the raw file (what someone reading it sees)."""
    if path.suffix == ".md":
        return normalise(path.read_text(encoding="utf-8"))
    return text_of(path)


def normalise_dashes(text: str) -> str:
    """Typst and pandoc write '--' as an en dash in PDF: compare dashes as dashes."""
    return re.sub(r"\s*[\u2013-]\s*", "-", text)
