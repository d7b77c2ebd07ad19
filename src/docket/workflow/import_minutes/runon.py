"""Text that lost its line breaks (a PDF's text layer read as one paragraph) back into lines.

'... Dato: 24. februar 2015 Tid: kl Sted: ... Deltager: A, B Afbud: 1. Godkendelse af
dagsorden Dagsorden blev godkendt 2. Godkendelse af referat ...' is split before each header
label and before each item number of the run 1, 2, 3, ... (numbers out of that order, like
'punkt 7.', stay text). An item's title then ends where its minutes start: before a
capitalised word followed by two words in lower case ('Dagsorden blev godkendt'), or before a
label ('Årsregnskab 2014:'), whichever comes first.
"""

from __future__ import annotations

import re

from docket.workflow.import_minutes import labels

RUN_ON_LENGTH = 300
"""A line longer than this, with at least two numbered items in it, lost its line breaks."""

_LABELS = sorted(
    {*labels.HEADER_FIELDS, *labels.PARTICIPANT_HEADINGS, *labels.ABSENCE_HEADINGS}, key=len
)[::-1]
_LABEL = re.compile(r"(?<=\s)(?=(?:" + "|".join(re.escape(w) for w in _LABELS) + r"):)", re.I)
_NUMBER = re.compile(r"(?<=\s)(?P<number>\d{1,2})\.\s+(?=[A-ZÆØÅ])")
_PREFIX = re.compile(r"^\d{1,2}\.\s+")
_MINUTES_START = re.compile(r"\s(?=[A-ZÆØÅ][\w-]*\s+[a-zæøå][\w-]*\s+[a-zæøå])")
_LABEL_START = re.compile(r"\s(?=[A-ZÆØÅ][\w-]*(?:\s+\d+)?:)")


def _item_starts(line: str) -> list[int]:
    """Where the items 1, 2, 3, ... start, in order; empty unless there are two or more."""
    starts: list[int] = []
    wanted = 1
    for match in _NUMBER.finditer(line):
        if int(match["number"]) == wanted:
            starts.append(match.start())
            wanted += 1
    return starts if len(starts) >= 2 else []


def _title_then_minutes(piece: str) -> list[str]:
    """'1. Godkendelse af dagsorden Dagsorden blev godkendt' -> the heading, the minutes."""
    number = _PREFIX.match(piece)
    offset = number.end() if number else 0
    ends = [
        m.start() + offset
        for pattern in (_MINUTES_START, _LABEL_START)
        if (m := pattern.search(piece[offset:]))
    ]
    if not ends:
        return [piece]
    cut = min(ends)
    return [piece[:cut].strip(), piece[cut:].strip()]


def split_run_on(lines: list[str]) -> list[str]:
    """``lines`` with every run-on line split into the lines it lost."""
    result: list[str] = []
    for line in lines:
        starts = _item_starts(line) if len(line) > RUN_ON_LENGTH else []
        if not starts:
            result.append(line)
            continue
        head = line[: starts[0]]
        result.extend(part.strip() for part in _LABEL.split(head) if part.strip())
        for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
            result.append("")
            result.extend(_title_then_minutes(line[start:end].strip()))
    return result
