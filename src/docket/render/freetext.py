"""Free text from the YAML files as pandoc blocks, following the one convention of the schema.

A blank line separates paragraphs; a line starting with ``- `` starts a bullet item, and the
lines after it (up to the next item or blank line) continue that item. Nothing else is markup:
``**``, ``#``, ``<`` and backslashes stay the characters they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docket.render import pandoc_ast as ast

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
BULLET = "- "


def _bullet_line(line: str) -> bool:
    return line.lstrip().startswith(BULLET)


@dataclass(frozen=True)
class Chunk:
    """A blank-line-separated part of a free-text field: its paragraph (lines joined; empty
    when the part opens with a bullet) and its bullet items, each item's lines joined."""

    lead: str
    items: tuple[str, ...] = ()


def _chunk(chunk: str) -> Chunk:
    lines = [line.strip() for line in chunk.splitlines() if line.strip()]
    lead: list[str] = []
    items: list[list[str]] = []
    for line in lines:
        if _bullet_line(line):
            items.append([line[len(BULLET) :].strip()])
        elif items:
            items[-1].append(line)
        else:
            lead.append(line)
    return Chunk(" ".join(lead), tuple(" ".join(i) for i in items))


def chunks(value: str | None) -> list[Chunk]:
    """The parts of a free-text field, in order (none for an empty field). Every format that
    shows free text (documents, the site, reminders) reads it through this one function."""
    if not value or not value.strip():
        return []
    return [_chunk(part) for part in _PARAGRAPH_BREAK.split(value.strip())]


def lines(value: str | None) -> list[tuple[bool, str]]:
    """A free-text field as lines for plain text: ``(False, paragraph)`` and ``(True, item)``
    for each bullet item, so that a list stays a list where there is no markup."""
    found: list[tuple[bool, str]] = []
    for chunk in chunks(value):
        if chunk.lead:
            found.append((False, chunk.lead))
        found += [(True, item) for item in chunk.items]
    return found


def blocks(value: str | None) -> list[ast.Block]:
    """The blocks of a free-text field (none for an empty field)."""
    found: list[ast.Block] = []
    for chunk in chunks(value):
        if chunk.lead:
            found.append(ast.para(ast.text(chunk.lead)))
        if chunk.items:
            found.append(ast.bullet_list([ast.plain(ast.text(i))] for i in chunk.items))
    return found


def inline(value: str) -> list[ast.Inline]:
    """A free-text field flattened to one line, for table cells and list entries."""
    return ast.text(" ".join(value.split()))
