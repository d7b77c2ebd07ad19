"""Lists of people found by their shape, not by the words of their label.

A list of those present or absent is a short label ('COUNCIL PRESENT:', 'Voting and Seating
Order:', 'ABSENT:') followed by names, or a label alone on its line with the names on the
next: commas, ';', '&', 'and'/'og'/'och' between entries of one to five capitalised words
(a title before a name stays with it: 'Councilmembers Hewitt', 'Deputy Mayor Brosnan'). The
list ends with its sentence or at the next label. Only whether a label speaks of absence is
read from its words: apologies sent ('Apologies', 'Afbud', 'Excused', 'Forfald') make those
named excused, other absence ('ABSENT', 'Fraværende', 'Udeblev uden afbud') absent; a list is
of those present otherwise.
"""

from __future__ import annotations

import re

from docket.model.meeting import Attendance
from docket.workflow.import_minutes import labels

_SEPARATOR = re.compile(
    r"\s*(?:[,;](?:\s+(?:and|og|och|samt)(?=\s))?|\s&\s|\s(?:and|og|och|samt)\s)\s*"
)
_SENTENCE_END = re.compile(r"(?<=[a-zæøåäöü]{3})[.!?](?=\s|$)")
"""A sentence ends after a word of three lower-case letters or more ('Ryan.', not 'Chr.')."""
_CAPITALS = r"(?P<capitals>[A-ZÆØÅ]{3,}(?:\s+[A-ZÆØÅ]{2,}){0,3})\s+(?=[A-ZÆØÅ](?:[a-zæøå]|\s))"
_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:(?P<label>[A-ZÆØÅ][\w'&/-]*(?:\s+[A-Za-zÆØÅæøå][\w'&/-]*){0,3})\s*:\s+|"
    + _CAPITALS
    + ")"
)
"""'COUNCIL PRESENT: ', 'Voting and Seating Order: ': one to four words and a colon; or words
in capitals before a capitalised word ('ATTENDANCE Crs W Devlin, ...')."""
_RUN_IN = re.compile(r"(?<=\s)(?<![A-ZÆØÅ&]\s)(?=" + _CAPITALS.replace("?P<capitals>", "?:") + ")")
LIST_WORDS = 4
"""A text whose first this many words are all capitalised is a list of names."""
ABSENCE_WORDS = re.compile(
    r"absen|apolog|excused|leave|afbud|fravær|ikke til stede|forfald|frånvarande|not present",
    re.I,
)
_EXCUSED_WORDS = re.compile(r"apolog|excused|leave|(?<!uden )afbud|forfald", re.I)


def attendance_of(label: str) -> Attendance:
    """What a list's label says of those it names: present, excused (they sent apologies:
    'Afbud', 'Apologies') or absent ('Fraværende', 'ABSENT', 'Udeblev uden afbud')."""
    if ABSENCE_WORDS.search(label) is None:
        return Attendance.PRESENT
    return Attendance.EXCUSED if _EXCUSED_WORDS.search(label) else Attendance.ABSENT


_PARTICLES = frozenset({"van", "von", "de", "der", "den", "af", "la", "le", "du", "da", "di"})
NAME_WORDS = 5
"""An entry of a list of names has at most this many words (a title and a name)."""
LABEL_WORDS = 4
SEVERAL = 3
"""A list of names of single words has at least this many."""


_OFFICE_THEN_NAME = re.compile(
    r"(?:^|(?<=,))[^,()]*\((?P<name>(?:Clr|Cllr|Cr|Councillor)\.?\s+[A-ZÆØÅ][^()]*)\)"
)
"""'Her Worship the Mayor (Clr Lam)': an office, then the councillor who holds it in brackets."""
_NOTE = re.compile(r"\s*\([^()]*\)")
"""'Batik (from 6.35pm and until 9.46pm)': a note in brackets after a name, not part of it."""


def names_by_shape(text: str, whole: bool = False) -> list[str] | None:
    """The entries of ``text``'s first sentence when it is a list of names ('Mayor Wise,
    Deputy Mayor Brosnan, Councillors Boag, Browne'), else None: three entries or more, or two
    of two words or more each ('Byrådssalen, Brønderslev Rådhus' and 'Forebyggelses- og
    Seniorudvalget' are none), none with a digit or ending in a single letter; with ``whole``,
    only when no words follow the last name ('A og B godkendt' is a sentence)."""
    text = _NOTE.sub("", _OFFICE_THEN_NAME.sub(r"\g<name>", text))
    end = _SENTENCE_END.search(text)
    sentence = text[: end.start()] if end is not None else text
    parts = [p for p in _SEPARATOR.split(sentence) if p.strip()]
    names: list[str] = []
    for index, part in enumerate(parts):
        words = part.split()
        if index == len(parts) - 1:
            kept = _leading_name(words)
            if whole and len(kept) < len(words):
                return None  # 'Kim Østergaard og Ole Andersen godkendt': a sentence
            words = kept
        if not 1 <= len(words) <= NAME_WORDS or not all(_capitalised(w) for w in words):
            return None
        if any(c.isdigit() for c in part) or len(words[-1].strip(".,-")) < 2:
            return None  # 'RG24 9NN', 'Gruppe A', a party's letter: no name
        names.append(" ".join(words).rstrip(".-"))
    several = len(names) >= SEVERAL or (len(names) == 2 and all(" " in n for n in names))
    return names if several else None


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word in _PARTICLES or word[0] in "(\"'"


def _leading_name(words: list[str]) -> list[str]:
    """The last entry's words before the text goes on ('T Gallagher OFFICERS PRESENT ...')."""
    kept: list[str] = []
    for word in words:
        shouting = len(word) >= 3 and word.isupper() and word.isalpha()
        if shouting or not _capitalised(word):
            break
        kept.append(word)
        if word.endswith(".") and len(word) > 2:
            break  # 'Roe.  City Attorney ...': the list's sentence ends
    return kept


def labelled_lists(line: str) -> list[tuple[Attendance, list[str]]]:
    """(attendance, names) of each 'Label: A, B and C' in ``line`` whose label is short and
    whose value is a list of names ('COUNCIL PRESENT: Mayor Tierney, Councilmembers Hewitt,
    ... ABSENT: Councilmember Johnson.')."""
    found: list[tuple[Attendance, list[str]]] = []
    found_labels = list(_LABEL.finditer(line))
    ends = [*found_labels[1:], None][: len(found_labels)]
    for match, following in zip(found_labels, ends, strict=True):
        value = line[match.end() : following.start() if following else len(line)]
        label = match["label"] or match["capitals"]
        if label.lower() in labels.HEADER_FIELDS:
            continue  # 'Lokale: Byrådssalen, Brønderslev Rådhus': a field of the heading
        attendance = attendance_of(label)
        names = names_by_shape(value)
        if names is None and attendance != Attendance.PRESENT:
            names = _one_name(value)
        if names:
            found.append((attendance, names))
    return found


def _one_name(value: str) -> list[str] | None:
    """'Councilmember Johnson.' after an absence label: one name is a list too."""
    end = _SENTENCE_END.search(value)
    words = (value[: end.start()] if end is not None else value).split()
    if 1 <= len(words) <= NAME_WORDS and all(_capitalised(w) for w in words):
        return [" ".join(words)]
    return None


def label_alone(line: str) -> Attendance | None:
    """Whether a line is a list's label alone ('Present', 'ROLL CALL', 'Apologies:'): None
    when it is not one, else what it says of those it names (``attendance_of``)."""
    text = line.strip().rstrip(":").strip()
    words = text.split()
    if not 1 <= len(words) <= LABEL_WORDS or any(c.isdigit() for c in text):
        return None
    if not text[0].isupper() or text[-1] in ".,;":
        return None
    return attendance_of(text)


def list_like(text: str) -> bool:
    """Whether text after a heading is a list of names rather than minutes: names between
    commas, or its first words all capitalised ('Mr Cameron Barnes Mr Eric Tan ...')."""
    words = text.split()[:LIST_WORDS]
    shouting = all(w[:1].isupper() and w.strip(",.;").isalpha() for w in words)
    return names_by_shape(text) is not None or (len(words) == LIST_WORDS and shouting)


def split_at_capitals(lines: list[str]) -> list[str]:
    """``lines`` with each line split before each run of words in capitals followed by a
    capitalised word ('... in attendance. WELCOME TO COUNTRY We ...'): the run-in headings
    of minutes that number nothing (a line that lost its breaks holds several)."""
    result: list[str] = []
    for line in lines:
        parts = [part.strip() for part in _RUN_IN.split(line) if part.strip()]
        result.extend(parts or [line])
    return result
