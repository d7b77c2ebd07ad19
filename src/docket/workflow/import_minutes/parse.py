"""Lines of legacy minutes -> their parts: heading fields, agenda, participants, items.

One pass over the lines with a small state machine: a recognised heading (from ``labels``)
switches what the following lines are (agenda entries, participants, absences, an item's
labelled section); every other line is kept where it falls, and lines that fall nowhere are
returned as ``unplaced`` (text before the items that is no field, agenda or list), so that
nothing is silently dropped.

Item headings come in many layouts: 'Pkt. 3 Title', 'Punkt 3', 'Nr.60 - Title', '49. Title',
'01. Title', '1.<spaces>Title', a number alone with the title on the next line. A numbered line
only starts a new item when it reads like a title (no sentence in it, not too long, not in
lower case) and its number comes after the current item's (or the agenda lists it), so that
numbered lists inside an item ('1. at dagsordenen godkendes') stay text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docket.model.meeting import Attendance, ItemKind
from docket.workflow.import_minutes import labels
from docket.workflow.import_minutes.absences import (
    absences_in,
    continues_list,
    leading_names,
    names_on_line,
    not_a_name,
    presences_in,
    sentences,
    without_reason,
)
from docket.workflow.import_minutes.columns import RoleColumn, is_role_line
from docket.workflow.import_minutes.dates import clock_of, find_date, find_times
from docket.workflow.import_minutes.glued import split_glued
from docket.workflow.import_minutes.headings import run_in_labels, short_headings
from docket.workflow.import_minutes.officers import officers_in
from docket.workflow.import_minutes.prose import join_wrapped
from docket.workflow.import_minutes.runon import MINUTES_START, split_run_on
from docket.workflow.import_minutes.scheme import ItemStart, split_items
from docket.workflow.import_minutes.shapes import (
    label_alone,
    labelled_lists,
    list_like,
    names_by_shape,
    split_at_capitals,
)

UNLABELLED = ""
"""The section key of an item's text before its first label."""
CASE = "case"
"""The section key of case facts docket has no field for (``labels.CASE_SECTIONS``)."""


@dataclass
class AgendaEntry:
    number: str
    time: str | None
    lines: list[str]
    points: list[str] = field(default_factory=list)
    """Sub-points listed under the entry ('3.A. Møde med Rigsrevisionen')."""

    @property
    def text(self) -> str:
        return join_wrapped(self.lines)


@dataclass
class ItemText:
    number: str
    heading: list[str]
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    kind: ItemKind | None = None
    closed: bool = False

    @property
    def heading_text(self) -> str:
        return join_wrapped(self.heading)

    @property
    def empty(self) -> bool:
        """No text yet under the heading."""
        return not any(line.strip() for _, lines in self.sections for line in lines)

    def add(self, section: str, line: str) -> None:
        if not self.sections or self.sections[-1][0] != section:
            self.sections.append((section, []))
        self.sections[-1][1].append(line)


@dataclass
class ParsedMinutes:
    fields: dict[str, str] = field(default_factory=dict)
    number: int | None = None
    agenda: list[AgendaEntry] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    absences: list[tuple[Attendance, str]] = field(default_factory=list)
    items: list[ItemText] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    text_dates: list[str] = field(default_factory=list)
    """Every line with a date, for the meeting's date when nothing better gives it."""
    date_lines: list[str] = field(default_factory=list)
    """Lines before the items that give the meeting's date (and maybe its time and place)."""
    bodies_named: list[str] = field(default_factory=list)
    """Where the minutes name the body that met: heading lines, 'UDVALG', 'Beslutning i X'."""
    decision_dates: list[str] = field(default_factory=list)
    arrived: list[str] = field(default_factory=list)
    """Names a list of those present marks as arriving late or leaving early ('(ankom under
    punkt 6)'): they were there, whatever a list of apologies sent beforehand says."""
    roles: dict[str, str] = field(default_factory=dict)
    """'chair'/'secretary' -> the name a participant list marks '(mødeleder)', '(referent)'."""
    place_lines: list[str] = field(default_factory=list)
    """Lines before the items that give only the place ('i Regionsrådssalen, ...', 'held in
    the Village Hall')."""
    numbered_in_order: list[str] = field(default_factory=list)
    """Items whose number the text lost, numbered by their place between two others."""
    text_chars: int = 0
    """Characters of text in the document (blank space aside), to judge how much is unplaced."""
    text: str = ""
    """The document's lines joined, to tell which of two bodies with one name the minutes are
    of by the organisation they name ('Region Sjællands psykiatri')."""

    def agenda_entry(self, number: str) -> AgendaEntry | None:
        return next((e for e in self.agenda if e.number == number), None)

    @property
    def unplaced_chars(self) -> int:
        return sum(len(text) for text in self.unplaced)


def key(line: str) -> str:
    """A line as the label tables compare it."""
    return line.strip().strip("*#_ ").rstrip(":").strip().lower()


def number_key(number: str) -> tuple[int, str]:
    """'3a' -> (3, 'a'), for comparing item numbers."""
    match = re.match(r"(\d+)([a-z]?)", number)
    return (int(match[1]), match[2]) if match else (0, "")


def plain_number(number: str) -> str:
    """'01' -> '1': the number without leading zeros."""
    return number.lstrip("0") or "0"


_FIELD = re.compile(
    r"(?:^|\s)(?P<label>"
    + "|".join(re.escape(k) for k in sorted(labels.HEADER_FIELDS, key=len, reverse=True))
    + r")(?:\s*:\s*|(?<=\sby)\s+(?=[A-ZÆØÅ]))",
    re.I,
)
"""A field's label and its colon; a label ending in 'by' needs none ('Minutes taken by Sandra
Emmerson.')."""


def header_fields(line: str) -> dict[str, str]:
    """'Dato: 24. april 2025 Mødeleder: Bettina Lundgren' -> {date: ..., chair: ...}; empty
    unless the line starts with a field label."""
    stripped = line.strip().strip("*_")
    matches = list(_FIELD.finditer(stripped))
    if not matches or matches[0].start() != 0:
        return {}
    found: dict[str, str] = {}
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(stripped)
        value = stripped[match.end() : end].strip().strip("*_ ").strip()
        found.setdefault(labels.HEADER_FIELDS[match["label"].lower()], value)
    return found


def _labelled(line: str, table: dict[str, str] | tuple[str, ...]) -> tuple[str, str] | None:
    """(label, the text after it) when ``line`` is a label alone or 'Label: text'."""
    whole = key(line)
    if whole in table:
        return whole, ""
    head, colon, rest = line.strip().strip("*#_ ").partition(":")
    if colon and key(head) in table:
        return key(head), rest.strip().strip("*_ ").strip()
    return None


def _is_agenda_heading(line: str) -> bool:
    return any(p.match(key(line)) for p in labels.AGENDA_HEADINGS)


def title_like(title: str) -> bool:
    """Whether the text after an item number reads like a title, not a sentence or a list
    entry ('at dagsordenen godkendes', 'Afbud. Der var afbud fra ...')."""
    text = title.strip()
    words = text.split()
    if not words or not text[0].isalpha() or not text[0].isupper():
        return False
    if len(words) > labels.HEADING_WORDS or labels.SENTENCE_BREAK.search(text):
        return False
    return not text.endswith(".") or len(words) <= 3


class _Reader:
    def __init__(self, unnumbered: bool = False, numbered: bool = False) -> None:
        self.unnumbered = unnumbered
        """Read capitalised run-in headings ('FINANCE. A cheque ...') as items, numbered in
        order: for minutes that number nothing."""
        self.numbered = numbered
        """The items' headings are given (``scheme.split_items``: the document's own
        numbering): no line is read as an item heading by its words."""
        self.minutes = ParsedMinutes()
        self.state = "preamble"
        self.absence = Attendance.EXCUSED
        self.entry: AgendaEntry | None = None
        self.item: ItemText | None = None
        self.section = UNLABELLED
        self.heading_open = False
        self.pending_field: str | None = None
        self.pending_number: str | None = None
        self.pending_strong = False
        self.lines_read = 0
        self.previous: str | None = None
        """The line just before, when no blank line came between."""
        """The pending number had a word before it ('Pkt. 333'): any line may be its title."""
        self.list_return: tuple[str, str] | None = None
        self.deferred: str | None = None
        """A short line after a blank under the agenda's last entry: a group's label when an
        entry follows ('Til behandling - for åbne døre'), else the first line of minutes."""
        self.list_numbers = 0
        """How many numbered lines the current list of people has had ('1. Name', '2. ...')."""
        self.column = RoleColumn()
        """The names of the current block of a list, and the roles printed after them."""
        self.shaped = False
        """The line being read is a list of people found by its shape: it is placed."""
        self.named: set[str] = set()
        """Every name a list has given, as compared when a list is found by its shape."""
        self.read_from: set[str] = set()
        """Lines whose people or times were read ('Mødet blev hævet kl. 15.30.', 'B var
        mødeleder'): placed, though no field holds their words."""
        self.label_before: Attendance | None = None
        """The line before was a list's label alone ('ROLL CALL'): None when it was not, else
        what the label says of those it names (``shapes.label_alone``)."""

    # --- the line dispatcher ---------------------------------------------------------------

    def feed(self, line: str) -> None:
        stripped = line.strip()
        if not stripped:
            self.previous = None
            self.entry = None
            self.heading_open = False
            if self.state == "item" and self.item is not None:
                self.item.add(self.section, "")
            return
        if labels.MARKUP_RESIDUE.match(stripped) or key(stripped) in labels.NAVIGATION:
            return
        unglued = _without_contents_title(stripped)
        self.lines_read += 1
        self.minutes.text_chars += len(unglued)
        absent = absences_in(unglued)
        self.minutes.absences.extend(absent)
        present = presences_in(unglued)
        for role, name in present:
            self._add_person(name, None)
            if role is not None:
                self.minutes.roles.setdefault(role, name)
        self.shaped = self._shaped_lists(unglued)
        times = labels.MEETING_TIMES.search(unglued)
        if times and "time" not in self.minutes.fields:
            clocks = (clock_of(t) for t in (times["start"], times["end"]) if t)
            self.minutes.fields["time"] = " - ".join(c for c in clocks if c)
        if self.state == "preamble" and self.minutes.number is None:
            self._meeting_number(unglued)  # '... mødelokale H 6 Møde nr. 1 Medlemmer: ...'
        held = (
            labels.PLACE_SENTENCE.search(unglued) or labels.PLACE_CALLED_TO_ORDER.search(unglued)
            if self.item is None
            else None
        )
        if held and not self.minutes.place_lines:
            self.minutes.place_lines.append(held["place"].strip(" .,"))
        ending = labels.MEETING_END.search(unglued)
        if ending and "end" not in self.minutes.fields:
            self.minutes.fields["end"] = clock_of(ending["end"]) or ending["end"]
        if absent or present or times or ending:
            self.read_from.add(unglued)
        if find_date(unglued) is not None:
            self.minutes.text_dates.append(unglued)
        prefix = labels.MINUTE_PREFIX.match(unglued)
        own = (
            prefix is not None
            and self.item is not None
            and unglued.split(".", 1)[0] == self.item.number
        )
        # '1508.1 ...' under minute 1508 is its sub-minute, not item 1 of a meeting '1508'
        numbered = unglued if own else labels.MINUTE_PREFIX.sub(r"\g<number>. ", unglued)
        self._dispatch(line if numbered == stripped else numbered)
        self.previous = unglued

    def _dispatch(self, line: str) -> None:
        stripped = line.strip()
        if self.deferred is not None:
            deferred, self.deferred = self.deferred, None
            if self.state == "agenda" and labels.AGENDA_ENTRY.match(stripped):
                self._unplace(deferred)  # a group of the agenda ('Til behandling - ...')
            else:
                self._agenda_was_items(deferred)
        if self._pending(stripped):
            return
        if self._listed_number(stripped) or self._present_line(stripped):
            return
        if not self.numbered and self._heading_by_words(stripped):
            return
        if self._region_heading(line):
            return
        if not self.numbered and (
            self._numbered_heading(stripped) or self._running_heading(stripped)
        ):
            return
        if self.state in ("participants", "absences") and not self._list_line(stripped):
            self._end_list()
            self._dispatch(line)
            return
        if self.state == "item":
            self._item_line(line)
        elif labels.LEGEND.match(stripped) or self._heading_line(stripped):
            return
        elif self.state == "agenda" or (
            self.state == "preamble" and (m := labels.AGENDA_ENTRY.match(stripped)) and m["time"]
        ):
            self._agenda_line(stripped)
        elif self.state in ("participants", "absences") or self.shaped:
            return
        else:
            self._unplace(stripped)

    def _shaped_lists(self, line: str) -> bool:
        """People in lists found by their shape ('COUNCIL PRESENT: Mayor A, Councilmembers B
        and C.', a label alone above 'Mayor Wise, Deputy Mayor Brosnan, ...'): whether the
        line gave any."""
        found = labelled_lists(line)
        if self.label_before is not None and not found:
            names = names_by_shape(line, whole=True)
            if names is not None:
                found.append((self.label_before, names))
                if self.minutes.unplaced and self.minutes.unplaced[-1] == self.previous:
                    self.minutes.unplaced.pop()  # the label: placed with its list
        self.label_before = label_alone(line)
        for listed, names in found:
            attendance = None if listed == Attendance.PRESENT else listed
            for name in names:
                if not self._known(name):
                    self._add_person(name, attendance)
        return bool(found)

    def _known(self, name: str) -> bool:
        return without_reason(name.strip()).rstrip(".").casefold() in self.named

    def _heading_by_words(self, stripped: str) -> bool:
        """An item's heading in one of the layouts the reader knows ('Pkt. 3', 'Sag nr. 129'
        under its title, '• 301. ...', 'Ad 3.'), before lists' labels are looked for."""
        if self._number_below_title(stripped) or self._capitalised_heading(stripped):
            return True
        bullet = labels.BULLET.match(stripped)
        if bullet and self._bulleted_heading(stripped[bullet.end() :]):
            return True
        return self._item_reference(stripped) or self._item_heading(stripped)

    def feed_start(self, start: ItemStart) -> None:
        """An item's heading the document's numbering gives (``scheme.split_items``)."""
        if self.state in ("participants", "absences"):
            self._end_list()
        self.previous = None
        self.lines_read += 1
        self.minutes.text_chars += len(start.title)
        self._start_item(start.number, start.title)
        self.heading_open = False

    def _agenda_was_items(self, stripped: str) -> None:
        """Text after a blank line under the last entry: the 'agenda' was the items."""
        last = self.minutes.agenda.pop()
        self._start_item(last.number, last.text)
        self._item_line(stripped)

    def finish(self) -> ParsedMinutes:
        """The minutes read, with a line held back to see what follows it placed."""
        if self.deferred is not None:
            self._agenda_was_items(self.deferred)
            self.deferred = None
        return self.minutes

    def _unplace(self, stripped: str) -> None:
        if stripped in self.read_from:
            return  # its people or times were read: placed there
        self.minutes.unplaced.append(stripped)

    def _pending(self, stripped: str) -> bool:
        """The value of a label alone on the line before, or the title of a number alone."""
        if self.pending_number is not None:
            number, self.pending_number = self.pending_number, None
            label = _labelled(stripped, labels.SECTIONS)
            listing = self.state == "agenda" and self.minutes.agenda_entry(number) is None
            page = _is_agenda_heading(stripped) or any(
                p.match(stripped) for p in (labels.BARE_NUMBER, labels.NUMBERED_HEADING)
            )  # '52' then '1. Godkendelse af dagsorden': a page number, then the minutes
            if listing and not page:
                self._agenda_line(f"{number}. {stripped}")  # '6.' / its title: an entry
                return True
            if _is_agenda_heading(stripped) or listing:
                pass  # '53' / 'Indholdsfortegnelse lukket møde': a page number, then contents
            elif title_like(stripped) or (self.pending_strong and label is None):
                self._start_item(number, stripped)
                return True
        if self.pending_field is not None:
            name, self.pending_field = self.pending_field, None
            if name != "meeting":
                self._fields({name: stripped})
            return True
        return False

    # --- items ---------------------------------------------------------------------------

    def _start_item(self, number: str, title: str) -> None:
        title, text = _title_and_text(title)
        self.item = ItemText(plain_number(number), [title])
        self.minutes.items.append(self.item)
        self.state, self.section, self.heading_open = "item", UNLABELLED, True
        self.list_return = None
        if text:
            self.item.add(UNLABELLED, text)
            self.heading_open = False

    def _listed_number(self, stripped: str) -> bool:
        """'2. Lars Weiss (A)' in a list of people: a person, not item 2."""
        if self.state not in ("participants", "absences"):
            return False
        match = labels.NUMBERED_HEADING.match(stripped)
        if match is None or not continues_list(match["title"]):
            return False
        if key(match["title"]) in {*labels.ABSENCE_HEADINGS, *labels.PARTICIPANT_HEADINGS}:
            return False  # '1. Apologies for Absence' after a list: an item, not a person
        if plain_number(match["number"]) != str(self.list_numbers + 1):
            return False  # '02. Disclosure of Interests' after a list: the next item
        self.list_numbers += 1
        return self._list_line(match["title"])

    def _bulleted_heading(self, text: str) -> bool:
        """'• Pkt. 332 Beslutninger om dagsordenen', '• 301. Åben dagsorden': a heading in a
        bulleted list (a web page's folding list of items)."""
        if labels.ITEM_HEADING.match(text) is None and labels.NUMBERED_HEADING.match(text) is None:
            return False
        return self._item_heading(text) or self._numbered_heading(text)

    def _number_below_title(self, stripped: str) -> bool:
        """'Spørgetid' / 'Sag nr. 129': the line above was the title of item 129."""
        match = labels.NUMBER_BELOW_TITLE.match(stripped)
        if match is None or self.previous is None or not title_like(self.previous):
            return False
        number = plain_number(match["number"])
        if self.item is not None and number_key(number) <= number_key(self.item.number):
            return False
        title = self.previous
        if self.item is not None and self.item.sections and self.item.sections[-1][1]:
            lines = self.item.sections[-1][1]
            if lines[-1].strip() == title:
                lines.pop()
        elif self.minutes.unplaced and self.minutes.unplaced[-1] == title:
            self.minutes.unplaced.pop()
        self._start_item(number, title)
        return True

    def _present_line(self, stripped: str) -> bool:
        """'Councillors D Risk (Chairman), P Summers and K Churchill' before the items."""
        match = labels.PRESENT_LINE.match(stripped) if self.item is None else None
        if match is None:
            return False
        listed = _people_on_one_line(match["names"])
        for name in listed:
            self._add_person(name, None)
        for role, name in _role_marks(match["names"]):
            self.minutes.roles.setdefault(role, name)
        if len(listed) == 1 and continues_list(listed[0]) and "," not in listed[0]:
            self._begin_list("participants")  # 'Present: A (AB)', then one name a line
        return True

    def _capitalised_heading(self, stripped: str) -> bool:
        """'FINANCE. A cheque was signed ...', 'APOLOGIES FOR ABSENCE were received from ...':
        a run-in heading in capitals starts the next item, when the minutes number nothing."""
        if not self.unnumbered or self.state in ("participants", "absences"):
            return False
        match = labels.CAPITALISED_HEADING.match(stripped)
        if match is None or key(match["title"]) in labels.DOCUMENT_TITLES:
            return False
        if sum(c.isalpha() for c in match["title"]) < CAPITALISED_LETTERS:
            return False
        if list_like(match["rest"]):
            return False  # 'ATTENDANCE Crs W Devlin, W Attwood ...': a list's label
        self._start_item(str(len(self.minutes.items) + 1), match["title"])
        self.heading_open = False
        run_in = match["rest"][:1].islower() or match["rest"][:1] == "("
        self._item_line(stripped if run_in else match["rest"])  # 'THE MINUTES were read'
        return True

    def _item_reference(self, stripped: str) -> bool:
        """'Ad 3. Åben drøftelse.': the minutes of item 3 of the agenda listed before."""
        match = labels.ITEM_REFERENCE.match(stripped)
        if match is None:
            return False
        number = plain_number(match["number"])
        item = next((i for i in self.minutes.items if i.number == number), None)
        if item is None:
            entry = self.minutes.agenda_entry(number)
            if entry is None:
                return False
            item = ItemText(number, [entry.text])
            self.minutes.items.append(item)
        self.item, self.state, self.section, self.heading_open = item, "item", UNLABELLED, False
        self.list_return = None
        if match["text"].strip(" -") and key(match["text"]) != key(item.heading_text):
            item.add(UNLABELLED, match["text"])
        return True

    def _item_heading(self, stripped: str) -> bool:
        match = labels.ITEM_HEADING.match(stripped.strip("#*_ "))
        if not match or not match["title"].strip(" -\u2013\u2014"):
            return False
        title = match["title"].strip(" -\u2013\u2014")
        if self.item is not None and not self._comes_next(match["number"], title):
            return False
        entry = self.minutes.agenda_entry(plain_number(match["number"]))
        if entry is not None and title[0].islower() and not _same_start(title, entry.text):
            return False  # 'Pkt. 333 udsættes.': a sentence about item 333
        if title[0].islower() and title.endswith(".") and len(title.split()) <= SENTENCE_WORDS:
            return False
        self._start_item(match["number"], title)
        return True

    def _comes_next(self, number: str, title: str) -> bool:
        """Whether item ``number`` can follow the current item (the same number repeated with
        the same title is the heading printed twice, and is dropped)."""
        assert self.item is not None
        if number_key(number) <= number_key(self.item.number):
            return False
        listed = [e.number for e in self.minutes.agenda]
        if listed:
            return plain_number(number) in listed
        return number_key(number)[0] <= number_key(self.item.number)[0] + 20

    def _numbered_heading(self, stripped: str) -> bool:
        text = stripped.strip("#*_ ")
        bare = labels.BARE_NUMBER.match(text)
        item = self.item
        if bare and item is not None and item.empty and plain_number(bare["number"]) == item.number:
            return True  # 'Pkt. 332' again under the heading '• Pkt. 332 ...'
        if bare:
            if self.item is None or number_key(bare["number"]) > number_key(self.item.number):
                self.pending_number = bare["number"]
                self.pending_strong = not text[:1].isdigit()
                return True
            return False
        match = labels.NUMBERED_HEADING.match(text)
        if match is None:
            return False
        number, title = plain_number(match["number"]), match["title"].strip()
        if self.item is not None and number == self.item.number:
            # the heading printed twice is dropped; another line with its number is text
            return key(title) == key(self.item.heading_text)
        timed = labels.AGENDA_ENTRY.match(text)
        listing = self.state == "agenda" or (self.state == "preamble" and timed and timed["time"])
        if listing and self.minutes.agenda_entry(number) is None:
            return False  # an agenda line: handled by _agenda_line
        listed = self.minutes.agenda_entry(number)
        known = listed is not None and key(title) == key(listed.text)
        glued = None if title_like(title) or known else self._glued_heading(number, title)
        if not title_like(title) and not known and glued is None:
            return False
        if self.item is not None and not self._comes_next(number, title):
            return False
        self._start_item(number, glued[0] if glued else title)
        if glued is not None and self.item is not None:
            self.item.add(UNLABELLED, glued[1])
            self.heading_open = False
        return True

    def _glued_heading(self, number: str, title: str) -> tuple[str, str] | None:
        """'4. Fællesspisning fredag 9 Nov. Vi mødes ...': a title with its minutes on its line,
        when the number is the next item's exactly (a list inside an item's text is not): the
        title and the text, or None."""
        paragraph = re.search(rf"(?:^|\s){re.escape(number)}\.\d{{1,2}}\.?\s+[A-ZÆØÅ]", title)
        if len(title.split()) > GLUED_LINE_WORDS or paragraph is not None:
            return None  # a line that lost its breaks, or its paragraphs '1.1. ...': scheme.py's
        head, text = _title_and_text(title)
        if not text and title.endswith("."):
            starts = (
                m for m in MINUTES_START.finditer(title) if len(title[: m.start()].split()) > 1
            )
            start = next(starts, None)  # 'Ny Lokalplan og videre proces Vi diskuterede det.'
            head, text = (title[: start.start()], title[start.end() :]) if start else (title, "")
        expected = number_key(self.item.number)[0] + 1 if self.item is not None else 1
        if text and title_like(head.rstrip(".")) and number_key(number) == (expected, ""):
            return head.strip(), text.strip()
        return None

    def _running_heading(self, stripped: str) -> bool:
        """'1358 DECLARATIONS OF INTEREST FROM MEMBERS': a council's running minute number and
        a title in capitals."""
        match = labels.RUNNING_HEADING.match(stripped)
        if match is None or self.state in ("participants", "absences"):
            return False
        if self.item is not None and not self._comes_next(match["number"], match["title"]):
            return False
        self._start_item(match["number"], match["title"])
        return True

    def _item_line(self, line: str) -> None:
        assert self.item is not None
        stripped = line.strip()
        if key(stripped) == key(self.item.heading_text) and (self.heading_open or self.item.empty):
            return  # the title repeated under its heading
        if self.item.empty and key(stripped) in labels.CLOSED_MARKERS:
            self.item.closed = True
            return
        if self.item.empty and key(stripped) in labels.OPEN_MARKERS:
            return
        decision = labels.DECISION_LABEL.match(key(stripped)) or labels.DECISION_CAPTION.match(
            key(stripped)
        )
        if decision:
            self.section, self.heading_open = "decisions", False
            owner = decision.groupdict().get("owner")
            self.minutes.bodies_named.append(decision["body"] or (owner or "")[:-1])
            self.minutes.decision_dates.append(decision["date"])
            return
        section = _labelled(line, labels.SECTIONS)
        word = key(line)
        if section is not None:
            self.section, self.heading_open = labels.SECTIONS[section[0]], False
            if section[1]:
                self.item.add(self.section, section[1])
            return
        case = _labelled(line, labels.CASE_SECTIONS)
        if case is not None:
            self.section, self.heading_open = CASE, False
            value = case[1]
            if value and key(value) in labels.KIND_MARKERS:
                self.item.kind = labels.KIND_MARKERS[key(value)]
            self.item.add(
                CASE, f"{stripped.split(':')[0].strip()}:" + (f" {value}" if value else "")
            )
            return
        if len(word) > 1 and word in labels.KIND_MARKERS and self.section in (UNLABELLED, CASE):
            self.item.kind, self.heading_open = labels.KIND_MARKERS[word], False
            return
        if self.heading_open and self._continues_heading(stripped):
            self.item.heading.append(line)
            return
        self.heading_open = False
        self.item.add(self.section, line)

    def _continues_heading(self, stripped: str) -> bool:
        """A wrapped item heading: a 'v/Name' line, or words the agenda's title still lacks."""
        assert self.item is not None
        if labels.PRESENTER.match(stripped):
            return True
        entry = self.minutes.agenda_entry(self.item.number)
        if entry is None:
            return False
        return len(self.item.heading_text.split()) < len(entry.text.split())

    # --- lists of people -----------------------------------------------------------------

    def _region_heading(self, line: str) -> bool:
        if _is_agenda_heading(line) and self.item is None:
            self.state, self.entry = "agenda", None
            return True
        found = _labelled(line, labels.PARTICIPANT_HEADINGS)
        if found is not None:
            self._begin_list("participants")
            listed, sentence = _list_then_sentence(found[1])
            for name in _people_on_one_line(listed):
                self._add_person(name, None)
            if sentence:
                self._unplace(sentence)
            return True
        absence = _labelled(line, tuple(labels.ABSENCE_HEADINGS))
        if absence is not None:
            self._begin_list("absences")
            self.absence = labels.ABSENCE_HEADINGS[absence[0]]
            partly, rest = _partly_absent(absence[1])
            self.minutes.arrived.extend(partly)  # away for one item only: they were there
            for name in _people_on_one_line(rest):
                self._add_person(name, self.absence)
            return True
        return False

    def _begin_list(self, state: str) -> None:
        if self.state not in ("participants", "absences"):
            self.list_return = (self.state, self.section)
        self._end_column()
        self.state = state
        self.list_numbers = 0

    def _end_column(self) -> None:
        """The chair and secretary a column of roles beside the names gives."""
        if self.state == "participants":
            for role, name in self.column.officers().items():
                self.minutes.roles.setdefault(role, name)
        self.column = RoleColumn()

    def _end_list(self) -> None:
        self._end_column()
        self.state, self.section = self.list_return or ("preamble", UNLABELLED)
        if self.state == "item" and self.item is None:
            self.state = "preamble"
        self.list_return = None

    def _list_line(self, stripped: str) -> bool:
        """A line of a participant or absence list: a name first, or a group's label."""
        fields = header_fields(stripped)
        if fields and set(fields) <= {"chair", "secretary"} and self.state == "participants":
            self._fields(fields)  # 'Formand: Anna Hansen' among those present: one of them
            return True
        if fields:
            return False  # 'Dato: 3. maj': a field of the heading, not a member
        if labels.GROUP_LABEL.match(stripped):
            self._end_column()
            return True
        text = labels.BULLET.sub("", stripped).strip()
        if self.column.roles or (len(self.column.names) >= 2 and is_role_line(text)):
            self.column.roles.append(text)  # 'Chair/GP' after the names: the roles' column
            return True
        if not continues_list(text):
            return False
        attendance = self.absence if self.state == "absences" else None
        for name in _people_on_one_line(text):
            self.column.names.append(name)
            self._add_person(name, attendance)
        for role_name in _role_marks(text):
            self.minutes.roles.setdefault(*role_name)
        if attendance is None:
            self.minutes.arrived.extend(_arrivals(text))
        return True

    def _add_person(self, text: str, attendance: Attendance | None) -> None:
        stated = labels.ATTENDANCE_AFTER_NAME.match(text.strip())
        if stated is not None:  # 'Lars Gaardhøj: Deltog', 'A: Afbud (Stedfortræder B)'
            status = stated["status"].lower()
            attendance = (
                Attendance.EXCUSED
                if status in labels.EXCUSED_STATUS
                else Attendance.ABSENT
                if status in labels.ABSENT_STATUS
                else None
            )
            text = stated["name"]
            substitute = labels.SUBSTITUTE_IN_NOTE.search(stated["rest"])
            if substitute is not None and attendance is not None:
                self._add_person(substitute["name"], None)
        marked = _ABSENCE_MARK.search(text)
        if marked is not None and attendance is None:  # 'A (O), 1. næstformand- afbud'
            text, attendance = text[: marked.start()], Attendance.EXCUSED
        text = without_reason(text.strip()).rstrip(".")
        if not text or not_a_name(text):
            return
        self.named.add(text.casefold())
        if attendance is None:
            self.minutes.participants.append(text)
        else:
            self.minutes.absences.append((attendance, text))

    # --- the heading of the document -------------------------------------------------------

    def _heading_line(self, stripped: str) -> bool:
        """Fields, the meeting number and the document's title, before the items."""
        if self.state == "preamble":
            alone = key(stripped)
            if alone in labels.HEADER_FIELDS or alone in labels.FIELD_ALONE_ONLY:
                self.pending_field = labels.HEADER_FIELDS.get(alone, "meeting")
                return True
        fields = header_fields(stripped)
        if fields:
            self._fields(fields)
            return True
        if key(stripped) in labels.DOCUMENT_TITLES:
            return True
        if self.state != "preamble":
            return False
        if self.minutes.number is None and self._meeting_number(stripped):
            self.minutes.bodies_named.append(stripped)
            self._date_or_title_line(stripped)
            return True
        return self._date_or_title_line(stripped) or self._title_line(stripped)

    def _fields(self, fields: dict[str, str]) -> None:
        for name, value in fields.items():
            if name in ("chair", "secretary"):
                value = value.removesuffix(".")  # 'Minutes taken by Sandra Emmerson.'
            self.minutes.fields.setdefault(name, value)
            if name == "committee":
                self.minutes.bodies_named.append(value)
            if name == "number":
                self._meeting_number(f"møde {value}")
            elif name in ("date", "time") and self.state == "preamble":
                self._meeting_number(value)  # 'Dato: 3. maj 2024, møde nr. 3'

    def _meeting_number(self, text: str) -> bool:
        """The meeting's number, where a line before the items states it ('Møde nr. 3',
        '3. møde', 'Meeting 12'); not a line about another meeting ('referat fra forrige
        møde nr. 2')."""
        match = labels.MEETING_NUMBER.search(text)
        if match is None or labels.PREVIOUS_MEETING.search(text) or self.minutes.number:
            return False
        self.minutes.number = int(match["number"] or match["ordinal"])
        return True

    def _title_line(self, stripped: str) -> bool:
        """The document's title ('Byrådet - Referat', 'Minutes of the Parish Council
        Meeting', 'Board Meeting in Public' among its first lines): a short line with a word
        naming the document, or a meeting near the top, no sentence in it, before the items."""
        words = stripped.split()
        heading = self.lines_read <= HEADING_LINES and labels.MEETING_WORDS.search(stripped)
        return (
            (labels.TITLE_WORDS.search(stripped) is not None or bool(heading))
            and len(words) <= labels.TITLE_LINE_WORDS
            and not stripped[:1].isdigit()
            and not stripped.endswith(".")
            and labels.SENTENCE_BREAK.search(stripped) is None
        )

    def _date_or_title_line(self, stripped: str) -> bool:
        """A line before the items with the meeting's date, or its time alone ('Kl. 18.00 -
        20.30'); a heading line may name the body (kept for matching; unplaced unless dated)."""
        heading = self.lines_read <= HEADING_LINES or labels.MEETING_WORDS.search(stripped)
        if heading and len(stripped.split()) <= HEADING_WORDS:
            self.minutes.bodies_named.append(stripped)
        after_date = self.previous is not None and self.previous in self.minutes.date_lines
        if find_date(stripped) is not None:
            self.minutes.date_lines.append(stripped)
            return True
        if labels.MEETING_END.search(stripped) or labels.MEETING_TIMES.search(stripped):
            return False
        start, _ = find_times(stripped)
        if start is not None and len(stripped.split()) <= 6 and "time" not in self.minutes.fields:
            self.minutes.fields["time"] = stripped
            return True
        if start is not None and labels.MEETING_WORDS.search(stripped):
            self.minutes.date_lines.append(stripped)  # 'held on Monday 12th September at 7pm'
            return True
        place = labels.PLACE_LINE.match(stripped) if after_date else None
        if place is None and len(stripped.split()) <= HEADING_WORDS:
            place = labels.PLACE_HELD.search(stripped)
        if place is not None:
            self.minutes.place_lines.append(place["place"].strip(" .,"))
            return True
        return False

    def _agenda_line(self, stripped: str) -> None:
        match = labels.AGENDA_ENTRY.match(stripped)
        if match:
            self.entry = AgendaEntry(plain_number(match["number"]), match["time"], [match["title"]])
            self.minutes.agenda.append(self.entry)
            self.state = "agenda"
        elif self.entry is not None and not self.minutes.items and _section_label(stripped):
            self._agenda_was_items(stripped)  # 'Decision: Approved.' under an entry: minutes
        elif self.entry is not None and labels.BULLET.match(stripped):
            self.entry.points.append(labels.BULLET.sub("", stripped))
        elif self.entry is not None:
            self.entry.lines.append(stripped)
        elif self.minutes.agenda and not self.minutes.items and title_like(stripped):
            self.deferred = stripped  # a group's label, if an agenda entry follows
        elif self.minutes.agenda and not self.minutes.items:
            self._agenda_was_items(stripped)
        else:
            self._unplace(stripped)


def _section_label(line: str) -> bool:
    """Whether ``line`` is an item's section label ('Beslutning', 'Decision: Approved.')."""
    return _labelled(line, labels.SECTIONS) is not None or bool(
        labels.DECISION_LABEL.match(key(line))
    )


def _same_start(one: str, other: str) -> bool:
    return key(one).split()[:1] == key(other).split()[:1]


def _title_and_text(title: str) -> tuple[str, str]:
    """'Økonomi: Regnskab og budget er ved at blive færdiggjort ...' -> the title before the
    colon and the minutes after it, when a short title leads a sentence; 'Fællesspisning
    fredag 9 Nov. Vi mødes ...' -> the first sentence and the rest; 'Godkendelse af dagsorden
    Godkendt' -> the title and the outcome glued to it (``labels.GLUED_TEXT``)."""
    head, colon, rest = title.partition(":")
    if colon and 1 <= len(head.split()) <= TITLE_BEFORE_COLON and len(rest.split()) >= 3:
        return head.strip(), rest.strip()
    sentence = labels.SENTENCE_BREAK.search(title)
    if sentence is not None:
        return title[: sentence.start() + 3].strip(), title[sentence.end() - 1 :].strip()
    glued = labels.GLUED_TEXT.search(title) or labels.EMPTY_AT_END.search(title)
    if glued is not None:
        return title[: glued.start()].strip(), title[glued.end() :].strip(" |")
    note = _NOTE_THEN_SENTENCE.search(title)
    if note is not None:  # 'Welcome/Apologies (as above) Chair Betty Wright welcomed everyone'
        return title[: note.start() + 1].strip(), title[note.end() :].strip()
    return title, ""


_NOTE_THEN_SENTENCE = re.compile(r"\)\s+(?=[A-ZÆØÅ]\w*(?:\s+\S+){3,}$)(?=.*\s[a-zæøå]{3,})")
"""A note in brackets that ends a title, and a sentence of four words or more after it."""


CAPITALISED_LETTERS = 5
"""A capitalised run-in heading has at least this many letters ('FINANCE', not 'CIL')."""
HEADING_LINES = 8
HEADING_WORDS = 20
"""The document's first lines, or a line that names a meeting, this short, are its heading:
only there (and in fields and decision labels) do the minutes name the body that met."""
SENTENCE_WORDS = 4
"""'Pkt. 333 udsættes.': a short lower-case sentence after an item number is not a title."""
GLUED_LINE_WORDS = 40
"""A numbered line longer than this is no title with its text, but text that lost its breaks."""
TITLE_BEFORE_COLON = 6
"""At most this many words before a colon make a title with its minutes after it."""


_AFTER_NOTE = re.compile(r"(?<=\))\s+(?=[A-ZÆØÅ])")


_PAGE_AFTER = re.compile(r"(?<=[^\W\d])\s+\d{1,3}$")
"""'Peer Wille-Jørgensen 1': the number of the page a list ends on, in text that lost its breaks
(no name ends with a number)."""


_ABSENCE_MARK = re.compile(r"\s*(?:-|\u2013|,|\()\s*(?:afbud|apologies|apology)\)?\s*$", re.I)
"""An entry of those present marked as away at its end: 'Peter Jacobsen (O), 1. næstformand-
afbud', 'Jorun Bech (A)- afbud', 'Ann Berg (apologies)'."""


def _list_then_sentence(text: str) -> tuple[str, str]:
    """'A (Office), B (Office) and C (Office) The Chair informed the Board ...' (a PDF's text
    that lost its breaks): the list of names, and the sentence after it, which starts after
    the bracket that closes the last entry's note (not inside a name: 'C Hansen samt fra')."""
    for start in MINUTES_START.finditer(text):
        head = text[: start.start()].strip()
        if head.endswith(")") and names_on_line(head) is not None:
            return head, text[start.start() :].strip()
    return text, ""


_PLURAL_TITLE = re.compile(r"\b(?:Councillors|Cllrs|Clrs|Crs|Councilmembers)\s+[A-ZÆØÅ]")
"""A title in the plural before surnames: the line is a list of names, not one entry
('Name, title, organisation': 'Jacob Lind-Galsgaard, IT-arkitekt, Digitalisering og IT')."""


def _people_on_one_line(text: str) -> list[str]:
    """'Afbud: A, B og C' -> [A, B, C]; 'Name, title, org; Name, ...' -> one entry each; names
    listed with nothing between them, one each (``glued.split_glued``)."""
    if not text.strip():
        return []
    if ";" in text:
        return [part.strip() for part in text.split(";") if part.strip()]
    listed = names_on_line(text)
    if listed is None and len(labels.HONORIFIC.findall(text)) >= 2:
        # 'Cllr A Buckfield (Mayor) Cllr A Brooker Cllr C Evans': a title before each name;
        # the list ends with its sentence ('... were in attendance. Mr D Thomas ...')
        first = sentences(text)[0]
        parts = [
            entry
            for part in labels.HONORIFIC.split(first)
            for entry in _AFTER_NOTE.split(part)  # 'Joy Mogensen (formand) Ole Christiansen'
            if entry.strip(" ,.")
        ]
        listed = [leading_names(part.split(",")[0].strip()) for part in parts]
    plural = listed is None and _PLURAL_TITLE.search(text) is not None
    shaped = names_by_shape(text, whole=True) if plural else None
    if shaped is not None and len(shaped) >= 3:  # 'Councillors Au, Batik (from ...), ...'
        listed = shaped
    entries = listed or [_PAGE_AFTER.sub("", text.strip())]
    # 'Lars Fredsted Michael Lunn Björn Varenius': names with nothing between them
    return [name for entry in entries for name in (split_glued(entry) or [entry])]


def _without_contents_title(stripped: str) -> str:
    """'Indholdsfortegnelse1. Fraværende' -> '1. Fraværende' (a web page glued them)."""
    lowered = stripped.lower()
    for word in labels.CONTENTS_WORDS:
        rest = stripped[len(word) :]
        if lowered.startswith(word) and rest[:1].isdigit():
            return rest
    return stripped


_ROLE_MARK = re.compile(r"(?P<name>[A-ZÆØÅ][^,()]*?)\s*\((?P<role>[^()]+)\)")


def _role_marks(text: str) -> list[tuple[str, str]]:
    """('secretary', 'Dennis Krabbe Sørensen') for '... Dennis Krabbe Sørensen (referent)'."""
    found: list[tuple[str, str]] = []
    for match in _ROLE_MARK.finditer(text):
        role = labels.ROLE_MARKERS.get(match["role"].strip().lower())
        if role is not None:
            name = re.split(r"\s(?:og|and)\s", match["name"])[-1].strip()
            found.append((role, name))
    return found


_SPACES = re.compile(r"\s{2,}")
_COLUMN_GAP = re.compile(r" {4,}")
_COLUMN_LABEL = re.compile(r"[A-ZÆØÅ][\w ]{1,30}:(?:\s|$)")


_MARGIN_PAGE = re.compile(r"^\s{30,}\d{1,3}\s*$")
"""A page's number printed at the right margin (PDF text keeps its indent): no item's."""


def _within_brackets(lines: list[str]) -> list[str]:
    """Lines without page numbers at the margin, and a line the page wrapped inside a bracket
    ('Councillors Au, Batik (from 6.35pm and until' / '9.46pm), Campbell ...') joined with
    the next, which closes it."""
    result: list[str] = []
    for line in lines:
        if _MARGIN_PAGE.match(line):
            result.append("")
            continue
        last = result[-1] if result else ""
        if last.count("(") > last.count(")") and line.strip() and ")" in line:
            result[-1] = f"{last.rstrip()} {line.strip()}"
        else:
            result.append(line)
    return result


_GLUED_CONTENTS = re.compile(r"(?<=\S)(?=(?:Indholdsfortegnelse|Contents)\b)")
"""'Egon Bo (I)Indholdsfortegnelse åbent møde', '53Indholdsfortegnelse lukket møde': a web
page glued the contents' title to the line before (its last name, a page number)."""


def _columns(line: str) -> list[str]:
    """A line of two columns, the second a field ('PCs A, B          Minutes Secretary: C'),
    as two lines; a gap before anything else is only spacing. (Split, not searched: linear
    on a line of 50,000 spaces.)"""
    parts = _COLUMN_GAP.split(line)
    found = [parts[0]]
    for part in parts[1:]:
        if _COLUMN_LABEL.match(part) and found[-1].strip():
            found.append(part)
        else:
            found[-1] = f"{found[-1]} {part}"
    return found


_FOR_ITEM = re.compile(
    r"\s+(?:ved|under|til|fra)\s+(?:sag|punkt|pkt\.?)\s*(?:nr\.?\s*)?\d+[a-z]?\b\.?\s*", re.I
)


def _partly_absent(text: str) -> tuple[list[str], str]:
    """'Charlotte Fischer ved sag nr. 6 Hans Andersen ved sag nr. 6 Peer Wille-Jørgensen' ->
    (['Charlotte Fischer', 'Hans Andersen'], 'Peer Wille-Jørgensen'): those named before 'ved
    sag nr. N' were away for that item only; the rest of the list were absent."""
    partly: list[str] = []
    start = 0
    for match in _FOR_ITEM.finditer(text):
        partly.extend(_people_on_one_line(text[start : match.start()]))
        start = match.end()
    return partly, text[start:]


_ARRIVAL = re.compile(
    r"(?P<name>[A-ZÆØÅ][^,()]*?)\s*\((?i:ankom|kom|forlod|gik|arrived|left)\b[^()]*\)"
)


def _arrivals(text: str) -> list[str]:
    """'Susanne Møller (ankom under behandlingen af punkt 6)' -> ['Susanne Møller']."""
    return [re.split(r"\s(?:og|and)\s", m["name"])[-1].strip() for m in _ARRIVAL.finditer(text)]


def parse_minutes(lines: list[str]) -> ParsedMinutes:
    """The parts of ``lines``. Runs of spaces become one first: no pattern then meets a long
    run, which keeps every pattern linear on hostile input (a line of 50,000 spaces)."""
    split, numbered = split_run_on(
        [
            _SPACES.sub(" ", piece)
            for line in _within_brackets(lines)
            for part in _columns(line)
            for piece in _GLUED_CONTENTS.split(part)
        ]
    )
    minutes = _structure(split)
    minutes.numbered_in_order = numbered
    minutes.text = " ".join(split)
    for role, name in officers_in(split).items():
        minutes.roles.setdefault(role, name)
    return minutes


def _structure(split: list[str]) -> ParsedMinutes:
    """The first reading that finds items: by words, by the document's own numbering, by
    headings in capitals, by shape."""
    reader = _Reader()
    for line in split:
        reader.feed(line)
    minutes = reader.finish()
    if minutes.items or minutes.agenda:
        return minutes
    own = split_items(split)
    if own is not None:
        return _read_parts(own)
    unnumbered = _Reader(unnumbered=True)
    for line in split_at_capitals(split):
        unnumbered.feed(line)
    again = unnumbered.finish()
    if again.items:
        return again
    shaped = short_headings(split) or run_in_labels(split)
    if shaped is None:
        return minutes
    return _read_parts(shaped)


def _read_parts(parts: list[str | ItemStart]) -> ParsedMinutes:
    """Lines whose item headings are given (``ItemStart``), read with no heading by words."""
    numbered = _Reader(numbered=True)
    for part in parts:
        if isinstance(part, ItemStart) and part.listed:
            numbered.minutes.agenda.append(AgendaEntry(part.number, None, [part.title]))
        elif isinstance(part, ItemStart):
            numbered.feed_start(part)
        else:
            numbered.feed(part)
    return numbered.finish()
