"""Text that lost its line breaks (a PDF's text layer read as one paragraph) back into lines.

'... Dato: 24. februar 2015 Tid: kl Sted: ... Deltager: A, B Afbud: 1. Godkendelse af
dagsorden Dagsorden blev godkendt 2. Godkendelse af referat ...' is split before each header
label and before each item number of the run 1, 2, 3, ... (numbers out of that order, like
'punkt 7.', stay text); items may be written '1.', 'Pkt. 1' or 'Ad 1)', and a run may start
again at 1 (the agenda, then the minutes). A PDF's pages, each starting with its number
('1 Referat ...', '2 11. Eventuelt ...'), are first joined into one run, and 'SIDE 2 AF 5' is
dropped. An item's title then ends where the agenda's title for its number ends, or else where
its minutes start: before a capitalised word (or name) followed by two words in lower case
('Dagsorden blev godkendt', 'Lars Mortensen bød velkommen'), or before a label ('Årsregnskab
2014:'), whichever comes first.
"""

from __future__ import annotations

import re

from docket.workflow.import_minutes import labels

RUN_ON_LENGTH = 300
"""A line longer than this, with numbered items in it, lost its line breaks."""

_LABELS = sorted(
    {*labels.HEADER_FIELDS, *labels.PARTICIPANT_HEADINGS, *labels.ABSENCE_HEADINGS,
     "dagsorden", "agenda"}, key=len
)[::-1]  # fmt: skip
_LABEL = re.compile(r"(?<=\s)(?=(?:" + "|".join(re.escape(w) for w in _LABELS) + r"):)", re.I)
_PEOPLE_LABEL = re.compile(
    r"(?<=\s)(?=(?-i:[A-Z]{3,}\s+)?(?:"
    + "|".join(
        re.escape(w)
        for w in sorted({*labels.PARTICIPANT_HEADINGS, *labels.ABSENCE_HEADINGS}, key=len)[::-1]
    )
    + r"):|Indholdsfortegnelse\s)",
    re.I,
)
"""A list of people's label ('Medlemmer:', 'Fraværende:', with a word in capitals before it:
'STAFF PRESENT:') and the contents' heading that ends
the last list: text that lost its breaks and has no run of items is still split before each
(and not before a field run in, 'Valg af dirigent:')."""
_BARE_PEOPLE_LABEL = re.compile(
    r"(?<=\s)(?=(?:Deltagere|Til stede|Present)\s+[A-ZÆØÅ][\w.-]*\s+[A-ZÆØÅ])"
)
"""'... ROOMS 1 & 2, Present Professor Stuart Palmer (Chair), ...': a list's label without a
colon inside a heading sentence."""
_BARE_LABEL = re.compile(
    r"(?<=\s)(?=Indholdsfortegnelse\s|(?:Deltagere|Dagsorden|Til stede|Present)\s+"
    r"(?:\d{1,2}[.)]\s|[A-ZÆØÅ][\w.-]*\s+[A-ZÆØÅ]))"
)
_BARE_LABEL_HEAD = re.compile(r"^(?P<label>Deltagere|Til stede|Present)\s+(?=[A-ZÆØÅ])")
"""'Dagsorden 1. ...', 'Deltagere Christine Nellemann, ...': a list's label without a colon."""
_TRAILING_AGENDA = re.compile(
    r"\s(?P<label>Dagsorden|Agenda|DAGSORDEN|AGENDA|Indholdsfortegnelse)\s*:?\s*$"
)
"""'... den 27. maj 2014 Dagsorden' before '1. ...': the agenda's heading ends the text."""
_AGENDA_LABEL = re.compile(r"^(?P<label>dagsorden|agenda|indholdsfortegnelse)\s*:?\s+(?=\S)", re.I)
_STYLES = (
    re.compile(r"(?:(?<=\s)|^)(?P<number>\d{1,2})\.\s+(?=[A-ZÆØÅ])"),
    re.compile(r"(?:(?<=\s)|^)(?:[Pp]kt|[Pp]unkt)\.?\s*(?P<number>\d{1,2})\.?\s+(?=[A-ZÆØÅ])"),
    re.compile(r"(?:(?<=\s)|^)[Aa]d\.?\s*(?P<number>\d{1,2})\s*[.):]\s*(?=[A-ZÆØÅ])"),
    re.compile(
        r"(?:(?<=\s)|^)(?P<number>\d{1,4})\s+"
        r"(?=[A-ZÆØÅ]{2,}\s+(?:[A-ZÆØÅ]{2,}|[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå]))"
    ),
)
"""Item numbers as run-on text writes them: '1. Title', 'Pkt. 1 Title', 'Ad 1) Title', and a
council's running number before a title in capitals ('1358 DECLARATIONS OF INTEREST')."""
_WORD_BEFORE = re.compile(r"(?:\b(?:ad|pkt|punkt)\.?)\s*$", re.I)
WORD_BEFORE_CHARS = 8
"""How far before an item number 'Ad', 'Pkt.' or 'Punkt' is looked for."""
_PREFIX = re.compile(r"^(?:(?:pkt|punkt|ad)\.?\s*)?(?P<number>\d{1,2})\s*[.):]?\s+", re.I)
MINUTES_START = re.compile(
    r"\s(?=[A-ZÆØÅ][a-zæøåéü'-][\w-]*(?:\s+[A-ZÆØÅ][a-zæøåéü'-][\w-]*){0,3}"
    r"\s+[a-zæøå][\w-]*\s+[a-zæøå])"
)
_LABEL_START = re.compile(r"\s(?=[A-ZÆØÅ][\w-]*(?:\s+\d+)?:)")
_LEADERS = re.compile(r"\.{3,}\s*(?:[ivxlcdm]+|\d+)\b\s*")
"""A table of contents' dot leaders and page number ('... budget...i 90. ...')."""
_PAGE = re.compile(r"^(?P<page>\d{1,3})\s+(?=\S)")
_PAGE_PHRASE = re.compile(r"\s*\b(?:side|page)\s+\d+\s+(?:af|of)\s+\d+\b", re.I)
CHAIN = 3
"""Item numbers in a row that make a run starting at any number."""
MISSING = 1
"""Numbers a run of items may lack (a PDF's text loses some)."""
TITLE_WORDS = 2
_OPEN_END = re.compile(
    r"\b(?:of|for|and|the|to|in|on|at|by|with|from|a|an|af|og|til|i|på|med|om|fra|ved|av|"
    r"eller|or)$",
    re.I,
)
"""A title never ends with a word that needs one after it ('Apologies for', 'Declarations
of'): the minutes start later ('Apologies for Absence There were ...')."""
"""A title cut from its minutes keeps at least this many words."""


def _join_pages(lines: list[str]) -> list[str]:
    """'1 <page one's text>', '', '2 <page two's text>' -> one line, page numbers dropped."""
    result: list[str] = []
    page, joined = 0, -1
    for line in lines:
        match = _PAGE.match(line.strip())
        first = page == 0 and len(line) > RUN_ON_LENGTH
        if match and int(match["page"]) == page + 1 and (first or page > 0):
            text = line.strip()[match.end() :]
            if page == 0:
                result.append(text)
                joined = len(result) - 1
            else:
                result[joined] = f"{result[joined]} {text}"
            page += 1
            continue
        if line.strip():
            page = -1  # text between the pages: not a PDF's run of pages
        result.append(line)
    return result


def _item_starts(line: str, confirmed: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end of the number, number) of each item in the runs 1, 2, 3, ... of every
    style (one number may be missing: the PDF's text lost it); a run may start again at 1.
    Runs that start elsewhere ('89. ...', '1358 DECLARATIONS ...') count from three numbers
    in a row. Empty unless two items, or item 1 alone after the end of a sentence or list
    ('(referent). 1. Godkendelse af dagsorden ...')."""
    found: set[tuple[int, int, str]] = set()
    for style in _STYLES:
        matches = [
            m
            for m in style.finditer(line)
            if style is not _STYLES[0]
            or not _WORD_BEFORE.search(line[max(0, m.start() - WORD_BEFORE_CHARS) : m.start()])
        ]  # not 'Ad 1.': the number of another style
        wanted = 1
        for match in matches:
            number = int(match["number"])
            gap = MISSING if wanted > 1 else 0  # a run starts at 1 itself
            if wanted <= number <= wanted + gap or (number == 1 and wanted > 2):
                found.add((match.start(), match.end(), match["number"]))
                wanted = number + 1
        if style is _STYLES[0] or style is _STYLES[3]:
            found.update(_chains(matches, confirmed if style is _STYLES[3] else frozenset()))
    return _alone_or_several(line, sorted(found))


def _chains(
    matches: list[re.Match[str]], confirmed: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """Items numbered n, n+1, n+2, ... from any n (three or more, one number may be missing),
    and the first of them listed again (the table of contents, then the items); two in a row
    when the document numbers sub-minutes of the second (``confirmed``: '1508.1' after
    '1507 APOLOGIES ... 1508 DECLARATION OF INTERESTS')."""
    chains: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for match in matches:
        number = int(match["number"])
        if current and 1 <= number - int(current[-1]["number"]) <= MISSING + 1:
            current.append(match)
            continue
        if len(current) >= CHAIN or _confirmed(current, confirmed):
            chains.append(current)
        current = [match]
    if (
        len(current) >= CHAIN
        or _confirmed(current, confirmed)
        or (current and any(c[0]["number"] == current[0]["number"] for c in chains))
    ):
        chains.append(current)
    return [(m.start(), m.end(), m["number"]) for chain in chains for m in chain]


def _confirmed(chain: list[re.Match[str]], confirmed: frozenset[str]) -> bool:
    return len(chain) == CHAIN - 1 and chain[-1]["number"] in confirmed


_SUB_MINUTE = re.compile(r"(?:^|\s)(?P<number>\d{3,4})\.\d{1,2}\s+(?=[A-ZÆØÅ])")
"""'1508.1 Professor ...': a sub-minute of minute 1508, which shows 1508 is a minute's number."""


def _alone_or_several(line: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    if len(found) == 1:
        start = found[0][0]
        before = line[:start].rstrip()
        return found if found[0][2] == "1" and (not before or before[-1] in ".:)") else []
    return found


def _split_labels(text: str) -> list[str]:
    parts: list[str] = []
    for piece in _LABEL.split(text):
        parts.extend(_BARE_LABEL.split(piece))
    trailing = _TRAILING_AGENDA.search(parts[-1]) if parts else None
    if trailing is not None:
        parts[-1:] = [parts[-1][: trailing.start()], trailing["label"]]
    lines: list[str] = []
    for part in (p.strip() for p in parts):
        part = _BARE_LABEL_HEAD.sub(r"\g<label>: ", part)
        agenda = _AGENDA_LABEL.match(part)
        if agenda and not labels.AGENDA_ENTRY.match(part):
            lines.extend([agenda["label"], part[agenda.end() :]])
        elif part:
            lines.append(part)
    return lines


def title_then_minutes(piece: str, agenda_title: str | None) -> list[str]:
    """'1. Godkendelse af dagsorden Dagsorden blev godkendt' -> the heading, the minutes."""
    leaders = _LEADERS.search(piece)
    if leaders is not None:  # a table of contents' entry: its title ends at the leaders
        return [piece[: leaders.start()].strip(), piece[leaders.end() :].strip()]
    number = _PREFIX.match(piece)
    offset = number.end() if number else 0
    rest = piece[offset:]
    if agenda_title and rest.lower().startswith(agenda_title.lower() + " "):
        cut = offset + len(agenda_title)
        return [piece[:cut].strip(), piece[cut:].strip()]
    ends = [
        m.start() + offset
        for pattern in (MINUTES_START, _LABEL_START, labels.GLUED_TEXT)
        for m in pattern.finditer(rest)
        if len(rest[: m.start()].split()) >= TITLE_WORDS
        and not _OPEN_END.search(rest[: m.start()].rstrip())
    ]
    if not ends:
        return [piece]
    cut = min(ends)
    return [piece[:cut].strip(), piece[cut:].strip()]


def _split(line: str, numbered: list[str], confirmed: frozenset[str]) -> list[str] | None:
    line = _PAGE_PHRASE.sub("", line)
    starts = _item_starts(line, confirmed)
    if not starts:  # no run of items ('1. ... 4.': the PDF lost 2 and 3): its lists still
        listed = [
            _BARE_LABEL_HEAD.sub(r"\g<label>: ", piece.strip())
            for part in _PEOPLE_LABEL.split(line)
            for piece in _BARE_PEOPLE_LABEL.split(part)
            if piece.strip()
        ]
        return listed if len(listed) > 1 else None
    result = _split_labels(line[: starts[0][0]])
    stops = [*(s[0] for s in starts[1:]), len(line)]
    pieces = [(n, line[s:stop].strip()) for (s, _, n), stop in zip(starts, stops, strict=True)]
    pieces = _lost_numbers(pieces, numbered)
    agenda: dict[str, str] = {}
    last = {number: index for index, (number, _) in enumerate(pieces)}
    for index, (number, piece) in enumerate(pieces):
        result.append("")
        again = last[number] > index
        if again:  # listed again later: this is the agenda's entry
            head, *rest = _split_labels(piece)
            match = _PREFIX.match(head)
            agenda[number] = head[match.end() :].strip() if match else head
            result.extend([head, *rest])
            continue
        head, *more = _split_labels(piece)
        result.extend(title_then_minutes(head, agenda.get(number)))
        result.extend(more)
    return result


def _without_leaders(lines: list[str]) -> list[str]:
    """A table of contents' entry ends at its dot leaders: the rest is another line."""
    result: list[str] = []
    for line in lines:
        for index, part in enumerate(_LEADERS.split(line)):
            if index:
                result.extend(["", part.strip()])
            else:
                result.append(part)
    return result


def split_run_on(lines: list[str]) -> tuple[list[str], list[str]]:
    """``lines`` with every run-on line split into the lines it lost; and the numbers of the
    items whose number the text lost, numbered here by their order (``_lost_numbers``)."""
    result: list[str] = []
    numbered: list[str] = []
    confirmed = frozenset(m["number"] for line in lines for m in _SUB_MINUTE.finditer(line))
    for line in _join_pages(lines):
        split = _split(line, numbered, confirmed) if len(line) > RUN_ON_LENGTH else None
        result.extend(_without_leaders(split) if split is not None else [line])
    return result, numbered


LOST_TITLE_WORDS = 6
"""A title whose number the text lost, found at the end of the entry before it, is this short."""
_TITLE_START = re.compile(r"(?<=[a-zæøå0-9,])\s+(?=[A-ZÆØÅ](?:[a-zæøå]|\.\s))")
"""Where a title starts after a word in lower case ('... 10. juni Økonomi i forhold til
budget', '... af budget C. V. Bramsnæs Legat')."""


_SENTENCE = re.compile(r"[a-zæøå]{2}\.(?:\s|$)")
"""A full stop after a word in lower case: a sentence, not a title ('C. V.' are initials)."""


def _lost_numbers(pieces: list[tuple[str, str]], numbered: list[str]) -> list[tuple[str, str]]:
    """'3. Godkendelse af referat af møde d. 10. juni Økonomi i forhold til budget 5. ...': the
    run goes 3, 5 and the PDF lost 4, whose title is the last words of 3 that start with a
    capital after a word in lower case. That title becomes item 4 (its number appended to
    ``numbered``, for the draft to say so); when no such title is there, 4 stays missing."""
    result: list[tuple[str, str]] = []
    for index, (number, piece) in enumerate(pieces):
        following = pieces[index + 1][0] if index + 1 < len(pieces) else None
        prefix = _PREFIX.match(piece)
        starts = list(_TITLE_START.finditer(piece, prefix.end() if prefix else 0))
        if following is None or int(following) != int(number) + 2 or not starts:
            result.append((number, piece))
            continue
        start = next(
            (s for s in starts if len(piece[s.end() :].split()) <= LOST_TITLE_WORDS), None
        )  # the first that leaves a short title: 'C. V. Bramsnæs Legat', not 'Legat'
        lost = piece[start.end() :].strip() if start else ""
        kept = piece[: start.start()].strip() if start else piece
        before = kept[prefix.end() :] if prefix else kept
        if not lost or len(before.split()) < TITLE_WORDS or _SENTENCE.search(lost):
            result.append((number, piece))
            continue
        missing = str(int(number) + 1)
        numbered.append(missing)
        result.extend([(number, kept), (missing, f"{missing}. {lost}")])
    return result
