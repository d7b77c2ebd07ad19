"""Who was absent, as minutes say it in a sentence or list, and lists of names on one line.

Municipal minutes rarely have an 'Afbud' heading with one name a line; they say it in prose:
'Der var afbud fra A, B og C.', 'A og B var fraværende.', 'A havde meldt afbud, og B deltog i
stedet.', 'Apologies were received from Councillors A and B.' Each sentence of a line is
matched against the patterns below; the names are split on commas and 'og'/'and', and the
reason after a name ('pga. ferie') is dropped.
"""

from __future__ import annotations

import re

from docket.model.meeting import Attendance
from docket.workflow.import_minutes import labels

_NAMES = r"(?P<names>[A-ZÆØÅ][^:;]*?)"
"""Names up to what follows them; a sentence is matched alone, so '.' only ends it at its end
('Lina H. Jespersen' keeps its initial). One lazy run, no nested repetition: linear time."""
_END = r"[.;]?$"
_PATTERNS: tuple[tuple[re.Pattern[str], Attendance], ...] = (
    (re.compile(r"\b(?:bortset fra|undtagen)\s+(?P<names>.+?),\s*der\s+(?:havde\s+)?"
                r"meldt\s+afbud", re.I),
     Attendance.EXCUSED),
    (re.compile(r"\b(?:der\s+(?:er|var)\s+)?afbud\s+fra\s*:?\s*" + _NAMES + _END, re.I),
     Attendance.EXCUSED),
    (re.compile(r"^" + _NAMES + r"\s+havde meldt afbud\b"), Attendance.EXCUSED),
    (re.compile(r"^" + _NAMES + r"\s+(?:var|er) fraværende\b"), Attendance.ABSENT),
    (re.compile(r"\budeblev uden afbud\s*:\s*" + _NAMES + _END, re.I), Attendance.ABSENT),
    (re.compile(r"^" + _NAMES + r"\s+udeblev\b"), Attendance.ABSENT),
    (re.compile(r"\bapologies(?: for absence)?(?: (?:were|was|had been|have been))? "
                r"(?:received|given|noted|tendered|sent) from\s+" + _NAMES + _END, re.I),
     Attendance.EXCUSED),
    (re.compile(r"^" + _NAMES + r"\s+(?:sent|gave|tendered) (?:their |his |her )?apologies\b"),
     Attendance.EXCUSED),
    (re.compile(r"\bapology for (?:non[- ]?attendance|absence)\b[^.]{0,60}?\b(?:by|from)\s+"
                + _NAMES + r"\s+be (?:accepted|received|noted)\b", re.I),
     Attendance.EXCUSED),  # 'that an apology for non attendance ... by Clr Zreika be accepted'
)  # fmt: skip
_SENTENCE_END = re.compile(r"(?:(?<=[a-zæøå]{2}[.!?])|(?<=[A-ZÆØÅ]{3}[.!?]))\s+(?=[A-ZÆØÅ0-9])")
_JOINED = re.compile(r"\s(?:og|and|&)\s")
_SEPARATORS = re.compile(r"\s*(?:,|;|\bog\b|\band\b|\bsamt\b|&)\s*")
_REASON = re.compile(
    r"\s+(?:pga\.?|grundet|på grund af|due to|because|\(|som\s|der\s|who\s).*$", re.I
)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_NOT_NAMES = frozenset({"følgende", "der", "alle", "ingen", "the following", "following", "none"})
_ROLE_PREFIX = re.compile(r"^(?:" + "|".join(labels.LIST_ROLE_WORDS) + r")\s+(?=[A-ZÆØÅ])")


def not_a_name(text: str) -> bool:
    """'Ingen.', 'None': a list that says nobody; 'Vice Chair (SM)', 'Treasurer': the office
    of the name before it in 'Silvia Muras, Vice Chair (SM), Marion Turner, Treasurer (MT)'."""
    return text.strip(" .").lower() in _NOT_NAMES or _OFFICE_ONLY.fullmatch(text) is not None


_OFFICE_ONLY = re.compile(
    r"\s*(?i:(?:vice|deputy|næst)[\s-]*)?(?i:chair(?:man|woman|person)?|formand|forperson|"
    r"treasurer|kasserer|secretary|sekretær|referent|clerk|mayor|president)"
    r"(?:\s*\([A-Z][A-Za-z]{0,3}\))?\s*\.?"
)


_REASON_ONLY = re.compile(r"\s+(?:pga\.?|grundet|på grund af|due to|because)\s.*$", re.I)


def without_reason(text: str) -> str:
    """'Anna Mee Allerslev pga. arbejde.' -> 'Anna Mee Allerslev'."""
    return _REASON_ONLY.sub("", text).strip()


_LEADING_TITLE = re.compile(
    r"^(?:(?:county\s+|district\s+|parish\s+)?councillors?|cllrs?\.?|mrs?\.?|ms\.?|miss|dr\.?)"
    r"\s+",
    re.I,
)
"""'Cllr', 'Mr', 'County Councillor' before a name (repeatable: 'Cllr Mr G. Hotchkin')."""


def without_title(name: str) -> str:
    """'Councillor Anna Hansen' -> 'Anna Hansen'."""
    previous = None
    while previous != name:
        previous, name = name, _LEADING_TITLE.sub("", name)
    return name


_LOWER_TITLE = re.compile(r"^(?:(?:fra|from)\s+)?[a-zæøå][\w.-]{3,}\s+(?=[A-ZÆØÅ])")
"""'prorektor Lykke Friis', 'fra sekretariatet Tom Bengtsen': one word of title in lower case
(two, 'sektionschef i SP Medicin', are a description, not a title)."""
_DASHED_ROLE = re.compile(r"\s+[\u2013\u2014-]\s+")
"""'G. Hotchkin - Chairman', 'the Clerk - Adrian Illingworth' (any dash): a name and a role."""


def _bare_name(part: str) -> str:
    """A list entry without its titles and the role set off by a dash."""
    sides = _DASHED_ROLE.split(part.strip())
    if len(sides) == 2:
        part = next((side for side in sides if is_name(side) or _INITIAL.match(side)), sides[0])
    for _ in range(3):
        part = _LEADING_TITLE.sub("", _LOWER_TITLE.sub("", part.strip()))
    return part.strip()


_INITIAL = re.compile(r"^(?:[A-ZÆØÅ]\.\s?)+[A-ZÆØÅ][\wæøå'-]+$")
"""'A.Wragg', 'E. Simpson', 'G. Hotchkin': initials and a surname."""


def sentences(line: str) -> list[str]:
    """The sentences of a line ('Afbud. Der var afbud fra A.' -> two), each with its spaces
    made single (so that no pattern meets a long run of them)."""
    return [" ".join(s.split()) for s in _SENTENCE_END.split(line) if s.strip()]


def split_names(text: str) -> list[str]:
    """'A, B og C (ankom kl. 17)' -> ['A', 'B', 'C']: each part without its note or reason."""
    names: list[str] = []
    for part in _SEPARATORS.split(_PARENTHESES.sub("", text)):
        name = _ROLE_PREFIX.sub("", _REASON.sub("", part).strip(" .:"))
        name = _bare_name(name)
        if name and name[0].isupper() and name.lower() not in _NOT_NAMES:
            names.append(name)
    return names


def absences_in(line: str) -> list[tuple[Attendance, str]]:
    """The absences a line states in prose, name by name."""
    found: list[tuple[Attendance, str]] = []
    for sentence in sentences(line):
        for pattern, attendance in _PATTERNS:
            match = pattern.search(sentence)
            if match:
                found.extend((attendance, name) for name in split_names(match["names"]))
                break
    return found


MAX_NAME_WORDS = 6
_PARTICLES = frozenset({"af", "von", "van", "de", "la", "du", "der", "den", "da", "di", "le"})


def is_name(text: str) -> bool:
    """'Frank Jensen', 'Overborgmester Frank Jensen', 'Cllr Foss': a capitalised word run."""
    if _INITIAL.match(text.strip(" .")):
        return True
    words = _PARENTHESES.sub("", text).strip(" .").split()
    if not words or len(words) > MAX_NAME_WORDS or not words[0][0].isupper():
        return False
    capitalised = [w for w in words if w[0].isupper()]
    rest = [w for w in words if not w[0].isupper() and w.lower() not in _PARTICLES]
    return len(capitalised) >= 2 and len(rest) <= 1


def names_on_line(line: str) -> list[str] | None:
    """The names of a line that lists several ('A, B og C.'), or None when it is one entry
    ('Name, title, organisation') or not a list of names."""
    text = _PARENTHESES.sub("", line).strip().rstrip(".")
    parts = [_bare_name(_ROLE_PREFIX.sub("", p)) for p in _SEPARATORS.split(text) if p.strip()]
    parts = [p for p in parts if p]
    if parts:
        parts[-1] = leading_names(parts[-1])
    joined = _JOINED.search(text) is not None
    if len(parts) < (2 if joined else 3) or not all(is_name(_REASON.sub("", p)) for p in parts):
        return None
    names = split_names(line)
    return [*names[:-1], leading_names(names[-1])] if names else names


def leading_names(text: str) -> str:
    """'Gitte Kudsk Kompetencecenterchef Lene Krøl Andersen deltog under punkt 7' -> the
    capitalised words before the sentence goes on in lower case."""
    words: list[str] = []
    for word in text.split():
        if not word[0].isupper() and word.lower() not in _PARTICLES:
            break
        words.append(word)
    return " ".join(words) or text


def continues_list(line: str) -> bool:
    """Whether a line still belongs to a list of people: it starts with a name ('Mads
    Sønderkær, bioinformatiker, ...', 'Borgmester Anna Mee Allerslev pga. arbejde.'), not
    with a sentence ('Dagsordenen blev godkendt.', 'Borgmester A forlod mødet kl. 17.40 ...')."""
    text = _PARENTHESES.sub("", line).strip()
    initials = labels.initials_after_name(text)
    first = text[:initials] if initials else _SEPARATORS.split(text, maxsplit=1)[0]
    return is_name(_REASON.sub("", first))


_PRESENCES: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"\bdeltog\s+(?:stedfortræder\s+|i stedet\s+)?" + _NAMES + _END), None),
    (re.compile(r"^" + _NAMES + r"\s+(?:var|was)\s+(?:mødeleder|dirigent|ordstyrer|in the chair)"
                r"\b"), "chair"),
    (re.compile(r"^(?:\d\.\s*)?(?:næstformand|formand|borgmester)\s+" + _NAMES
                + r"\s+var\s+mødeleder\b"), "chair"),
    (re.compile(r"^" + _NAMES + r"\s+(?:forlod mødet|ankom|left the meeting|arrived)\b"), None),
    (re.compile(r"^" + _NAMES + r",?\s+(?:was|were) in attendance\b"), None),
    (re.compile(r"\b(?:in attendance|also present) (?:was|were)\s+" + _NAMES + r"[.,;]?$", re.I),
     None),
    (re.compile(r"^(?:the )?(?:visitors|guests|observers)\s+(?:included|were)\s+" + _NAMES
                + r"[.,;]?$", re.I), None),
)  # fmt: skip
"""Sentences that say someone took part: 'Som stedfortræder for A deltog B.', 'B var
mødeleder.', 'B forlod mødet kl. 15.00' (there, if not to the end); 'Liaisons in attendance
were A (USG) and B (Staff Council).', 'Visitors included A (Unit), B (Unit), ...'."""


def presences_in(line: str) -> list[tuple[str | None, str]]:
    """(role or None, name) for each person a line's sentences say took part."""
    found: list[tuple[str | None, str]] = []
    for sentence in sentences(line):
        for pattern, role in _PRESENCES:
            match = pattern.search(sentence)
            if match:
                found.extend((role, name) for name in split_names(match["names"]))
                break
    return found
