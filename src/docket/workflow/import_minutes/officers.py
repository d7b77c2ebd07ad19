"""The meeting's chair and secretary, from how minutes name them in lists and sentences.

Fields (``Formand: ...``, ``Referent: ...``) and marks in a parsed list (``(referent)``) are
read by ``parse``; this module reads the rest of the document's lines for the shapes that
name an officer without a field of their own, in any language's words for the roles:

- a label anywhere in a line: ``Valg af dirigent: Helle Thagesen``, ``Minutes Secretary: Mary
  Goulder``, ``Chair of Meeting: Susan Holden``, ``... Afbud: Referent: Lars``;
- the role alone after the name (not ``Wendy Harvey (Board Chair)``, another body's chair):
  ``Jens Bigum, formand``, ``Lars Mortensen (formand)``, ``E.
  Simpson (ES)(Chairman)``, ``Cllr A Buckfield (Mayor)``, ``Betty Wright, Chair (BW)``,
  ``Cllr Mr G. Hotchkin - Chairman`` (any dash), ``Mrs Jayne Sadgrove (Secretary)``;
- a list entry whose description ends with the role: ``Dr Avi Bhatia AB Clinical Chair``,
  ``Dawn Litchfield DL Executive Assistant to the Governing Body / Minute Taker``, ``Mr W
  Grosvenor Clerk and Executive Officer to ...``;
- the role before the name at the start of an entry: ``Formand Erik Nielsen (A)``, ``Chairman
  Cllr Foss``, ``Mayor Roe called the meeting to order``, ``Parish Clerk and RFO A M
  Hounsell``, ``... and the Clerk - Adrian Illingworth``;
- a sentence: ``The Cathaoirleach, Councillor V. Cawley presided``, ``Mayor Tierney called a
  Regular Meeting ... to order``, ``..., Cr Crosby, declared the meeting opened``.

A deputy (``Vice Chair``, ``næstformand``, ``Deputy Mayor``, ``Assistant Clerk``) is never the
officer. Shapes are tried in the order above over all lines, the first found wins: a label is
surer than a list entry, a list entry than a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from docket.workflow.import_minutes.labels import initials_after_name

_CHAIR = (
    r"chair(?:man|woman|\s?person)?|formand|forkvinde|forperson|mødeleder|dirigent|ordstyrer|"
    r"cathaoirleach|mayor|presiding member|chair of (?:the )?meeting"
)
_SECRETARY = (
    r"referent|protokolfører|secretary|minutes? secretary|minutes?[ -]taker|note[ -]taker|"
    r"clerk|sekretær"
)
_ROLE = rf"(?P<role>{_CHAIR}|{_SECRETARY})"
_DEPUTY = re.compile(
    r"(?:vice|deputy|næst|assistant|acting|interim|1\.|2\.|første|anden)[\s-]*$", re.I
)
_TITLES = (
    "present", "professor", "prof", "dr", "mr", "mrs", "ms", "miss", "cllr", "cllrs",
    "councillor", "cr", "mayor", "borgmester", "the", "rev", "sir", "dame", "person",
)  # fmt: skip
"""Words before a name that are not part of it ('Present Professor Stuart Palmer'), and
'Person' of 'The Chair Person, ...'."""
ENTRY_LENGTH = 120
"""A list entry is a short line: a longer one is a sentence or a paragraph."""
_TOKEN = r"(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'\u2019-]*)"
_NAME = rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,5}})"
_INITIALS = r"(?:\s*\([A-Z][A-Za-z]{0,3}\))*"

_LABELLED = re.compile(
    rf"(?:^|[\s.:;,])(?i:(?P<role>chair of (?:the )?meeting|mødeleder|dirigent|ordstyrer|"
    rf"referent|protokolfører|minutes? secretary|minutes?[ -]taker|note[ -]taker)):\s*{_NAME}"
)
_AFTER = re.compile(
    rf"{_NAME}{_INITIALS}\s*(?:,|\(|\s[\u2013\u2014-])\s*"
    rf"(?i:{_ROLE})\b{_INITIALS}(?:\)|(?<=\))|(?=\s*(?:[,;.]|$)))"
)
_ENDING = re.compile(rf"(?:^|(?<=[\s/]))(?i:{_ROLE})$")
_CLERK_AFTER = re.compile(rf"^(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{1,5}})\s+(?i:clerk)\b")
_BEFORE = re.compile(
    rf"(?:^|:\s+|\b(?i:the)\s+)(?P<qualifier>(?:(?i:parish|town|city|county)\s+)?)"
    rf"(?i:{_ROLE})(?:\s+and\s+[A-Z]{{2,5}})?\s*[\u2013\u2014-]?\s+{_NAME}"
)
_SENTENCE = re.compile(
    rf"(?i:mayor|cllr\.?|councillor|cr\.?|president|chair(?:man)?)\s+{_NAME},?\s+"
    r"(?:presided|declared the meeting open|called (?:[\w'-]+\s+){0,6}?to order)"
)


def role_of(word: str) -> str:
    """'chair' or 'secretary' for a role word ('Formand', 'Minute Taker')."""
    return "chair" if re.fullmatch(_CHAIR, word.strip(), re.I) else "secretary"


def _name(text: str) -> str:
    """The name without the titles and words before it ('Present Professor Stuart Palmer')."""
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    return " ".join(words).rstrip(",.")


def officers_in(lines: Iterable[str]) -> dict[str, str]:
    """{'chair': name, 'secretary': name} as the lines name them (see the module's doc)."""
    found: dict[str, str] = {}
    lines = [line.strip() for line in lines if line.strip()]
    for shape in (_labelled, _after, _ending, _before, _sentence):
        for line in lines:
            for role, name in shape(line):
                if name and name.lower() not in _TITLES:
                    found.setdefault(role, name)
    return found


def _labelled(line: str) -> list[tuple[str, str]]:
    """'Referent: Anette Torvin Møller Valg af dirigent: ...' in text that lost its lines: a
    capitalised word followed by one in lower case starts the next label, not the name."""
    found = []
    for match in _LABELLED.finditer(line):
        words = match["name"].split()
        if len(words) > 2 and re.match(r"\s+[a-zæøå]", line[match.end() :]):
            words = words[:-1]
        found.append((role_of(match["role"]), _name(" ".join(words))))
    return found


def _after(line: str) -> list[tuple[str, str]]:
    return [
        (role_of(m["role"]), _name(m["name"]))
        for m in _AFTER.finditer(line)
        if not _DEPUTY.search(m["name"])
    ]


def _ending(line: str) -> list[tuple[str, str]]:
    """A list entry: the name and its own initials, then a description that ends with the
    role; or the name, then 'Clerk ...'."""
    initials = initials_after_name(line) if len(line) <= ENTRY_LENGTH else None
    if initials is not None:
        rest = line[initials:].split(maxsplit=1)[1:]
        match = _ENDING.search(rest[0]) if rest else None
        if match is None or _DEPUTY.search(rest[0][: match.start()]):
            return []
        return [(role_of(match["role"]), _name(line[:initials]))]
    clerk = _CLERK_AFTER.match(line) if len(line) <= ENTRY_LENGTH else None
    if clerk is None or _DEPUTY.search(clerk["name"]):
        return []
    return [("secretary", _name(clerk["name"]))]


def _before(line: str) -> list[tuple[str, str]]:
    found = []
    for match in _BEFORE.finditer(line):
        before = line[: match.start("role")]
        if _DEPUTY.search(before) or _DEPUTY.search(match["qualifier"]):
            continue
        found.append((role_of(match["role"]), _name(match["name"])))
    return found


def _sentence(line: str) -> list[tuple[str, str]]:
    return [("chair", _name(m["name"])) for m in _SENTENCE.finditer(line)]
