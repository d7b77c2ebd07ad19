"""Lines of legacy minutes -> their parts: heading fields, agenda, participants, items.

One pass over the lines with a small state machine: a recognised heading (from ``labels``)
switches what the following lines are (agenda entries, participants, absences, an item's
labelled section); every other line is kept where it falls, and lines that fall nowhere are
returned as ``unplaced`` so that nothing is silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docket.model.meeting import Attendance, ItemKind
from docket.workflow.import_minutes import labels
from docket.workflow.import_minutes.prose import join_wrapped

UNLABELLED = ""
"""The section key of an item's text before its first label."""


@dataclass
class AgendaEntry:
    number: str
    time: str | None
    lines: list[str]

    @property
    def text(self) -> str:
        return join_wrapped(self.lines)


@dataclass
class ItemText:
    number: str
    heading: list[str]
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    kind: ItemKind | None = None

    @property
    def heading_text(self) -> str:
        return join_wrapped(self.heading)

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

    def agenda_entry(self, number: str) -> AgendaEntry | None:
        return next((e for e in self.agenda if e.number == number), None)


def key(line: str) -> str:
    """A line as the label tables compare it."""
    return line.strip().strip("*#_ ").rstrip(":").strip().lower()


_FIELD = re.compile(
    r"(?:^|\s)(?P<label>"
    + "|".join(re.escape(k) for k in sorted(labels.HEADER_FIELDS, key=len, reverse=True))
    + r")\s*:\s*",
    re.I,
)


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


class _Reader:
    def __init__(self) -> None:
        self.minutes = ParsedMinutes()
        self.state = "preamble"
        self.absence = Attendance.EXCUSED
        self.entry: AgendaEntry | None = None
        self.item: ItemText | None = None
        self.section = UNLABELLED
        self.heading_open = False

    def feed(self, line: str) -> None:
        stripped = line.strip()
        if not stripped:
            self.entry = None
            self.heading_open = False
            if self.state == "item" and self.item is not None:
                self.item.add(self.section, "")
            return
        if self._item_heading(stripped) or self._region_heading(line):
            return
        if self.state == "item":
            self._item_line(line)
        elif labels.LEGEND.match(stripped) or self._heading_line(stripped):
            return
        elif self.state == "agenda" or (
            self.state == "preamble" and (m := labels.AGENDA_ENTRY.match(stripped)) and m["time"]
        ):
            self._agenda_line(stripped)
        elif self.state == "participants":
            self.minutes.participants.append(stripped)
        elif self.state == "absences":
            self.minutes.absences.append((self.absence, stripped))
        else:
            self.minutes.unplaced.append(stripped)

    def _item_heading(self, stripped: str) -> bool:
        match = labels.ITEM_HEADING.match(stripped.strip("#*_ "))
        if not match:
            return False
        self.item = ItemText(match["number"], [match["title"]])
        self.minutes.items.append(self.item)
        self.state, self.section, self.heading_open = "item", UNLABELLED, True
        return True

    def _region_heading(self, line: str) -> bool:
        if _is_agenda_heading(line):
            self.state, self.entry = "agenda", None
            return True
        found = _labelled(line, labels.PARTICIPANT_HEADINGS)
        if found is not None:
            self.state = "participants"
            if found[1]:
                self.minutes.participants.extend(p.strip() for p in found[1].split(";"))
            return True
        absence = _labelled(line, tuple(labels.ABSENCE_HEADINGS))
        if absence is not None:
            self.state, self.absence = "absences", labels.ABSENCE_HEADINGS[absence[0]]
            if absence[1]:
                self.minutes.absences.extend((self.absence, p) for p in absence[1].split(";"))
            return True
        return False

    def _heading_line(self, stripped: str) -> bool:
        """Fields, the meeting number and the document's title, before the items."""
        fields = header_fields(stripped)
        if fields:
            for name, value in fields.items():
                self.minutes.fields.setdefault(name, value)
            return True
        if key(stripped) in labels.DOCUMENT_TITLES:
            return True
        number = labels.MEETING_NUMBER.search(stripped)
        if number and self.minutes.number is None and self.state == "preamble":
            self.minutes.number = int(number["number"])
            return True
        return False

    def _agenda_line(self, stripped: str) -> None:
        match = labels.AGENDA_ENTRY.match(stripped)
        if match:
            self.entry = AgendaEntry(match["number"], match["time"], [match["title"]])
            self.minutes.agenda.append(self.entry)
            self.state = "agenda"
        elif self.entry is not None:
            self.entry.lines.append(stripped)
        else:
            self.minutes.unplaced.append(stripped)

    def _item_line(self, line: str) -> None:
        assert self.item is not None
        stripped = line.strip()
        section = _labelled(line, labels.SECTIONS)
        word = key(line)
        if section is not None:
            self.section, self.heading_open = labels.SECTIONS[section[0]], False
            if section[1]:
                self.item.add(self.section, section[1])
            return
        if len(word) > 1 and word in labels.KIND_MARKERS and self.section == UNLABELLED:
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


def parse_minutes(lines: list[str]) -> ParsedMinutes:
    reader = _Reader()
    for line in lines:
        reader.feed(line)
    return reader.minutes
