"""Items of minutes that number nothing and mark their headings only by shape.

Two shapes are read. Short headings alone on their lines (``short_headings``):

Some minutes give each item a short line of its own ('Apologies', 'Announcements by the Mayor')
with the item's text under it, and no number, capitals or label word to tell a heading from
the lines of an address block or a list of officers above it. Such a heading is told by what
follows it: a line alone (a blank line before it), short, beginning with a capital and ending
without a full stop, is a heading when the next line with text is the item's content: a
sentence (it ends with a full stop), an empty answer ('Nil', 'Ingen') or a section's label
('Council resolution'). A line of an address ('Large Exhibition Hall' above 'War Memorial
Centre') is followed by another short line, and a list's last entry by a label, a line of
names or the document's title: neither is a heading.

Run-in labels (``run_in_labels``): minutes written as one paragraph of 'Title: text.'
pieces ('Valg af dirigent: Helle Thagesen. Godkendelse af referat 2013: Godkendt ...'): a
label is a capitalised word and up to five words in lower case or numbers before a colon; a
label of the heading ('Referent:', 'Dato:') stays a field, every other one starts an item.

Only when the minutes give no item by any other means (``parse.parse_minutes``), and only
when at least ``SEVERAL`` headings are found, are they read as items numbered in order.
"""

from __future__ import annotations

import re

from docket.workflow.import_minutes import labels
from docket.workflow.import_minutes.dates import find_date, find_times
from docket.workflow.import_minutes.scheme import ItemStart
from docket.workflow.import_minutes.shapes import list_like

HEADING_WORDS = 6
"""A heading by shape has at most this many words."""
SEVERAL = 3
"""Fewer headings than this are not read as the minutes' items."""
_SENTENCE_END = re.compile(r"[.!?]['\u2019\")]?$")


def _key(line: str) -> str:
    return line.strip().strip("*#_ ").rstrip(":").strip().lower()


def section_label(line: str) -> bool:
    """'Beslutning', 'Council resolution', 'Officer's recommendation': an item section's label,
    also when a word names whose it is."""
    words = _key(line).split()
    if not words:
        return False
    if " ".join(words) in labels.SECTIONS:
        return True
    return labels.SECTIONS.get(words[-1]) in ("decisions", "recommendation")


def empty_answer(line: str) -> bool:
    """'Nil', 'Ingen.', 'None': all an item's text says when nothing was raised."""
    return _key(line).rstrip(".") in labels.EMPTY_ANSWERS


def _shaped_like_heading(line: str) -> bool:
    text = line.strip()
    words = text.split()
    if not words or len(words) > HEADING_WORDS or not text[0].isupper():
        return False
    if text.endswith((".", ":", ",", ";")) or empty_answer(text) or section_label(text):
        return False
    key = _key(text)
    if (
        key in labels.HEADER_FIELDS
        or key in labels.PARTICIPANT_HEADINGS
        or key in labels.DOCUMENT_TITLES
        or labels.HONORIFIC.match(text)
    ):
        return False
    if find_date(text) is not None or find_times(text)[0] is not None:
        return False
    return not list_like(text)


def _content(line: str) -> bool:
    """Whether ``line`` reads as an item's content, not as one more line of a block."""
    text = line.strip()
    if empty_answer(text) or section_label(text):
        return True
    return _SENTENCE_END.search(text) is not None and len(text.split()) > 1


def short_headings(lines: list[str]) -> list[str | ItemStart] | None:
    """``lines`` with each heading found by its shape as an ``ItemStart`` numbered in order,
    or None when fewer than ``SEVERAL`` are found."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    headings: set[int] = set()
    for position, index in enumerate(filled):
        after_blank = index == 0 or not lines[index - 1].strip()
        following = filled[position + 1] if position + 1 < len(filled) else None
        if (
            after_blank
            and following is not None
            and _shaped_like_heading(lines[index])
            and _content(lines[following])
        ):
            headings.add(index)
    if len(headings) < SEVERAL:
        return None
    result: list[str | ItemStart] = []
    number = 0
    for index, line in enumerate(lines):
        if index in headings:
            number += 1
            result.append(ItemStart(str(number), line.strip()))
        else:
            result.append(line)
    return result


_RUN_IN_LABEL = re.compile(
    r"(?:^|(?<=\s))(?P<label>[A-ZÆØÅ][a-zæøå]+(?:\s+(?:[a-zæøå]+|\d{1,4})){0,5}):\s+(?=\S)"
)
"""'Godkendelse af referat 2013: ': a label in sentence case run into a paragraph."""


def _field_label(label: str) -> bool:
    key = _key(label)
    return (
        key in labels.HEADER_FIELDS
        or key in labels.PARTICIPANT_HEADINGS
        or key in labels.ABSENCE_HEADINGS
        or key in labels.SECTIONS
    )


def run_in_labels(lines: list[str]) -> list[str | ItemStart] | None:
    """``lines`` with each run-in label that is no field an ``ItemStart`` numbered in order and
    its text a line of its own (a field, 'Referent: Name', a line of its own too); None when
    fewer than ``SEVERAL`` are found."""
    found = [list(_RUN_IN_LABEL.finditer(line)) for line in lines]
    if sum(1 for ms in found for m in ms if not _field_label(m["label"])) < SEVERAL:
        return None
    result: list[str | ItemStart] = []
    number = 0
    for line, matches in zip(lines, found, strict=True):
        if not matches:
            result.append(line)
            continue
        if line[: matches[0].start()].strip():
            result.append(line[: matches[0].start()].strip())
        stops = [*(m.start() for m in matches[1:]), len(line)]
        for match, stop in zip(matches, stops, strict=True):
            value = line[match.end() : stop].strip()
            if _field_label(match["label"]):
                result.append(f"{match['label']}: {value}")
                continue
            number += 1
            result.extend([ItemStart(str(number), match["label"]), value])
    return result
