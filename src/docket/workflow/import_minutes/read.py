"""A legacy document as lines of plain text, whatever format it came in.

Word, LibreOffice, HTML and Markdown are read by pandoc into its JSON syntax tree and flattened
here: Word's Title paragraph (pandoc's metadata title) first, then a paragraph or heading a
line, a list item a '- ' line, a table row one line with its cells side by side (an agenda
table then reads like the agenda of a text export). Blocks are separated by blank lines. PDF
text comes from pypdf; plain text is read as it is.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docket.errors import DocketError

PANDOC_FORMATS = {
    ".docx": "docx",
    ".odt": "odt",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".rtf": "rtf",
}
TEXT_SUFFIXES = (".txt", ".text")
WORD_SUFFIXES = (".docx", ".odt")
"""Formats whose Title-style paragraph is part of the text (an HTML page's <title> is not)."""
SUPPORTED = (*PANDOC_FORMATS, *TEXT_SUFFIXES, ".pdf")
PAGE_NUMBER = re.compile(r"^\s*(?:side\s+|page\s+)?\d+(?:\s*(?:af|of|/)\s*\d+)?\s*$", re.I)
"""A line of a PDF that only numbers its page."""


class ReadError(DocketError):
    """The document cannot be read (the message says why)."""


def read_lines(path: Path) -> list[str]:
    """The document's text as lines (without line ends), cleaned of characters YAML refuses."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        text = _read_text(path)
    elif suffix == ".pdf":
        text = _read_pdf(path)
    elif suffix in PANDOC_FORMATS:
        document = _pandoc_json(path, PANDOC_FORMATS[suffix])
        title = _word_title(document) if suffix in WORD_SUFFIXES else []
        text = "\n".join([*title, *_flatten_document(document)])
    else:
        raise ReadError(
            f"{path.name}: cannot read '{suffix or 'no suffix'}' files; "
            f"supported: {', '.join(SUPPORTED)}"
        )
    return [_clean(line) for line in text.splitlines()]


def _clean(line: str) -> str:
    line = line.replace("\t", "    ").replace("\u00a0", " ").replace("\u00ad", "")
    return "".join(c for c in line if c >= " " or c == "\n")


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _read_pdf(path: Path) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise ReadError("reading PDF needs the pypdf package: pip install pypdf") from None
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings repeat our error
    try:
        reader = PdfReader(path)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as error:
        raise ReadError(f"{path.name}: cannot read the PDF: {error}") from None
    if not text.strip():
        raise ReadError(f"{path.name}: the PDF has no text layer (a scan?): nothing to import")
    return "\n".join(line for line in text.splitlines() if not PAGE_NUMBER.match(line))


def _pandoc_json(path: Path, source_format: str) -> Any:
    import pypandoc

    try:
        output = pypandoc.convert_file(str(path), "json", format=source_format)
    except RuntimeError as error:
        raise ReadError(f"{path.name}: pandoc could not read it: {error}") from None
    return json.loads(output)


def _word_title(document: Any) -> list[str]:
    """A Word or LibreOffice document's paragraph in the Title style, which pandoc keeps as
    metadata: the minutes' first line ('Forretningsudvalget - referat 05-12-2007')."""
    title = document.get("meta", {}).get("title")
    if not title or title.get("t") != "MetaInlines":
        return []
    return [_inlines(title["c"]), ""]


def _flatten_document(document: Any) -> Iterator[str]:
    for block in document.get("blocks", []):
        yield from _block(block)


def _block(block: Any, prefix: str = "") -> Iterator[str]:
    kind, content = block.get("t"), block.get("c")
    if kind in ("Para", "Plain"):
        for line in _inlines(content).split("\n"):
            yield prefix + line
        yield ""
    elif kind == "Header":
        yield prefix + _inlines(content[2])
        yield ""
    elif kind == "LineBlock":
        for line in content:
            yield prefix + _inlines(line)
        yield ""
    elif kind == "BulletList":
        for item in content:
            yield from _list_item(item, prefix + "- ")
        yield ""
    elif kind == "OrderedList":
        start = content[0][0]
        for offset, item in enumerate(content[1]):
            yield from _list_item(item, f"{prefix}{start + offset}. ")
        yield ""
    elif kind == "Table":
        for row in _table_rows(content):
            yield prefix + row
        yield ""
    elif kind in ("Div", "Figure"):
        for child in content[-1]:
            yield from _block(child, prefix)
    elif kind == "BlockQuote":
        for child in content:
            yield from _block(child, prefix)
    elif kind == "DefinitionList":
        for term, definitions in content:
            yield prefix + _inlines(term)
            for definition in definitions:
                for child in definition:
                    yield from _block(child, prefix)
    elif kind == "CodeBlock":
        yield from (prefix + line for line in content[1].splitlines())
        yield ""


def _list_item(blocks: list[Any], marker: str) -> Iterator[str]:
    lines = [line for block in blocks for line in _block(block) if line.strip()]
    indent = " " * len(marker)
    for index, line in enumerate(lines):
        yield (marker if index == 0 else indent) + line


def _table_rows(content: Any) -> Iterator[str]:
    head, bodies, foot = content[3], content[4], content[5]
    rows = list(head[1])
    for body in bodies:
        rows.extend(body[2])
        rows.extend(body[3])
    rows.extend(foot[1])
    for row in rows:
        cells = []
        for cell in row[1]:
            text = " ".join(line.strip() for b in cell[4] for line in _block(b) if line.strip())
            cells.append(text)
        line = "  ".join(c for c in cells if c)
        if line:
            yield line


def _inlines(inlines: list[Any]) -> str:
    parts: list[str] = []
    for inline in inlines:
        kind, content = inline.get("t"), inline.get("c")
        if kind == "Str":
            parts.append(content)
        elif kind in ("Space", "SoftBreak"):
            parts.append(" ")
        elif kind == "LineBreak":
            parts.append("\n")
        elif kind in ("Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript",
                      "SmallCaps"):  # fmt: skip
            parts.append(_inlines(content))
        elif kind in ("Span", "Cite", "Link", "Image"):
            parts.append(_inlines(content[1]))
        elif kind == "Quoted":
            mark = '"' if content[0].get("t") == "DoubleQuote" else "'"
            parts.append(mark + _inlines(content[1]) + mark)
        elif kind in ("Code", "Math"):
            parts.append(content[1])
    return "".join(parts)
