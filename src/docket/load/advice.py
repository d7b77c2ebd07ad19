"""What to write instead: the words of a validation message a secretary can act on.

pydantic says what the schema wanted ("Input should be a valid dictionary or instance of
Place"); a secretary needs to know which entry is meant, as people count them ("item 4
(Pkt. 4)", not ``items.3``), and what to write ("write 2025-09-16"). This module turns a
validation error's location and value into those words. It advises and never accepts: the
schema stays the one source of truth, so a value in Danish (``Beslutningssag``) is still an
error, whose message names the English value the schema takes. That keeps the JSON Schema that
editors use, the model and every tool reading the files in agreement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Any

from docket.findings import Pointer

_ENTRY_WORDS: dict[str, str] = {
    "items": "item",
    "participants": "participant",
    "presenters": "presenter",
    "attachments": "attachment",
    "decisions": "decision",
    "follow_ups": "follow-up",
    "forwarded": "forwarded input",
    "pending_decisions": "pending decision",
    "proposed_topics": "proposed topic",
    "amendments": "amendment",
    "memberships": "membership",
    "versions": "version",
    "meetings": "planned meeting",
    "milestones": "milestone",
    "people": "person",
    "organisations": "organisation",
}
_LABEL_KEYS = ("id", "person", "version", "date")


def _entry(field: str, index: int, entry: Any) -> str:
    """``item 4 (Pkt. 4)``, ``participant 2 (mads-soenderkaer)``: counted from 1, and named."""
    word = _ENTRY_WORDS.get(field, field.rstrip("s").replace("_", " "))
    label = None
    if isinstance(entry, dict):
        number = entry.get("number")
        if field == "items" and isinstance(number, str | int):
            label = f"Pkt. {number}"
        elif field == "attachments" and isinstance(number, str | int):
            label = f"Bilag {number}"
        else:
            label = next(
                (str(entry[k]) for k in _LABEL_KEYS if isinstance(entry.get(k), str | int)), None
            )
    elif isinstance(entry, str | int):
        label = str(entry)
    return f"{word} {index + 1}" + (f" ({label})" if label else "")


def describe(loc: Pointer, data: Any) -> str:
    """Where in the document, in words: ``item 4 (Pkt. 4), decision 1 (twg-m1-i4-d): outcome``."""
    words = _words(loc, data)
    if not words:
        return "the document"
    *context, last = words
    return (", ".join(context) + ": " + last) if context else last


def place(loc: Pointer, data: Any) -> str:
    """The entry a location is in, in words: ``item 4 (Pkt. 4), decision 1 (twg-m1-i4-d)``."""
    return ", ".join(_words(loc, data)) or "the document"


def _words(loc: Pointer, data: Any) -> list[str]:
    words: list[str] = []
    node = data
    for position, part in enumerate(loc):
        child = None
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            child = node[part]
        elif isinstance(part, str) and isinstance(node, dict):
            child = node.get(part)
        if isinstance(part, int) and position > 0 and isinstance(loc[position - 1], str):
            words[-1] = _entry(str(loc[position - 1]), part, child)
        else:
            words.append(str(part))
        node = child
    return words


_DMY = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*$")
_YMD = re.compile(r"^\s*(\d{4})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})\s*$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "january", "jan"),
            ("februar", "february", "feb"),
            ("marts", "march", "mar"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WORDED = re.compile(r"^\s*(\d{1,2})\.?\s+([a-zA-Z]+)\.?\s+(\d{4})\s*$")


def _real(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(value: Any) -> str | None:
    """The YYYY-MM-DD form of a date written another way (day first, as in Danish), if any.

    ``16/09/2025``, ``16.09.2025``, ``16-9-2025``, ``2025/09/16``, ``16. september 2025``.
    A first number that cannot be a day's month and a second that cannot be a month are read
    month first (``09/16/2025``).
    """
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if match := _DMY.match(text):
        first, second, year = (int(g) for g in match.groups())
        if second > 12 >= first:
            return _real(year, first, second)
        return _real(year, second, first)
    if match := _YMD.match(text):
        year, month, day = (int(g) for g in match.groups())
        return _real(year, month, day)
    if match := _WORDED.match(text):
        named = _MONTHS.get(match.group(2).lower())
        if named is not None:
            return _real(int(match.group(3)), named, int(match.group(1)))
    return None


_TIME = re.compile(r"^\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:,h ]?(\d{2}))?\s*$", re.IGNORECASE)


def hh_mm(value: Any) -> str | None:
    """The HH:MM form of a time written another way: ``14.30``, ``kl. 14.30``, ``9:00``,
    ``1430``, ``14``; an unquoted ``14.30`` arrives as the number 14.3."""
    text = f"{value:.2f}" if isinstance(value, float) else str(value)
    match = _TIME.match(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


DANISH_VALUES: dict[str, tuple[str, ...]] = {
    # Item kinds, as agendas mark them and municipal systems name the case type.
    "b": ("decision",),
    "beslutning": ("decision",),
    "beslutningssag": ("decision",),
    "beslutningspunkt": ("decision",),
    "d": ("discussion",),
    "drøftelse": ("discussion",),
    "drøftelsessag": ("discussion",),
    "drøftelsespunkt": ("discussion",),
    "o": ("information",),
    "orientering": ("information",),
    "orienteringssag": ("information",),
    "orienteringspunkt": ("information",),
    # Meeting status.
    "planlagt": ("planned",),
    "indkaldt": ("invited",),
    "afholdt": ("held",),
    "referat udkast": ("minutes-draft",),
    "udkast til referat": ("minutes-draft",),
    "referat godkendt": ("minutes-approved",),
    "godkendt referat": ("minutes-approved",),
    "aflyst": ("cancelled",),
    # Attendance and capacity.
    "til stede": ("present",),
    "deltog": ("present",),
    "fremmødt": ("present",),
    "fraværende": ("absent",),
    "afbud": ("excused",),
    "medlem": ("member",),
    "gæst": ("guest",),
    "observatør": ("observer",),
    # Place.
    "fysisk": ("physical",),
    "fysisk fremmøde": ("physical",),
    "virtuel": ("virtual",),
    "virtuelt": ("virtual",),
    "online": ("virtual",),
    "teams": ("virtual",),
    # Confidentiality.
    "offentlig": ("public",),
    "åben": ("open", "public"),
    "intern": ("internal",),
    "fortrolig": ("confidential",),
    "lukket": ("closed", "confidential"),
    "lukket punkt": ("confidential",),
    # Decision outcomes and follow-ups.
    "vedtaget": ("adopted",),
    "godkendt": ("adopted",),
    "godkendt med ændringer": ("adopted-with-amendments",),
    "afvist": ("rejected",),
    "udsat": ("deferred",),
    "taget til efterretning": ("noted",),
    "til efterretning": ("noted",),
    "annulleret": ("cancelled",),
}


def enum_value(value: Any, expected: list[str]) -> str | None:
    """The schema's value for a Danish word (or another spelling) of one, if it expects it."""
    text = str(value).strip().lower().replace("_", "-")
    if text in expected:
        return text
    mapped = DANISH_VALUES.get(text.replace("-", " ")) or DANISH_VALUES.get(text) or ()
    return next((value for value in mapped if value in expected), None)


def expected_values(error: dict[str, Any]) -> list[str]:
    """The values an enum error lists (pydantic's ``expected``: "'a', 'b' or 'c'")."""
    return re.findall(r"'([^']*)'", str((error.get("ctx") or {}).get("expected", "")))


def as_id(value: Any) -> str | None:
    """An id made of ``value``: lower case, runs of other characters turned into '-'."""
    slug = re.sub(r"[^a-z0-9_.]+", "-", str(value).lower()).strip("-_.")
    slug = re.sub(r"([-_.])[-_.]+", r"\1", slug)
    return slug or None


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_QUOTE_OPENS_AFTER = frozenset(":-[{,?")
"""A quote starts a quoted scalar only where a value starts: after one of these (and a space),
or at the start of a line; inside a plain scalar (``Bob's item``) it is an ordinary letter."""


def _unclosed_quote(line: str) -> int | None:
    """The 0-based column of a quote that opens a value on ``line`` and is not closed on it."""
    opened: int | None = None
    quote = ""
    previous = ""
    index = 0
    while index < len(line):
        char = line[index]
        if opened is not None:
            if quote == '"' and char == "\\":
                index += 2
                continue
            if char == quote:
                if quote == "'" and line[index + 1 : index + 2] == "'":
                    index += 2
                    continue
                opened = None
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            break
        elif char in "\"'" and (not previous or previous in _QUOTE_OPENS_AFTER):
            opened, quote = index, char
        if char != " ":
            previous = char
        index += 1
    return opened


def _closing_quote(text: str, start: int) -> int | None:
    """Where the quoted scalar opening at ``start`` ends, as the YAML scanner reads it."""
    quote = text[start]
    index = start + 1
    while index < len(text):
        char = text[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and text[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def unclosed_quote(text: str, error_line: int) -> tuple[int, int, str] | None:
    """The line, column (1-based) and quote of a value whose closing quote is missing, when
    that is what made the parser fail at ``error_line``.

    The scanner reads on past the line end to the next quote of that kind (often the opening
    quote of a later value) and fails there, or at the end of the file; so the nearest line
    before the failure that opens a quote it does not close is the mistake, if the quoted text
    it starts runs to the failing line."""
    starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    lines = [
        text[a:b].rstrip("\r\n") for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    for number in range(min(error_line, len(lines)), 0, -1):
        column = _unclosed_quote(lines[number - 1])
        if column is None:
            continue
        end = _closing_quote(text, starts[number - 1] + column)
        end_line = len(lines) if end is None else bisect_right(starts, end)
        if end_line >= error_line - 1:
            return number, column + 1, lines[number - 1][column]
        return None
    return None


def line_at(text: str, number: int) -> str:
    """Line ``number`` (1-based) of ``text`` as YAML counts lines (LF, CR LF or CR), or ''."""
    lines = _LINE_BREAK.split(text)
    return lines[number - 1] if 0 < number <= len(lines) else ""


_PLAIN_WITH_COLON = re.compile(r"^(\s*(?:- +)?)([\w.-]+):[ ]+([^\s\"'|>{\[&*!#].*?: .*?)\s*$")


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (single-quoted when it holds a double quote)."""
    if '"' in text or "\\" in text:
        return "'" + text.replace("'", "''") + "'"
    return f'"{text}"'


def colon_in_plain_value(line: str) -> tuple[int, str] | None:
    """The value's 1-based column and ``title: "Budget: forslag"`` for the line ``title: Budget:
    forslag``: a plain value with ': ' in it reads as a second key, so it goes in quotes."""
    match = _PLAIN_WITH_COLON.match(line)
    if match is None or " #" in match.group(3):
        return None
    return match.start(3) + 1, f"{match.group(2)}: {quoted(match.group(3))}"
