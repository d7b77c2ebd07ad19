"""Parsed minutes + the repository -> a draft meeting record and what a person must confirm.

The draft is valid as written (it refers only to ids that exist), so ``docket check`` can judge
it at once; what the importer could not know (decisions it did not find, people it does not
know, the minutes' status) is listed in comments at the top of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from docket.corpus import Corpus
from docket.errors import DocketError
from docket.model.body import Role
from docket.model.meeting import Confidentiality, DecisionOutcome, ItemKind, PlaceMode
from docket.slug import slug
from docket.workflow.import_minutes import labels
from docket.workflow.import_minutes.dates import (
    find_date,
    find_date_after,
    find_place_after_time,
    find_times,
    time_of,
)
from docket.workflow.import_minutes.ids import bounded_id
from docket.workflow.import_minutes.outcomes import (
    decision_sentences,
    follow_up_owner,
    follow_up_sentences,
    forward_sentences,
    is_deferred,
    kind_from_wording,
)
from docket.workflow.import_minutes.parse import CASE, UNLABELLED, ItemText, ParsedMinutes
from docket.workflow.import_minutes.people import (
    ParticipantLine,
    PeopleIndex,
    normalise,
    split_title,
)
from docket.workflow.import_minutes.prose import to_text
from docket.workflow.new_meeting import meeting_id, meeting_path
from docket.workflow.write import record_text

TEXT_FIELDS = ("recommendation", "minutes", "background", "proposed_solution", "next_steps")
UNPLACED_SHARE = 0.2
"""More than this share of the document's text placed nowhere makes the draft incomplete."""


def item_slug(title: str) -> str:
    """The part of an item's id made from its title: up to four words, no stopwords."""
    return slug(title, max_words=4, drop_stopwords=True) or "item"


class DraftError(DocketError):
    """The minutes lack what a record cannot do without (the message says what)."""


@dataclass
class Draft:
    meeting_id: str
    path: str
    record: CommentedMap
    confirm: list[str] = field(default_factory=list)
    incomplete: str | None = None
    """Why the draft cannot be trusted as a record (no items, much text unplaced), or None."""
    people: list[tuple[str, str | None]] = field(default_factory=list)
    """Every person the minutes list, as written, with their attendance (None: present)."""
    officers: dict[str, str] = field(default_factory=dict)
    """The chair and secretary as the minutes name them ('chair' -> 'Lars Mortensen')."""
    owners: dict[str, list[str]] = field(default_factory=dict)
    """Each item's follow-up owners as the minutes name them, by item number."""

    @property
    def items(self) -> int:
        return len(self.record.get("items", []))

    @property
    def decisions(self) -> int:
        return sum(len(item.get("decisions", [])) for item in self.record.get("items", []))

    def text(self) -> str:
        warning = [f"INCOMPLETE: {self.incomplete}"] if self.incomplete else []
        header = [
            *warning,
            "Draft imported by 'docket import': confirm these points, then delete this list.",
            *(f"- {line}" for line in self.confirm),
        ]
        return record_text(self.path, "meeting", self.record, header)


@dataclass(frozen=True)
class _Heading:
    """An item title with its kind marker and presenter text taken off."""

    title: str
    kind: ItemKind | None
    presenter: str | None
    closed: bool = False
    """The title says the item is closed to the public ('Økonomi (lukket punkt)')."""

    @classmethod
    def parse(cls, text: str) -> _Heading:
        presenter = None
        match = labels.PRESENTER.search(text)
        if match:
            presenter, text = match["who"].strip(), text[: match.start()]
        text = _without_full_stop(text.strip().rstrip(labels.DASHES + ":;").strip())
        kind, closed = None, False
        marker = labels.KIND_MARKER.search(text)
        word = marker["marker"].strip().lower() if marker else None
        if key_of(text) in labels.CLOSED_MARKERS:
            closed = True  # 'Lukket punkt.': the title of an item the public may not see
        elif marker and word in labels.CLOSED_MARKERS:
            closed = True
        elif marker and (word in labels.KIND_MARKERS or not word):
            kind = labels.KIND_MARKERS.get(word or "")
        if marker and (closed or word in labels.KIND_MARKERS or not word):
            text = text[: marker.start()].strip().rstrip(labels.DASHES + ":;").strip()
        return cls(text, kind, presenter, closed)


ABBREVIATION_LETTERS = 4
"""'Evt.', 'mv.': a last word this short keeps its full stop; 'Apologies.' loses it."""


def key_of(title: str) -> str:
    """A title as a marker is written: lower case, without its full stop."""
    return " ".join(title.lower().rstrip(".").split())


def _without_full_stop(title: str) -> str:
    words = title.split()
    if title.endswith(".") and words and len(words[-1]) > ABBREVIATION_LETTERS + 1:
        return title[:-1]
    return title


_JOINT_OWNERS = re.compile(r"\s*/\s*(?=[A-ZÆØÅ])")
"""Owners named jointly: 'SL/NS to contact the supplier' is SL's and NS's task."""


def _flow(mapping: dict[str, Any]) -> CommentedMap:
    result = CommentedMap(mapping)
    result.fa.set_flow_style()
    return result


def _text(value: str) -> str:
    return LiteralScalarString(value) if "\n" in value else value


class _Builder:
    def __init__(self, parsed: ParsedMinutes, corpus: Corpus, body: str, day: date) -> None:
        self.parsed, self.corpus, self.body, self.day = parsed, corpus, body, day
        self.people = PeopleIndex(corpus.people)
        self.confirm: list[str] = []
        self.present: set[str] = set()
        self.number = parsed.number
        self.meeting_id = (
            meeting_id(corpus, body, self.number) if self.number else f"{body}-{day.isoformat()}"
        )
        self.ids: set[str] = set()
        self.suffixes: dict[str, int] = {}
        self.read_people: list[tuple[str, str | None]] = []
        self.owners: dict[str, list[str]] = {}

    # --- people --------------------------------------------------------------------------

    def _capacity(self, person: str) -> str:
        located = self.corpus.bodies.get(self.body)
        members = located.obj.members_on(self.day) if located else []
        return "member" if any(m.person == person for m in members) else "guest"

    def participants(self) -> CommentedSeq:
        result = CommentedSeq()
        unknown: list[str] = []
        by_name: dict[str, tuple[str | None, str]] = {}
        for line in self.parsed.participants:
            by_name.setdefault(normalise(ParticipantLine.parse(line).name), (None, line))
        officers: dict[str, str] = {}
        for role in (Role.CHAIR, Role.SECRETARY):
            text = self._officer_text(role)
            name = normalise(ParticipantLine.parse(text).name) if text else ""
            # 'Wise' of 'Mayor Wise called ...' is the listed 'Mayor Wise', not another person
            same = next((n for n in by_name if name and (n == name or n.endswith(f" {name}"))), "")
            if same:
                officers.setdefault(same, role.value)
            elif name:
                officers.setdefault(name, role.value)
                by_name[name] = (None, text or "")  # the chair and secretary were there
        came = {normalise(name) for name in self.parsed.arrived}
        for absence, line in self.parsed.absences:
            name = normalise(ParticipantLine.parse(line).name)
            # an absence says more than a list of members, but not than 'ankom kl. 17'
            if by_name.get(name, (None, ""))[0] is None and name not in came:
                by_name[name] = (absence.value, line)
        listed = [entry for name, entry in by_name.items() if name]
        self.read_people = [(ParticipantLine.parse(line).name, a) for a, line in listed]
        for attendance, line in listed:
            entry = ParticipantLine.parse(line)
            person = self.people.match(entry.name)
            if person is None:
                notes = ", ".join(
                    n for n in (officers.get(normalise(entry.name)), entry.details) if n
                )
                unknown.append(f"{entry.name}" + (f" ({notes})" if notes else ""))
                continue
            if person in {p["person"] for p in result}:
                continue
            participant: dict[str, Any] = {"person": person}
            if self._capacity(person) != "member":
                participant["capacity"] = self._capacity(person)
            if attendance is not None:
                participant["attendance"] = attendance
            else:
                self.present.add(person)
            result.append(_flow(participant))
        if unknown:
            self.confirm.append(
                "not in governance/people.yaml (add them there, then under participants): "
                + "; ".join(unknown)
            )
        located = self.corpus.bodies.get(self.body)
        listed_ids = {p["person"] for p in result}
        missing = [
            self.corpus.name_of(m.person)
            for m in (located.obj.members_on(self.day) if located else [])
            if m.person not in listed_ids
        ]
        if missing:
            self.confirm.append(
                "members of the body not listed as present or absent: " + ", ".join(missing)
            )
        return result

    def _officer_text(self, role: Role) -> str | None:
        """How the minutes name the chair or secretary ('Formand: ...', '(referent)')."""
        return self.parsed.fields.get(role.value) or self.parsed.roles.get(role.value)

    def officer_names(self) -> dict[str, str]:
        """The chair and secretary as the minutes name them (not the body's by default)."""
        names = {role.value: self._officer_text(role) for role in (Role.CHAIR, Role.SECRETARY)}
        return {r: ParticipantLine.parse(t).name for r, t in names.items() if t}

    def officer(self, role: Role) -> str | None:
        """The chair or secretary the minutes name, else the body's on that day. One the
        registry lacks is listed with the participants to add (``participants``)."""
        text = self._officer_text(role)
        name = ParticipantLine.parse(text).name if text else None
        found = self.people.match_presenter(name) if name else None
        if found is not None:
            return found[0]
        if text:
            return None
        holders = self.corpus.holders(self.body, role, self.day)
        if len(holders) == 1:
            self.confirm.append(
                f"the minutes do not name the {role.value}: {self.corpus.name_of(holders[0])} "
                "is taken from the body's memberships"
            )
            return holders[0]
        return None

    # --- place ---------------------------------------------------------------------------

    def place(self) -> CommentedMap | None:
        text = (
            self.parsed.fields.get("place")
            or next(filter(None, (_place_in(line) for line in self.parsed.date_lines)), None)
            or next(iter(self.parsed.place_lines), None)
            or next(filter(None, (_address_in(line) for line in self.parsed.date_lines)), None)
            or next(filter(None, (_platform_in(line) for line in self.parsed.date_lines)), None)
        )
        if not text:
            self.confirm.append("no place was found: add 'place:'")
            return None
        lowered = text.lower()
        platform = next((p for p in labels.PLATFORMS if p.lower() in lowered), None)
        virtual = platform is not None or any(w in lowered for w in labels.VIRTUAL_WORDS)
        hybrid = any(w in lowered for w in labels.HYBRID_WORDS)
        place: dict[str, Any] = {}
        if virtual and not hybrid:
            place["mode"] = PlaceMode.VIRTUAL.value
        else:
            place["mode"] = (PlaceMode.HYBRID if hybrid else PlaceMode.PHYSICAL).value
            place["address"] = text
            self.confirm.append(f"place '{text}': check mode and address")
        if platform:
            place["platform"] = platform
        return _flow(place)

    # --- items ---------------------------------------------------------------------------

    def _unique(self, candidate: str) -> str:
        """``candidate`` as an id, numbered on ('-2', '-3') when taken; each base remembers
        the last number it gave, so that many items of one title stay linear."""
        base = candidate = bounded_id(candidate)
        n = self.suffixes.get(base, 2)
        while candidate in self.ids or candidate in self.corpus.objects:
            candidate, n = bounded_id(f"{base}-{n}"), n + 1
        self.suffixes[base] = n
        self.ids.add(candidate)
        return candidate

    def _presenters(self, item: CommentedMap, text: str | None, number: str) -> None:
        if not text:
            return
        if text.strip().lower() in labels.EVERYONE:
            item["agenda_presenter_text"] = text.strip()
            return
        presenters = CommentedSeq()
        for part in labels.PRESENTER_SEPARATORS.split(text):
            found = self.people.match_presenter(part) if part.strip() else None
            if found is None:
                item["agenda_presenter_text"] = text.strip()
                self.confirm.append(
                    f"item {number}: presenter '{text.strip()}' is not in "
                    "governance/people.yaml; kept as agenda_presenter_text"
                )
                return
            person, label = found
            presenters.append(_flow({"person": person, **({"label": label} if label else {})}))
            if person not in self.present:
                self.confirm.append(
                    f"item {number}: presenter {self.corpus.name_of(person)} is not in the "
                    f"participant list: add {{person: {person}, capacity: guest}}?"
                )
        item["presenters"] = presenters

    def items(self) -> CommentedSeq:
        numbers = [e.number for e in self.parsed.agenda]
        numbers += [i.number for i in self.parsed.items if i.number not in numbers]
        result = CommentedSeq()
        for number in numbers:
            result.append(self._item(number))
        return result

    def _item(self, number: str) -> CommentedMap:
        entry = self.parsed.agenda_entry(number)
        text = next((i for i in self.parsed.items if i.number == number), None)
        agenda = _Heading.parse(entry.text) if entry else None
        heading = _Heading.parse(text.heading_text) if text else None
        first = agenda or heading
        assert first is not None
        title = first.title or (heading.title if heading else "") or f"Punkt {number}"
        item = CommentedMap()
        item["id"] = self._unique(f"{self.meeting_id}-{item_slug(title)}")
        item["number"] = DoubleQuotedScalarString(number)
        time = time_of(entry.time) if entry else None
        if time:
            item["time"] = DoubleQuotedScalarString(time)
        item["title"] = title
        if number in self.parsed.numbered_in_order:
            self.confirm.append(
                f"item {number} '{title}': the text lost its number; it was numbered by its "
                "place between the items before and after it: check the number"
            )
        said = [h.presenter for h in (agenda, heading) if h is not None and h.presenter]
        self._presenters(item, said[0] if said else None, number)
        if len(said) == 2 and said[0] != said[1]:
            self.confirm.append(
                f"item {number}: the agenda says 'v/{said[0]}', the item heading "
                f"'v/{said[1]}'; the agenda's is used"
            )
        sections = self._sections(text, number) if text else {}
        if entry is not None and entry.points:
            points = "\n".join(f"- {point}" for point in entry.points)
            background = sections.get("background")
            sections["background"] = f"{points}\n\n{background}" if background else points
        kind = (
            (agenda.kind if agenda else None)
            or (heading.kind if heading else None)
            or (text.kind if text else None)
        )
        recommendation = str(sections.get("recommendation", "")).lower()
        if kind is None and any(p in recommendation for p in labels.NOTING_PHRASES):
            kind = ItemKind.INFORMATION
        decision_text = sections.get("decisions")
        if not decision_text and sections.get("minutes"):
            said = decision_sentences(str(sections["minutes"]))
            if said:
                decision_text = " ".join(said)
                self.confirm.append(
                    f"item {number}: the decision is taken from the minutes' own words: check it"
                )
        worded = kind_from_wording(str(decision_text)) if kind is None and decision_text else None
        if worded is not None:
            kind = worded[0]
            self.confirm.append(
                f"item {number}: kind '{kind.value}' read from the decision's words "
                f"('{worded[1]}'): check it"
            )
        if kind is not None:
            item["kind"] = kind.value
        marked = any(h is not None and h.closed for h in (agenda, heading))
        if (text is not None and text.closed) or marked:
            item["confidentiality"] = Confidentiality.CONFIDENTIAL.value
            self.confirm.append(
                f"item {number} is marked closed to the public: it is confidential and stays out "
                "of public documents; check what may be published"
            )
        for name in TEXT_FIELDS:
            if sections.get(name):
                item[name] = _text(sections[name])
        if sections.get("attachments"):
            item["attachments"] = sections["attachments"]
        decisions = self._decisions(item["id"], decision_text, kind, number)
        if decisions:
            item["decisions"] = decisions
        elif kind == ItemKind.DECISION:
            self.confirm.append(
                f"item {number} '{title}' is a decision item but its decision was not found: "
                "add it under 'decisions:' (outcome and text)"
            )
        self._plain_outcomes(item, sections, number)
        return item

    def _plain_outcomes(self, item: CommentedMap, sections: dict[str, Any], number: str) -> None:
        """Follow-ups and forwarded input the item's text states plainly; a deferral."""
        said = "\n".join(str(sections.get(k, "")) for k in ("minutes", "decisions", "next_steps"))
        follow_ups = CommentedSeq()
        unowned: list[str] = []
        for sentence in follow_up_sentences(said):
            follow_up: dict[str, Any] = {"id": self._unique(f"{item['id']}-follow-up")}
            follow_up["text"] = sentence
            named = follow_up_owner(sentence)
            jointly = _JOINT_OWNERS.split(named) if named else []  # 'SL/NS to contact ...'
            for one in jointly:
                self.owners.setdefault(number, []).append(split_title(one)[1])
            parties = [p for p in (self._party(one) for one in jointly) if p is not None]
            if parties:
                follow_up["owner"] = parties[0]
            unowned.extend(one for one in jointly if self._party(one) is None)
            follow_ups.append(_flow(follow_up))
        if follow_ups:
            item["follow_ups"] = follow_ups
            missing = "due date" if all("owner" in f for f in follow_ups) else "owner and due date"
            self.confirm.append(
                f"item {number}: {len(follow_ups)} follow-up(s) taken from the minutes' "
                f"sentences: add {missing}"
                + (
                    f" (the minutes name {', '.join(repr(n) for n in unowned)}, who is not in "
                    "governance/people.yaml or organisations.yaml)"
                    if unowned
                    else ""
                )
            )
        for sentence, receiver in forward_sentences(said):
            self.confirm.append(
                f"item {number}: input is sent on to '{receiver}' ('{sentence}'): add it under "
                "'forwarded' with the receiving body's id"
            )

    def _party(self, named: str) -> str | None:
        """The person or organisation a follow-up's owner text names ('NGC', 'Jane Smith',
        'Sekretariatet': the body's secretariat), or None."""
        found = self.people.match_presenter(named)
        if found is not None:
            return found[0]
        wanted = normalise(named)
        if wanted in labels.SECRETARIAT_WORDS:
            located = self.corpus.bodies.get(self.body)
            return located.obj.secretariat if located else None
        for organisation in self.corpus.organisations.values():
            names = (organisation.id, organisation.short_name, organisation.name.da,
                     organisation.name.en)  # fmt: skip
            if wanted in {normalise(n) for n in names if n}:
                return organisation.id
        return None

    def _sections(self, text: ItemText, number: str) -> dict[str, Any]:
        found: dict[str, Any] = {}
        unplaced: list[str] = []
        for name, lines in text.sections:
            if name == "attachments":
                attachments, rest = _attachments(lines)
                found.setdefault("attachments", CommentedSeq()).extend(attachments)
                unplaced.extend(rest)
                continue
            body = to_text(lines)
            if not body:
                continue
            target = {UNLABELLED: "minutes", CASE: "background"}.get(name, name)
            found[target] = f"{found[target]}\n\n{body}" if target in found else body
        if unplaced:
            extra = to_text(unplaced)
            found["minutes"] = f"{found['minutes']}\n\n{extra}" if "minutes" in found else extra
        return found

    def _decisions(
        self, item_id: str, text: str | None, kind: ItemKind | None, number: str
    ) -> CommentedSeq | None:
        if not text:
            return None
        lowered = text.lower()
        outcome = next((o for phrase, o in labels.DECISION_OUTCOMES if phrase in lowered), None)
        if outcome is None and is_deferred(text):
            outcome = DecisionOutcome.DEFERRED
        if outcome is None:
            outcome = (
                DecisionOutcome.NOTED if kind == ItemKind.INFORMATION else DecisionOutcome.ADOPTED
            )
            self.confirm.append(f"item {number}: check the decision's outcome ('{outcome}')")
        decision = CommentedMap()
        decision["id"] = self._unique(f"{item_id}-decision")
        decision["outcome"] = outcome.value
        decision["text"] = _text(text)
        return CommentedSeq([decision])

    def next_meeting(self, items: CommentedSeq) -> CommentedMap | None:
        for item in items:
            for paragraph in str(item.get("minutes", "")).split("\n\n"):
                if labels.NEXT_MEETING.search(paragraph):
                    day = find_date_after(paragraph, self.day)
                    if day is not None:
                        start, _ = find_times(paragraph)
                        time = {"time": DoubleQuotedScalarString(start)} if start else {}
                        return _flow({"date": day, **time})
        return None


def _attachments(lines: list[str]) -> tuple[list[CommentedMap], list[str]]:
    found: list[CommentedMap] = []
    rest: list[str] = []
    for line in lines:
        stripped = labels.BULLET.sub("", line.strip()).strip()
        match = labels.ATTACHMENT.match(stripped)
        if match and match["title"].strip(" .:"):
            number = DoubleQuotedScalarString(match["number"])
            found.append(_flow({"number": number, "title": match["title"].strip().rstrip(".")}))
        elif stripped and found and not labels.BULLET.match(line.strip()):
            found[-1]["title"] = f"{found[-1]['title']} {stripped}".rstrip(".")
        elif stripped:
            rest.append(line)
    return found, rest


def _address_in(line: str) -> str | None:
    """A street address written in a dated heading line ('..., kl Scandiagade 13, 2450 ...')."""
    match = labels.ADDRESS.search(line)
    return match.group().strip() if match else None


def _platform_in(line: str) -> str | None:
    """The video platform a dated heading line names ('Held on 13th January 2022 via
    Microsoft Teams')."""
    lowered = line.lower()
    return next((p for p in labels.PLATFORMS if p.lower() in lowered), None)


_TIME_ONLY = re.compile(r"^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?$", re.I)
"""'7.00pm', '19:00': what follows 'held on <date> at' when the sentence gives a time only."""


def _place_in(line: str) -> str | None:
    """The place a dated heading line names: after its time, or after 'held at' (not a time:
    'held on 12 March 2024 at 7.00pm' names no place)."""
    held = labels.PLACE_HELD.search(line)
    place = held["place"].strip() if held else None
    if place is not None and _TIME_ONLY.match(place):
        place = None
    return find_place_after_time(line) or place


def meeting_day_of(parsed: ParsedMinutes) -> date | None:
    """The meeting's date: a date field, the start field, a dated heading line (one that names
    a meeting first), the date of a decision ('Beslutning i X den 23-03-2015'), any date before
    the items, and last any date in the text."""
    meeting_lines = sorted(
        parsed.date_lines, key=lambda line: labels.MEETING_WORDS.search(line) is None
    )
    candidates = [
        parsed.fields.get("date", ""),
        parsed.fields.get("start", ""),
        *meeting_lines,
        *parsed.decision_dates,
        *parsed.unplaced,
        *parsed.text_dates,
    ]
    return next(filter(None, (find_date(text) for text in candidates)), None)


def _times(parsed: ParsedMinutes) -> tuple[str | None, str | None]:
    start, end = find_times(parsed.fields.get("time", ""))
    if start is None:
        start, _ = find_times(parsed.fields.get("start", ""))
        end, _ = find_times(parsed.fields.get("end", ""))
    for line in [parsed.fields.get("date", ""), *parsed.date_lines]:
        if start is None:
            start, end = find_times(line)
    if end is None:
        end, _ = find_times(parsed.fields.get("end", ""))
    if start is None and parsed.agenda and parsed.agenda[0].time:
        start = time_of(parsed.agenda[0].time)
    return start, end


def _proposed_number(corpus: Corpus, body: str, day: date) -> str:
    """The next number of the body's series, proposed from its last numbered meeting before
    ``day`` (and said to be taken when a later meeting already has it); else only a request."""
    numbered = [f for f in corpus.facts.values() if f.body == body and f.number is not None]
    before = [f for f in numbered if f.date < day]
    if not before:
        return "add 'number:'"
    last = max(before, key=lambda f: (f.date, f.number or 0))
    proposed = (last.number or 0) + 1
    said = (
        f"the body's last numbered meeting before it, {last.id} of {last.date}, is number "
        f"{last.number}: add 'number: {proposed}' if this is the next"
    )
    taken = next((f for f in numbered if f.number == proposed), None)
    if taken is not None:
        said += f" (but {taken.id} of {taken.date} has number {proposed}: check the series)"
    return said


def build_draft(
    parsed: ParsedMinutes,
    corpus: Corpus,
    body: str,
    day: date | None = None,
    number: int | None = None,
) -> Draft:
    """The draft record of ``parsed`` minutes of ``body`` (``number``: the meeting's number
    when the minutes do not give it)."""
    meeting_day = day or meeting_day_of(parsed)
    if meeting_day is None:
        raise DraftError("no meeting date was found in the minutes: pass --date YYYY-MM-DD")
    if parsed.number is None and number is not None:
        parsed.number = number
    builder = _Builder(parsed, corpus, body, meeting_day)
    start, end = _times(parsed)
    record = CommentedMap()
    record["kind"] = "meeting"
    record["schema_version"] = 1
    record["id"] = builder.meeting_id
    record["body"] = body
    if parsed.number:
        record["number"] = parsed.number
    else:
        builder.confirm.append(
            "the meeting's number was not found: " + _proposed_number(corpus, body, meeting_day)
        )
    record["date"] = meeting_day
    for key, value in (("start", start), ("end", end)):
        if value:
            record[key] = DoubleQuotedScalarString(value)
    place = builder.place()
    if place is not None:
        record["place"] = place
    for role in (Role.CHAIR, Role.SECRETARY):
        officer = builder.officer(role)
        if officer:
            record[role.value] = officer
    record["status"] = "held"
    builder.confirm.insert(
        0,
        "status is 'held': if the draft minutes were sent, set status: minutes-draft and "
        "minutes_sent; if they were approved, status: minutes-approved and minutes_approved",
    )
    participants = builder.participants()
    if participants:
        record["participants"] = participants
    items = builder.items()
    record["items"] = items
    following = builder.next_meeting(items)
    if following is not None:
        record["next_meeting"] = following
    if builder.meeting_id in corpus.objects:
        taken = corpus.objects[builder.meeting_id]
        builder.confirm.append(
            f"the id {builder.meeting_id} is already used by a {taken.kind} in {taken.path}"
        )
    if parsed.unplaced:
        builder.confirm.append(
            "text not placed anywhere (kept as comments where it stood): "
            + " / ".join(parsed.unplaced)
        )
        _comment_unplaced(record, parsed)
    builder.confirm.append(
        "pending decisions and proposed topics are not recovered, and follow-ups and forwarded "
        "input only where a sentence says so plainly: read each item's minutes"
    )
    path = (
        meeting_path(body, meeting_day, parsed.number)
        if parsed.number
        else f"meetings/{body}/{meeting_day.isoformat()}-{body}.yaml"
    )
    return Draft(
        builder.meeting_id,
        path,
        record,
        builder.confirm,
        incomplete=_incomplete(parsed, len(items)),
        people=builder.read_people,
        officers=builder.officer_names(),
        owners=builder.owners,
    )


def _incomplete(parsed: ParsedMinutes, items: int) -> str | None:
    """Why the draft is not a record yet: no items, or too much text placed nowhere."""
    if items == 0:
        return "no agenda items were found: the minutes' text is in comments; add the items"
    share = parsed.unplaced_chars / max(parsed.text_chars, 1)
    if share > UNPLACED_SHARE:
        return (
            f"{share:.0%} of the text was not placed in any field (more than "
            f"{UNPLACED_SHARE:.0%}): it is kept in comments where it stood; place it"
        )
    return None


def _comment_unplaced(record: CommentedMap, parsed: ParsedMinutes) -> None:
    """The lines placed nowhere, as a comment where they stood: before the items."""
    record.yaml_set_comment_before_after_key(
        "items", before="not placed:\n" + "\n".join(parsed.unplaced), indent=0
    )
