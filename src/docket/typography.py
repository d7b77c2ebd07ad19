"""Where a line must not break: between a date's day and month ("7. maj 2025") and between a
label and its number ("Pkt. 3", "Bilag 3.1", "kl. 14.30").

A reader who meets "siden 18." at the end of a line and "december 2024" on the next reads a
number, not a date; "Pkt." alone at the end of a line on a phone is a label without its item.
The rule is one function, ``binds``, and every output laid out for reading applies it by
writing a no-break space (U+00A0) where it holds:

- the pandoc documents (minutes, agendas, briefing packs as PDF, Word and HTML) in their tree,
  where words are separate nodes (``docket.render.keep_together``): the body, and in HTML and
  Word the lines under the title (the PDF's title is also its metadata, kept plain);
- the site's pages and Atom feed, where text becomes HTML (``docket.site.html.element``);
- the reminders as text and e-mail, and the SUMMARY and DESCRIPTION of both iCalendar files
  (``docket.calendar_feed`` and ``docket.remind.ics``), through ``keep_together``.

What is text to edit or data to read keeps ordinary spaces: Markdown, JSON, CSV, YAML, and
ids, URLs, file names and paths in every output. A no-break space the record itself holds is
its data and stays as it is; only an ordinary space between two words the rule binds changes.
"""

from __future__ import annotations

import re

from docket.words import MONTH_NAMES, NUMBERED_WORDS

NO_BREAK = "\N{NO-BREAK SPACE}"

_DAY = re.compile(r"\(?[0-9]{1,2}\.?")
_NUMBER = re.compile(r"[0-9]+(?:[.:][0-9]+)*(?:[-\N{EN DASH}][0-9]+(?:[.:][0-9]+)*)?[,.;:)]*")
_WORD = re.compile(r"\S+")
_ASCII_DIGIT = re.compile(r"[0-9]")
_CLOSING = ",.;:)"


def binds(left: str, right: str) -> bool:
    """Whether the space between the words ``left`` and ``right`` must not break: a day and
    its month ("7." "maj", "7" "May"), a label and its number ("Pkt." "3", "Item" "3:",
    "kl." "14.30").

    The year may go to the next line: "16. september 2025" held whole is wider than the
    deadline column of a pack's table, and would run into the next column."""
    if _DAY.fullmatch(left):
        return right.rstrip(_CLOSING) in MONTH_NAMES
    return left.lstrip("(").casefold() in NUMBERED_WORDS and _NUMBER.fullmatch(right) is not None


def keep_together(text: str) -> str:
    """``text`` with a no-break space for each single ordinary space between two words that
    ``binds`` joins; every other character as it was."""
    if _ASCII_DIGIT.search(text) is None:
        return text  # every rule binds a number in ASCII digits: most text is returned at once
    parts: list[str] = []
    end = 0
    previous = ""
    for match in _WORD.finditer(text):
        gap = text[end : match.start()]
        current = match.group()
        parts.append(NO_BREAK if gap == " " and binds(previous, current) else gap)
        parts.append(current)
        previous, end = current, match.end()
    parts.append(text[end:])
    return "".join(parts)
