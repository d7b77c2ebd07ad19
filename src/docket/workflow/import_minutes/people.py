"""Names in legacy minutes -> ids in the people registry.

A name matches when it is the registry's name written alike (case, spacing and punctuation
aside) or nearly alike (a typo); a presenter text like 'forperson Bettina Lundgren' matches by
its trailing words, and the words before the name become the presenter's label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches

from docket.model.registry import Person
from docket.workflow.import_minutes.absences import without_title
from docket.workflow.import_minutes.labels import BULLET, initials_after_name

CLOSE_ENOUGH = 0.9
"""How alike (difflib ratio) a name must be to a registry name to count as a typo of it."""


def normalise(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", name.casefold()).split())


TITLE_WORDS = frozenset((
    "cllr", "cllrs", "clr", "clrs", "councillor", "councillors", "councilmember",
    "councilmembers", "cr", "crs",
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "rev", "fr", "sir", "dame", "lord",
    "lady", "mayor", "deputy", "vice", "chairman", "chairwoman", "county", "district", "parish",
    "town", "city", "highland", "borgmester", "overborgmester", "formand", "næstformand",
    "rektor", "prorektor", "dekan", "direktør", "bestyrelsesmedlem", "observatør", "judge",
    "reverend", "canon",
))  # fmt: skip
"""Words that stand before a person's name in minutes and are not part of it ('Cllr Mr A H
Porter', 'Overborgmester Frank Jensen', 'Dr Avi Bhatia')."""
_OFFICE_NOUNS = frozenset((
    "director", "manager", "captain", "engineer", "forester", "superintendent", "attorney",
    "clerk", "lieutenant", "officer", "administrator", "sergeant",
))  # fmt: skip
"""The last word of an office written before a surname ('Finance Director Hahn', 'City
Forester Buck'): it and the words before it are the office."""
OFFICE_ENDINGS = ("direktør", "chef", "mester", "formand", "medlem", "konsulent")
"""Danish offices written as one word ('Vicepolitidirektør', 'Økonomichef')."""
_NAME_WORD = re.compile(r"^(?:[A-ZÆØÅ]\.?|[A-ZÆØÅ][\w'\u2019.-]*)$")


def split_title(name: str) -> tuple[str, str]:
    """('Cllr Mr', 'A H Porter') for 'Cllr Mr A H Porter': the title or office written before
    a name, and the name; ('', name) when nothing before it is a title. What stays must be a
    name (capitalised words), so a description is never cut into one."""
    words = name.split()
    cut, office = 0, False
    for index, word in enumerate(words[:-1]):
        bare = word.casefold().rstrip(".,")
        if bare in _OFFICE_NOUNS or bare.endswith(OFFICE_ENDINGS):
            cut, office = index + 1, True
        elif bare in TITLE_WORDS and not office:
            cut = index + 1
        elif bare in TITLE_WORDS:
            return "", name  # 'Director City Services': an office, not one before a name
        elif cut < index:
            break
    rest = words[cut:]
    if not cut or not all(_NAME_WORD.match(w) for w in rest):
        return "", name
    return " ".join(words[:cut]), " ".join(rest)


_HONOURS = re.compile(
    r"\s+((?:(?:OAM|OBE|MBE|CBE|KBE|DBE|MSP|MLA|MEP|FRS|FRSE|QSM|ONZM|MNZM|CNZM)\b\s*)+)$"
)
"""Honours and offices written after a name ('Cr Martin Ballangarry OAM', 'Alex Neil MSP'):
not part of it (three letters or more, so that a list's initials, 'AB', are never taken)."""


@dataclass(frozen=True)
class ParticipantLine:
    """One line of a participant list: 'Name, title, organisation (note)'; a title written
    before the name ('Cllr Mr A H Porter') is kept in the details, not in the name."""

    name: str
    details: str

    @classmethod
    def parse(cls, line: str) -> ParticipantLine:
        text = BULLET.sub("", line.strip()).strip()
        name, _, rest = _split_name(text)
        title, name = split_title(name)
        honours = _HONOURS.search(name)
        if honours is not None and len(name[: honours.start()].split()) >= 2:
            name, rest = name[: honours.start()], ", ".join(p for p in (honours[1], rest) if p)
        return cls(name, ", ".join(part for part in (title, rest) if part))


def _split_name(text: str) -> tuple[str, str, str]:
    initials = initials_after_name(text)
    if initials is not None:  # 'Dr Avi Bhatia AB Clinical Chair'
        return text[:initials].strip(), " ", text[initials:].strip()
    match = re.search(r",|\(|\s[\u2013\u2014-]\s", text)
    if match is None:
        return text.strip(), "", ""
    return text[: match.start()].strip(), match.group(), text[match.end() :].strip(" )")


class PeopleIndex:
    """The registry's names, for matching."""

    def __init__(self, people: dict[str, Person]) -> None:
        self.names = {normalise(p.name): p.id for p in people.values()}
        self.people = people

    def match(self, name: str) -> str | None:
        """The person ``name`` is, also when a title stands before it ('Councillor A')."""
        found = self._match(name)
        titled = without_title(name)
        return found if found is not None or titled == name else self._match(titled)

    def _match(self, name: str) -> str | None:
        wanted = normalise(name)
        if not wanted:
            return None
        if wanted in self.names:
            return self.names[wanted]
        close = get_close_matches(wanted, list(self.names), n=1, cutoff=CLOSE_ENOUGH)
        return self.names[close[0]] if close else None

    def match_presenter(self, text: str) -> tuple[str, str | None] | None:
        """(person id, label) for 'forperson Bettina Lundgren' or 'Bettina Lundgren'."""
        words = text.split()
        for start in range(len(words)):
            person = self.match(" ".join(words[start:]))
            if person is not None:
                label = " ".join(words[:start]) or None
                return person, label
        return None
