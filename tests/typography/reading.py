"""Reading what docket wrote, for the typography tests: the text and attributes of an HTML page,
and where a text holds a no-break space."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from docket.typography import NO_BREAK, binds, keep_together

VERBATIM = frozenset({"code", "pre", "script", "style"})


@dataclass
class PageText:
    """The text nodes of a page (outside verbatim elements), by the innermost element that
    holds them, and every attribute value."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    attributes: list[tuple[str, str, str]] = field(default_factory=list)

    def of(self, tag: str) -> list[str]:
        return [text for holder, text in self.texts if holder == tag]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageText()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.attributes += [(tag, name, value) for name, value in attrs if value]
        if tag not in {"meta", "link", "br", "input", "img", "hr"}:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if data.strip() and not VERBATIM & set(self.open):
            self.page.texts.append((self.open[-1] if self.open else "", data))


def read_page(path: Path) -> PageText:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader.page


def unbound_spaces(text: str) -> list[str]:
    """The places in ``text`` where the rule binds two words but an ordinary space is left."""
    kept = keep_together(text)
    return [
        kept[max(0, i - 12) : i + 12]
        for i, (a, b) in enumerate(zip(text, kept, strict=True))
        if a != b
    ]


def stray_no_breaks(text: str) -> list[str]:
    """The no-break spaces in ``text`` between words the rule does not bind (docket put a
    no-break space where it should not, when the record holds none)."""
    stray = []
    for match in re.finditer(NO_BREAK, text):
        before = re.findall(r"\S+$", text[: match.start()])
        after = re.findall(r"^\S+", text[match.end() :])
        if not (before and after and binds(before[0], after[0])):
            stray.append(text[max(0, match.start() - 12) : match.end() + 12])
    return stray
