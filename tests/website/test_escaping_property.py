"""Any text at all, put into an element or a free-text field, comes out as that text: the only
tags in the output are the ones docket wrote (random input, hypothesis)."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from docket.site.html import element, free_text


class Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(markup: str) -> Reader:
    reader = Reader()
    reader.feed(markup)
    reader.close()
    return reader


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@given(TEXT, TEXT)
@settings(max_examples=300)
def test_element_text_and_attribute_are_data(text: str, attribute: str) -> None:
    reader = _read(element("a", text, href=attribute, title=attribute))
    assert ["a"] == reader.tags
    assert text.replace("\r", "\n") == "".join(reader.text).replace("\r", "\n")


@given(TEXT)
@settings(max_examples=300)
def test_free_text_makes_only_paragraphs_and_lists(text: str) -> None:
    reader = _read(free_text(text))
    assert set(reader.tags) <= {"p", "ul", "li"}
    written = "".join("".join(reader.text).split()).replace("-", "")
    assert "".join(text.split()).replace("-", "") == written
