"""Free text from the YAML files as pandoc blocks, following the one convention of the schema.

A blank line separates paragraphs; a line starting with ``- `` starts a bullet item, and the
lines after it (up to the next item or blank line) continue that item. Nothing else is markup:
``**``, ``#``, ``<`` and backslashes stay the characters they are.
"""

from __future__ import annotations

import re

from docket.render import pandoc_ast as ast

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
BULLET = "- "


def _bullet_line(line: str) -> bool:
    return line.lstrip().startswith(BULLET)


def _chunk_blocks(chunk: str) -> list[ast.Block]:
    """One blank-line-separated chunk: a paragraph, then bullet items if any."""
    blocks: list[ast.Block] = []
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
    if lead:
        blocks.append(ast.para(ast.text(" ".join(lead))))
    if items:
        blocks.append(ast.bullet_list([ast.plain(ast.text(" ".join(i)))] for i in items))
    return blocks


def blocks(value: str | None) -> list[ast.Block]:
    """The blocks of a free-text field (none for an empty field)."""
    if not value or not value.strip():
        return []
    found: list[ast.Block] = []
    for chunk in _PARAGRAPH_BREAK.split(value.strip()):
        found.extend(_chunk_blocks(chunk))
    return found


def inline(value: str) -> list[ast.Inline]:
    """A free-text field flattened to one line, for table cells and list entries."""
    return ast.text(" ".join(value.split()))
