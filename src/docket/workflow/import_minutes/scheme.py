"""The document's own item numbering, inferred from its text rather than known by its words.

Minutes number their items in many ways: '3.', '3)', '1.1' and '2.0', '4.01)', a case number
by year ('43/08'), a minute reference ('GBP/2122/214:', its last number), letters ('a.'),
roman numerals ('IV.'), 'Item 3', 'Agenda item 3', '§ 3', 'Pkt. 3', 'Punkt 3', 'Ad 3'. Every
scheme's candidates are found in every line (also inside a line that lost its breaks); a
candidate is kept when the text after it starts like a title (a capital, not a whole
sentence), or a number alone on its line has such a title on the next line ('1.1' above
'DECLARATIONS OF INTEREST'). Each scheme's candidates then make chains in document order,
each number following the one before (one number may be lost, a sub-number may follow its
number: '1.1', '1.2', '2.0'); the longest chain of any scheme is the document's items, and
when two chains are as long the later one wins (an agenda listed at the top, then the same
numbers again as the headings of the minutes). A coarser scheme wins over a finer one whose
numbers only add sub-numbers to it ('1.', '1.1.', '2.' ...: the items are '1.', '2.').

Every pattern is anchored at a space or a line's start and bounded in length, and the chains
are built in one pass with a dictionary of the best chain ending at each number, so the whole
is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from docket.workflow.import_minutes import labels
from docket.workflow.import_minutes.runon import title_then_minutes

_START = r"(?:(?<=[\s(])|^)"
_TITLE = r"(?=[\"'\u201c\u2018]?[A-ZÆØÅÄÖÜÞ])"
_PATTERNS: dict[str, re.Pattern[str]] = {
    "case": re.compile(_START + r"(?P<number>\d{1,3})/(?P<year>\d{2})\s+" + _TITLE),
    "reference": re.compile(
        _START + r"[A-Z]{2,6}\s*/\s*(?:\d{2,4}\s*/\s*)?(?P<number>\d{1,4})\s*[:.]?\s+" + _TITLE
    ),
    "word": re.compile(
        _START + r"(?:Agenda [Ii]tem|AGENDA ITEM|Item|ITEM|§|Pkt\.?|PKT\.?|Punkt|PUNKT|Ad|AD)"
        r"\s*(?P<number>\d{1,3})(?:[.):]|\s[-\u2013])?\s+" + _TITLE
    ),
    "decimal": re.compile(
        _START + r"(?P<number>\d{1,3}(?:\.\d{1,2})?)(?P<mark>[.):]|\s[-\u2013])?"
        r"(?:\s+" + _TITLE + r"|\s*$)"
    ),
    "letter": re.compile(_START + r"(?P<number>[a-z])[.)]\s+" + _TITLE),
    "roman": re.compile(_START + r"(?P<number>[ivx]{1,4}|[IVX]{1,4})[.)]\s+" + _TITLE),
}
"""The schemes, most specific first (a tie between two schemes goes to the earlier)."""
LONG_CHAIN = {"letter": 3, "roman": 3}
"""Letters and roman numerals make items only from this many in a row (initials do not)."""
SHORTEST = 2
"""Fewer headings than this are no numbering."""
TITLE_BELOW_WORDS = 12
"""A title on the line under its number has at most this many words."""
_ROMAN = {"i": 1, "v": 5, "x": 10}
_SCHEDULE = re.compile(r"\s[-\u2013]?\s*\d{1,2}[:.]\d{2}\b")
"""'AOB and close - 16:55 to 17:00 - MI': the title ends where the time span begins."""
_SENTENCE_END = re.compile(r"[a-zæøå0-9)]{2}[.!?](?:\s|$)")


@dataclass(frozen=True)
class Heading:
    """An item's heading found in the text: where it is and what it numbers."""

    line: int
    start: int
    """Where the number starts in its line."""
    end: int
    """Where the text after the number starts."""
    number: str
    key: tuple[int, int]
    scheme: str
    below: bool = False
    """The number is alone on its line and its title is the next line."""


def _key(scheme: str, match: re.Match[str]) -> tuple[int, int]:
    number = match["number"]
    if scheme == "case":
        return (int(match["year"]) * 1000 + int(number), 0)
    if scheme == "letter":
        return (ord(number) - ord("a") + 1, 0)
    if scheme == "roman":
        values = [_ROMAN[c] for c in number.lower()]
        total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                    for i, v in enumerate(values))  # fmt: skip
        return (total, 0)
    whole, _, part = number.partition(".")
    return (int(whole), int(part) if part else 0)


def _shown(scheme: str, match: re.Match[str]) -> str:
    """The number as the item keeps it: '43' for '43/08', '4.01', '2.0', '4' for '4:', a
    letter's or a roman numeral's place ('c)', 'III.' -> '3')."""
    number: str = match["number"]
    if scheme in ("letter", "roman"):
        return str(_key(scheme, match)[0])  # 'c)', 'III.' -> '3': the schema's numbers
    if "." in number:
        return number
    return number.lstrip("0") or "0"


def _candidates(lines: list[str]) -> tuple[dict[str, list[Heading]], dict[int, list[int]]]:
    found: dict[str, list[Heading]] = {name: [] for name in _PATTERNS}
    found["integer"] = []
    starts: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        for scheme, pattern in _PATTERNS.items():
            for match in pattern.finditer(line):
                key = _key(scheme, match)
                if scheme == "decimal" and not match["mark"] and match.start() > 0:
                    continue  # a bare number inside text ('page 2 Ingen ...') is no heading
                heading = Heading(index, match.start(), match.end(), _shown(scheme, match), key,
                                  scheme)  # fmt: skip
                found[scheme].append(heading)
                starts.setdefault(index, []).append(match.start())
                if scheme == "decimal" and "." not in match["number"]:
                    found["integer"].append(heading)
    ordered = {index: sorted(set(s)) for index, s in starts.items()}
    kept: dict[str, list[Heading]] = {}
    for scheme, headings in found.items():
        kept[scheme] = []
        for heading in headings:
            if _starts_title(lines[heading.line], heading, ordered[heading.line]):
                kept[scheme].append(heading)
            elif _title_below(lines, heading):
                kept[scheme].append(replace(heading, below=True))
    return kept, ordered


def _title_below(lines: list[str], heading: Heading) -> bool:
    """Whether a number alone on its line has a title on the next ('1.1' / 'DECLARATIONS OF
    INTEREST'): a capitalised line of a few words with no sentence in it."""
    if lines[heading.line][heading.end :].strip() or heading.start != 0:
        return False
    following = lines[heading.line + 1].strip() if heading.line + 1 < len(lines) else ""
    words = following.split()
    return (
        bool(words)
        and following[0].isupper()
        and len(words) <= TITLE_BELOW_WORDS
        and labels.SENTENCE_BREAK.search(following) is None
        and not following.endswith(".")
    )


def segment(line: str, heading: Heading, starts: list[int]) -> str:
    """The text after a heading's number, up to the next number of any scheme on its line
    (a number inside the heading's own, 'GBP/2122/ 216:', is none)."""
    after = bisect.bisect_left(starts, heading.end)
    stop = starts[after] if after < len(starts) else len(line)
    return line[heading.end : stop].strip()


def _starts_title(line: str, heading: Heading, starts: list[int]) -> bool:
    """Whether the text after a number starts like a title: not a whole sentence ('1.1. Alan
    Yates welcomed members ... at 10:20.'), not a sentence within its first words."""
    text = segment(line, heading, starts)
    words = text.split()
    if not words:
        return False
    one_sentence = labels.SENTENCE_BREAK.search(text) is None
    if (
        one_sentence
        and len(words) <= labels.HEADING_WORDS
        and text.endswith(".")
        and len(words) > 3
    ):
        return False
    first = " ".join(words[:4])
    return labels.SENTENCE_BREAK.search(first) is None


def _chain(headings: list[Heading]) -> list[Heading]:
    """The longest chain of ``headings`` in document order, each number following the one
    before (one number may be lost); of two as long, the one that ends later."""
    best: dict[tuple[int, int], int] = {}
    """The candidate index of the longest chain ending at a number."""
    best_major: dict[int, int] = {}
    length: list[int] = []
    previous: list[int | None] = []
    for index, heading in enumerate(headings):
        major, minor = heading.key
        options = [best.get((major, minor - 1)), best.get((major, minor - 2))] if minor else []
        options += [best_major.get(major - 1), best_major.get(major - 2)]
        if minor:
            options.append(best.get((major, 0)))
        linked = [o for o in options if o is not None]
        before = max(linked, key=lambda o: (length[o], o)) if linked else None
        length.append(length[before] + 1 if before is not None else 1)
        previous.append(before)
        held = best.get(heading.key)
        if held is None or length[held] <= length[index]:
            best[heading.key] = index
        held = best_major.get(major)
        if held is None or length[held] <= length[index]:
            best_major[major] = index
    if not headings:
        return []
    last: int | None = max(range(len(headings)), key=lambda i: (length[i], i))
    chain: list[Heading] = []
    while last is not None:
        chain.append(headings[last])
        last = previous[last]
    return chain[::-1]


@dataclass(frozen=True)
class ItemStart:
    """Where an item starts in the lines ``split_items`` gives: its number and title."""

    number: str
    title: str
    listed: bool = False
    """An entry of the agenda listed above the items (the same numbers, before the first)."""


def split_items(lines: list[str]) -> list[str | ItemStart] | None:
    """``lines`` with each item's heading made an ``ItemStart`` and the text after it a line
    of its own (a line that lost its breaks is cut before each heading); None when the text
    has no numbering of its own."""
    candidates, starts = _candidates(lines)
    scheme, chosen = _item_headings(candidates)
    if not chosen:
        scheme, chosen = "decimal", _lone_heading(candidates["decimal"], lines)
    if not chosen:
        return None
    by_line: dict[int, list[Heading]] = {}
    for heading in chosen:
        by_line.setdefault(heading.line, []).append(heading)
    keys = {h.key for h in chosen}
    agenda = {
        h.line: h
        for h in candidates[scheme]
        if h.line < chosen[0].line and h.start == 0 and h.key in keys
    }
    result: list[str | ItemStart] = []
    titles_below = {h.line + 1 for h in chosen if h.below}
    for index, line in enumerate(lines):
        if index in titles_below:
            continue  # the title of the number on the line above, given with it
        entry = agenda.get(index) if len(agenda) >= SHORTEST else None
        if entry is not None and segment(line, entry, starts[index]) == line[entry.end :].strip():
            result.append(ItemStart(entry.number, line[entry.end :].strip(), listed=True))
            continue
        headings = by_line.get(index)
        if headings is None:
            result.append(line)
            continue
        if line[: headings[0].start].strip():
            result.append(line[: headings[0].start].strip())
        stops = [*(h.start for h in headings[1:]), len(line)]
        for heading, stop in zip(headings, stops, strict=True):
            if heading.below:
                result.append(ItemStart(heading.number, lines[index + 1].strip()))
                continue
            after = line[heading.end : stop].strip()
            title, text = split_heading(after, segment(line, heading, starts[index]))
            result.append(ItemStart(heading.number, title))
            if text:
                result.append(text)
    return result


def _lone_heading(candidates: list[Heading], lines: list[str]) -> list[Heading]:
    """The one numbered heading of minutes that hold one item: a line of its own with the
    number and a title in capitals ('21.44 ELECTION OF CHAIR OF THE COUNCIL'); none when
    more than one line looks so, or the title has a word in lower case."""
    lone = [
        h
        for h in candidates
        if h.start == 0 and not h.below and _CAPITALS_TITLE.fullmatch(lines[h.line][h.end :])
    ]
    return lone if len(lone) == 1 else []


_CAPITALS_TITLE = re.compile(
    r"\s*[A-ZÆØÅ][A-ZÆØÅ'\u2019&,-]*(?:\s+[A-ZÆØÅ&][A-ZÆØÅ'\u2019&,-]*)+\s*:?\s*"
)
"""A title in capitals of two words or more, alone on its line."""


def _item_headings(candidates: dict[str, list[Heading]]) -> tuple[str, list[Heading]]:
    """(the scheme, the headings of the document's items) by the numbering it uses most (no
    headings when no scheme gives two in a row)."""
    chains = {scheme: _chain(h) for scheme, h in candidates.items()}
    integer, decimal = chains["integer"], chains.pop("decimal")
    majors = {h.key[0] for h in integer}
    if len(integer) < SHORTEST or not {h.key[0] for h in decimal} <= majors:
        chains["integer"] = decimal  # '1.1.' only numbers paragraphs when '1.' numbers items
        candidates["integer"] = candidates["decimal"]
    usable = {
        scheme: chain
        for scheme, chain in chains.items()
        if len(chain) >= LONG_CHAIN.get(scheme, SHORTEST)
    }
    if not usable:
        return "integer", []
    scheme = max(usable, key=lambda name: len(usable[name]))
    return scheme, usable[scheme]


def split_heading(after: str, text: str) -> tuple[str, str]:
    """(title, the item's text) of the text ``after`` a heading's number, of which ``text``
    is the start up to the next number of any scheme: the title is all of ``text`` when that
    reads like a title, else it ends where a schedule's time span ('- 16:30 to 16:35') or the
    minutes start."""
    title = _title_of(text)
    return title, after[len(title) :].strip(" -\u2013")


def _title_of(text: str) -> str:
    schedule = _SCHEDULE.search(text)
    if schedule is not None and len(text[: schedule.start()].split()) >= 2:
        return text[: schedule.start()].strip(" -\u2013")
    if len(text.split()) <= labels.HEADING_WORDS and labels.SENTENCE_BREAK.search(text) is None:
        return text
    title = title_then_minutes(text, None)[0]
    end = _SENTENCE_END.search(title)
    return title[: end.start() + 2] if end is not None else title
