"""PDF pages as a reader meets them: the text of each page with its running header taken off,
the page each outline entry leads to, and the agenda's printed page numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf


def page_texts(path: Path) -> list[str]:
    """The text of every page, without its first line (the running header)."""
    reader = pypdf.PdfReader(path)
    return [page.extract_text().split("\n", 1)[-1] for page in reader.pages]


def starts_on(pages: list[str], heading: str) -> int:
    """The 1-based number of the page that opens with ``heading``."""
    found = [
        n for n, text in enumerate(pages, start=1) if " ".join(text.split()).startswith(heading)
    ]
    assert len(found) == 1, f"{heading!r} opens pages {found}"
    return found[0]


def outline(path: Path) -> dict[str, int]:
    """Top-level outline entries and the 1-based page each leads to."""
    reader = pypdf.PdfReader(path)
    return {
        entry.title: reader.get_destination_page_number(entry) + 1
        for entry in reader.outline
        if not isinstance(entry, list)
    }


def agenda_item_pages(agenda_page: str) -> list[int]:
    """The page column of the agenda table: the lines that hold only a number."""
    return [int(line) for line in agenda_page.splitlines() if re.fullmatch(r"\d+", line.strip())]


def agenda_attachment_pages(agenda_page: str) -> dict[str, int]:
    """ "Bilag 1.1 <title>, side 7" -> {"1.1": 7}."""
    text = " ".join(agenda_page.split())
    return {m[1]: int(m[2]) for m in re.finditer(r"Bilag (\d+(?:\.\d+)+) .*?, side (\d+)", text)}
