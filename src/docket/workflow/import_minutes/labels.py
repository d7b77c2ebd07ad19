"""Every word and pattern the importer recognises, per language, in one place.

To teach the importer a new layout or language, add rows here; the parser has no words of its
own. Keys are compared case-insensitively, with surrounding spaces, '*', '#' and a final ':'
removed.
"""

from __future__ import annotations

import re

from docket.model.meeting import Attendance, DecisionOutcome, ItemKind

SECTIONS: dict[str, str] = {
    # Danish
    "indstilling": "recommendation",
    "referat": "minutes",
    "beslutningsreferat": "minutes",
    "problemstilling": "background",
    "sagens kerne": "background",
    "sagsfremstilling": "background",
    "baggrund": "background",
    "løsning": "proposed_solution",
    "løsningsforslag": "proposed_solution",
    "videre proces": "next_steps",
    "bilag": "attachments",
    "beslutning": "decisions",
    "afgørelse": "decisions",
    "resume": "background",
    "resumé": "background",
    "beslutningstema": "background",
    "beskrivelse af sagen": "background",
    "sagsbeskrivelse": "background",
    # English
    "recommendation": "recommendation",
    "minutes": "minutes",
    "discussion": "minutes",
    "background": "background",
    "proposed solution": "proposed_solution",
    "solution": "proposed_solution",
    "decision": "decisions",
    "decisions": "decisions",
    "resolved": "decisions",
    "resolution": "decisions",
    "next steps": "next_steps",
    "attachments": "attachments",
    "annexes": "attachments",
}
"""Section label -> the agenda-item field its text goes to."""

CASE_SECTIONS = (
    "sagsgang og sagstype", "sagstype", "sagsgang", "sagsforløb", "kompetence", "personale",
    "økonomi", "konsekvenser", "risikovurdering", "lovgrundlag", "høring", "kommunikation",
    "sagsnr", "journalnr", "minute", "minute number", "beslutningskompetence",
)  # fmt: skip
"""Labels of case facts docket has no field for: their text goes to the item's background
with the label in front ('Sagsforløb: BY'); a kind word among them sets the item's kind."""

DECISION_CAPTION = re.compile(
    r"^(?P<body>[^,]{3,60}),\s*(?P<date>\d{1,2}-\d{1,2}-\d{4}),\s*(?:pkt|punkt)\.?\s*\d+[a-z]?$",
    re.I,
)
"""'Økonomiudvalget, 29-08-2018, pkt. 332': the decision of that body on that day follows."""
DECISION_LABEL = re.compile(
    r"^(?:(?:beslutning|afgørelse|decision)\s+(?:i|in|of)\s+(?P<body>.+?)|"
    r"(?P<owner>\S+(?:udvalgets|rådets|bestyrelsens|s))\s+beslutning\s+i\s+mødet)\s+"
    r"(?:den|on)\s+(?P<date>\d.*)$",
    re.I,
)
"""'Beslutning i Økonomiudvalget den 23-03-2015': the decision, the body that took it, its day."""

HEADER_FIELDS: dict[str, str] = {
    "dato": "date",
    "tid": "time",
    "tidspunkt": "time",
    "sted": "place",
    "mødeleder": "chair",
    "sekretær": "secretary",
    "referent": "secretary",
    "date": "date",
    "time": "time",
    "place": "place",
    "location": "place",
    "venue": "place",
    "chair": "chair",
    "secretary": "secretary",
    "minutes taken by": "secretary",
    "clerk": "secretary",
    "dirigent": "chair",
    "ordstyrer": "chair",
    "mødedato": "date",
    "mødetidspunkt": "time",
    "starttidspunkt": "start",
    "sluttidspunkt": "end",
    "mødested": "place",
    "lokale": "place",
    "udvalg": "committee",
    "committee": "committee",
    "dato og tidspunkt": "date",
    "dato og tid": "date",
    "møde afholdt": "date",
    "mødetid": "date",
    "date and time": "date",
    "formand": "chair",
    "forperson": "chair",
    "forkvinde": "chair",
    "chairman": "chair",
    "chairperson": "chair",
    "chaired by": "chair",
    "protokolfører": "secretary",
    "minute taker": "secretary",
    "minutes taker": "secretary",
    "minute-taker": "secretary",
    "note taker": "secretary",
    "notetaker": "secretary",
    "mødenummer": "number",
    "møde nr": "number",
    "mødenr": "number",
    "meeting number": "number",
    "meeting no": "number",
}
"""'Label: value' fields of the heading; several may share a line, and a label alone on its line
takes the next line as its value ('STED' / 'Kanalstræde 2')."""

FIELD_ALONE_ONLY = ("møde", "meeting")
"""Labels read only when alone on a line, their value on the next ('MØDE' / 'Referat')."""

NAVIGATION = (
    "til toppen", "tilbage til oversigt", "udskriv", "print", "back to top", "top", "you are here",
    "du er her", "fold alle ud", "fold alle sammen",
)  # fmt: skip
"""Lines of a web page's navigation, not of the minutes."""
CONTENTS_WORDS = ("indholdsfortegnelse", "indhold", "contents", "table of contents")
"""A table of contents' title, sometimes glued to its first entry ('Indholdsfortegnelse1. ...')."""
MARKUP_RESIDUE = re.compile(r"^</?[A-Za-z][\w:-]*\s*/?>$")
"""A line that is only a tag left over from a web or Word export ('<AI1>')."""

PARTICIPANT_HEADINGS = (
    "deltagere", "deltager", "til stede", "tilstede", "tilstede var", "til stede var",
    "i mødet deltog", "mødedeltagere", "fremmødte", "deltagende", "deltagerne var",
    "participants", "present", "attendees", "in attendance", "members present",
    "councillors present", "medlemmer", "members", "fra bestyrelsen deltog", "endvidere deltog",
    "desuden deltog", "i øvrigt deltog", "gæst", "gæster", "fra sekretariatet", "sekretariat",
    "sekretariatet", "daglig ledelse", "fra administrationen", "councillors", "also present",
    "in attendance", "present were", "those present", "trustees present", "directors present",
    "guests", "guest",
)  # fmt: skip
ABSENCE_HEADINGS: dict[str, Attendance] = {
    "afbud": Attendance.EXCUSED,
    "afbud fra": Attendance.EXCUSED,
    "meldt afbud": Attendance.EXCUSED,
    "følgende havde meldt afbud": Attendance.EXCUSED,
    "fraværende med afbud": Attendance.EXCUSED,
    "fraværende": Attendance.ABSENT,
    "fraværende uden afbud": Attendance.ABSENT,
    "ikke til stede": Attendance.ABSENT,
    "apologies": Attendance.EXCUSED,
    "apology": Attendance.EXCUSED,
    "apologies for absence": Attendance.EXCUSED,
    "absent": Attendance.ABSENT,
}
AGENDA_HEADINGS = (
    re.compile(r"^(dagsorden|agenda|punkter|indholdsfortegnelse|indhold|contents)$"),
    re.compile(r"^(indholdsfortegnelse|contents) (åbent|lukket|open|closed|public|private)\b"),
    re.compile(r"^punkt\s+(ca\.\s*)?tid\s+aktivitet$"),
    re.compile(r"^(no\.?|item)\s+time\s+(item|subject|activity)$"),
    re.compile(
        r"^(pkt|punkt|nr|no|item|sag)\.?\s+(tekst|titel|emne|overskrift|sag|item|subject|title)$"
    ),
)
DOCUMENT_TITLES = ("referat", "minutes", "mødereferat", "beslutningsreferat", "mødefakta",
                   "meeting details", "mødeoplysninger")  # fmt: skip
"""A line that only names the kind of document, or the box of facts under its title."""
TITLE_WORDS = re.compile(
    r"\b(?:referat|minutes|dagsorden|agenda|protokol|beslutningsprotokol|mødereferat)\b", re.I
)
"""A short line before the items with one of these words names the document ('Byrådet -
Referat', 'Referat af dagsorden:', 'Minutes of the Parish Council Meeting'): its title."""
TITLE_LINE_WORDS = 12
"""A title line is at most this many words."""

KIND_MARKERS: dict[str, ItemKind] = {
    "b": ItemKind.DECISION,
    "d": ItemKind.DISCUSSION,
    "o": ItemKind.INFORMATION,
    "beslutning": ItemKind.DECISION,
    "beslutningssag": ItemKind.DECISION,
    "drøftelse": ItemKind.DISCUSSION,
    "drøftelsessag": ItemKind.DISCUSSION,
    "orientering": ItemKind.INFORMATION,
    "orienteringssag": ItemKind.INFORMATION,
    "decision": ItemKind.DECISION,
    "for decision": ItemKind.DECISION,
    "discussion": ItemKind.DISCUSSION,
    "for discussion": ItemKind.DISCUSSION,
    "information": ItemKind.INFORMATION,
    "for information": ItemKind.INFORMATION,
}
"""'(B)' after a title, or the word alone on a line under an item heading."""

GROUP_LABEL = re.compile(r"^[^:]{2,60}:$")
"""'Borgerrepræsentanter:' inside a participant list: a group's name, not a person."""
ROLE_MARKERS: dict[str, str] = {
    "referent": "secretary", "sekretær": "secretary", "secretary": "secretary",
    "clerk": "secretary", "minutes": "secretary", "mødeleder": "chair", "formand": "chair",
    "forperson": "chair", "dirigent": "chair", "chair": "chair", "chairman": "chair",
}  # fmt: skip
"""'(referent)' after a name in a participant list: the person's role at the meeting."""

NOTING_PHRASES = ("til efterretning", "to note", "for noting", "take note")
"""A recommendation with these words asks only to take note: an information item."""

DECISION_OUTCOMES: tuple[tuple[str, DecisionOutcome], ...] = (
    ("med ændring", DecisionOutcome.ADOPTED_WITH_AMENDMENTS),
    ("med den ændring", DecisionOutcome.ADOPTED_WITH_AMENDMENTS),
    ("with amendment", DecisionOutcome.ADOPTED_WITH_AMENDMENTS),
    ("ikke godkend", DecisionOutcome.REJECTED),
    ("afvis", DecisionOutcome.REJECTED),
    ("reject", DecisionOutcome.REJECTED),
    ("udsat", DecisionOutcome.DEFERRED),
    ("udskyd", DecisionOutcome.DEFERRED),
    ("defer", DecisionOutcome.DEFERRED),
    ("postpone", DecisionOutcome.DEFERRED),
    ("efterretning", DecisionOutcome.NOTED),
    ("noted", DecisionOutcome.NOTED),
    ("took note", DecisionOutcome.NOTED),
    ("godkend", DecisionOutcome.ADOPTED),
    ("vedtog", DecisionOutcome.ADOPTED),
    ("vedtaget", DecisionOutcome.ADOPTED),
    ("tiltråd", DecisionOutcome.ADOPTED),
    ("approv", DecisionOutcome.ADOPTED),
    ("adopt", DecisionOutcome.ADOPTED),
    ("agreed", DecisionOutcome.ADOPTED),
)
"""The first phrase found in a decision's text gives its outcome (so negations come first)."""

DECISION_SENTENCE = re.compile(
    r"\b(?:besluttede|besluttet|besluttes|beslutter|godkendt|godkendte|godkendes|vedtog|vedtaget|"
    r"vedtages|tiltrådt|tiltrådte|taget til efterretning|toges til efterretning|resolved|"
    r"approved|agreed|adopted|decided|tilsluttede sig|underskrev|underskrevet|"
    r"(?:accepted|confirmed|agreed|signed) as a (?:true|correct)|"
    r"moved|seconded|carried|passed|godkjente|godkjent|vedtok|vedtatt|sluttet seg til|"
    r"beslöt|beslutade|godkände|godkändes|fastställde)\b",
    re.I,
)
"""A sentence that says plainly what was decided, in minutes without a decision label: a
verb of deciding in Danish, Norwegian, Swedish or English, or a motion's record ('A moved, B
seconded, approval of ...', 'Motion passed unanimously')."""

_FOLLOW_UP_VERBS = (
    r"følger op|følges op|vil følge op|vil undersøge|undersøger|sørger for|to follow up|"
    r"will follow up|follows? up|will report back"
)
FOLLOW_UP_SENTENCE = re.compile(rf"\b(?:{_FOLLOW_UP_VERBS})\b|\b(?:action|handling)s?\s*:", re.I)
"""A sentence that gives someone a task: 'NGC følger op', 'Action: Jane Smith'."""
_OWNER_NAME = r"[A-ZÆØÅ][\w.'&-]*(?:\s+(?:[A-ZÆØÅ][\w.'&-]*|og|and|&)|\s*/\s*[A-ZÆØÅ][\w.'&-]*)*"
"""An owner as written: 'Jane Smith', 'NGC og DeIC', 'SL/NS' (owners named jointly)."""
FOLLOW_UP_OWNER = (
    re.compile(rf"^(?:(?i:the)\s+)?(?P<owner>{_OWNER_NAME}|[a-zæøå]+)\s+(?i:{_FOLLOW_UP_VERBS})\b"),
    re.compile(rf"\b(?i:action|handling|ansvarlig|owner)s?\s*:\s*(?P<owner>{_OWNER_NAME})"),
    re.compile(rf"\b(?i:følges op af)\s+(?P<owner>{_OWNER_NAME})"),
    re.compile(rf"\b(?i:at|that)\s+(?P<owner>{_OWNER_NAME})\s+(?i:{_FOLLOW_UP_VERBS})\b"),
)
"""Who a follow-up's sentence names as owner: the subject of 'NGC følger op', 'Jane Smith
will follow up'; the name after 'Action: Jane Smith to circulate ...', 'Ansvarlig: NGC'."""
_TASK_VERBS = (
    r"contact|write|report|arrange|circulate|send|obtain|chase|investigate|speak|e-?mail|"
    r"inform|liaise|look into|find out|order|draft|prepare|update|ask|check|follow (?:this |it )?up"
)
ASSIGNED_TASK = re.compile(
    rf"^(?:(?i:the)\s+)?(?P<owner>{_OWNER_NAME})\s+(?:(?:was|were|is|are)\s+asked\s+to|to|"
    rf"will)\s+(?i:{_TASK_VERBS})\b"
)
"""A task given to someone at the start of a sentence: 'Cllr Robinson to contact ...', 'Clerk
to report to PCSO', 'The Clerk was asked to write to ...', 'LM will follow this up'."""
ACTION_MARK = re.compile(
    r"^(?P<owner>[A-ZÆØÅ]{2,4}|[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+)+)\s+Action\b\.?(?=\s|$)"
)
"""'LM Action.', 'Jane Smith Action.': an action column's mark after the sentence it gives to
its owner (initials or a full name; not 'Further action', 'No Action')."""
SECRETARIAT_WORDS = ("sekretariatet", "sekretariat", "secretariat", "the secretariat")
"""A follow-up owned by 'Sekretariatet' is the body's secretariat's (its organisation)."""
FORWARD_SENTENCE = re.compile(
    r"\b(?:sendes videre til|videresendes til|videreformidles til|oversendes til|"
    r"forwarded to|referred to)\s+(?P<to>[^.,;]+)",
    re.I,
)
DEFER_SENTENCE = re.compile(r"\b(?:udsat|udsættes|udskudt|deferred|postponed)\b", re.I)

MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(("januar", "februar", "marts", "april", "maj", "juni", "juli",
                                   "august", "september", "oktober", "november", "december"), 1)},
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                   "august", "september", "october", "november", "december"), 1)},
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep",
                                   "okt", "nov", "dec"), 1)},
    "may": 5, "oct": 10, "sept": 9,
}  # fmt: skip

DASHES = "\u2013\u2014-"
"""En dash, em dash and hyphen, as documents use them between parts of a line."""
VIRTUAL_WORDS = ("virtuel", "virtual", "online", "videomøde", "video meeting")
PLATFORMS = ("Microsoft Teams", "Teams", "Zoom", "Google Meet", "Webex", "Skype")
HYBRID_WORDS = ("hybrid", "hybridt")

PRESENTER = re.compile(r"(?:^|\s)(?:v/\s*|ved:\s+|presented by\s+|presenter:\s*)(?P<who>.+)$", re.I)
PRESENTER_SEPARATORS = re.compile(r"\s*(?:,|\bog\b|\band\b|&)\s*")
EVERYONE = ("alle", "all", "everyone")

ITEM_REFERENCE = re.compile(
    r"^ad\.?\s*(?P<number>\d{1,3}[a-z]?)\s*[.:)\u2013-]?\s*(?P<text>.*)$", re.I
)
"""'Ad 3. Åben drøftelse.': the minutes of item 3, listed earlier in an agenda."""
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2}"
"""'14.30', '7.30pm', '7pm' (an hour alone only with am/pm)."""
MEETING_TIMES = re.compile(
    r"\b(?:(?:mødet|the meeting)\s+(?:startede|begyndte|blev åbnet|started|began|opened|"
    r"commenced)|(?:opened|started|åbnede|begyndte)\s+(?:the meeting|mødet)|"
    r"called\s+(?:[\w'-]+\s+){0,8}?to order(?:\s+by\s+(?:[\w.'-]+\s+){0,4}?)?)\s+"
    rf"(?:kl\.?\s*|at\s+)?(?:approximately\s+|about\s+)?(?P<start>{_CLOCK})"
    r"(?:.*?\b(?:sluttede|slut|hævet|ended|closed)\s+(?:the meeting\s+|mødet\s+)?"
    rf"(?:kl\.?\s*|at\s+)?(?P<end>{_CLOCK}))?",
    re.I,
)
"""'Mødet startede kl. 15.30 og sluttede kl. 16.45.', 'Cllr X opened the meeting at 7pm',
'Mayor Roe called the meeting to order at approximately 6:49 p.m.': the meeting's times in a
sentence."""
MEETING_WORDS = re.compile(r"møde|meeting|referat|minutes|protokol", re.I)
"""A dated line with these words is the meeting's date, before any other date line."""
LIST_ROLE_WORDS = ("formand", "forperson", "næstformand", "kasserer", "sekretær", "referent",
                   "suppleant", "medlem", "chair", "treasurer", "secretary", "member")  # fmt: skip
"""Lower-case roles written before a name in a list ('kasserer Jonna Kristensen')."""
ITEM_HEADING = re.compile(
    r"^(?:pkt\.?|punkt|items?|agenda item|dagsordenspunkt|nr\.?|sag|sag nr\.?)\s*"
    r"(?P<number>\d+[a-z]?)(?:\s*(?:/|&|and|og)\s*\d+)*\s*[.:)\u2013-]?\s+(?:[\u2013\u2014-]\s+)?"
    r"(?P<title>.+)$",
    re.I,
)
NUMBERED_HEADING = re.compile(
    r"^(?P<number>\d{1,3}[a-z]?)(?:[.)]\s*|[-/]\d{2,4}(?:/\d{1,4})?\s*[-\u2013\u2014:]\s*)"
    r"(?P<title>(?![A-Za-z][.)]\s)\S.*)$"
)
"""'49. Godkendelse af dagsorden', '1.   Medlemshenvendelse', '01. Eventuelt', '2) ...', and
with the council year after the number, '1-0607/8 - Welcome and Apologies'."""
NUMBER_BELOW_TITLE = re.compile(r"^sag\s*(?:nr\.?)?\s*(?P<number>\d{1,4}[a-z]?)$", re.I)
"""'Sag nr. 129' alone on its line under the item's title ('Spørgetid')."""
RUNNING_HEADING = re.compile(
    r"^(?P<number>\d{1,4})\s+"
    r"(?P<title>[A-ZÆØÅ]{2,}(?:[\s,/&'\u2019-]+[A-ZÆØÅ0-9]+)+|[A-ZÆØÅ]{5,})$"
)
"""'1358 DECLARATIONS OF INTEREST FROM MEMBERS', '1507 APOLOGIES': a running minute number, a
title in capitals (of one word, at least five letters)."""
HONORIFIC = re.compile(
    r"(?:^|\s+)(?:(?:County|District|Town)\s+)?"
    r"(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr|Rev|Borgmester|Rektor|Prorektor|Dekan|Professor|"
    r"Direktør|[A-ZÆØÅ][a-zæøå]+(?:direktør|chef))\.?"
    r"(?:\s+(?:Mrs?|Ms|Miss|Dr|Fr))?\s+(?=[A-ZÆØÅ])"
)
"""'Cllr', 'Cllr Mrs', 'County Cllr', 'Rev Fr', 'Borgmester', 'Direktør', 'Økonomichef' before a
name: each starts a name in a list that has no commas between names."""
CAPITALISED_HEADING = re.compile(
    r"^(?P<title>[A-ZÆØÅ]{2,}(?:\s+(?:[A-ZÆØÅ]{2,}|&))*)"
    r"(?:[.:]\s+(?=\S)|\s+(?=[a-zæøå(])|\s+(?=[A-ZÆØÅ][a-zæøå]))"
    r"(?P<rest>.+)$"
)
"""'FINANCE. A cheque ...', 'THE MINUTES of the previous meeting ...', 'WELCOME TO COUNTRY We
acknowledge ...': a heading in capitals run into the item's first sentence."""
MINUTE_PREFIX = re.compile(r"^\d{4}\.(?P<number>\d{1,3})\s+(?=\S)")
"""'2307.01 Present': a minute numbered by the meeting's year and month, then its own number."""
CLOSED_MARKERS = ("lukket sag", "lukket punkt", "lukket", "fortrolig", "fortroligt", "confidential",
                  "exempt", "closed session", "part ii", "closed item", "lukket dagsordenspunkt",
                  "confidential item", "exempt item")  # fmt: skip
"""A line under an item heading, or an item's whole title ('16. Lukket punkt.'), that marks it
closed to the public: the item is confidential."""
EMPTY_ANSWERS = ("nil", "none", "ingen", "intet", "n/a", "nothing to report", "no items",
                 "ingen bemærkninger", "intet at bemærke", "intet nyt", "nothing")  # fmt: skip
"""All an item's text says when nothing was raised under it ('Apologies' / 'Nil')."""
OUTCOME_WORDS = ("godkendt", "godkendes", "godkendtes", "udskudt", "udsat", "vedtaget",
                 "tiltrådt", "approved", "agreed", "noted", "deferred", "adopted", "carried",
                 "resolved", "godkjent", "vedtatt")  # fmt: skip
"""A word that alone records an item's outcome ('Godkendelse af dagsorden Godkendt')."""
GLUED_TEXT = re.compile(
    r"(?<=[a-zæøå]{2})\s+(?=(?:"
    + "|".join(w[0].upper() + w[1:] for w in (*OUTCOME_WORDS, *EMPTY_ANSWERS) if " " not in w)
    + r")\b)"
)
"""Where an item's text glued to its title starts: an outcome or an empty answer, capitalised,
after a word in lower case ('... af dagsorden Godkendt', '... beslutninger Ingen bilag')."""
EMPTY_AT_END = re.compile(
    r"(?<=\w)\s+(?=(?i:" + "|".join(w for w in EMPTY_ANSWERS if " " not in w) + r")\W*$)"
)
"""'Eventuelt intet': an empty answer, in any case, glued at the end of a title."""
_INITIALS_TOKEN = re.compile(r"^[A-ZÆØÅ]{2,4}[a-zæøå]?$")
_NAME_TITLES = ("dr", "prof", "professor", "mr", "mrs", "ms", "miss", "cllr", "sir", "dame",
                "rev", "lord", "lady")  # fmt: skip


def initials_after_name(text: str) -> int | None:
    """Where a name's own initials follow it in a list entry ('Dr Avi Bhatia AB Clinical
    Chair', 'Richard Chapman RCp Chief Finance Officer'): the offset of the initials, or None.
    The initials must be the name's (its first and last word's first letters)."""
    words = text.split()
    offset = 0
    for index, word in enumerate(words):
        offset = text.index(word, offset)
        if index < 2 or not _INITIALS_TOKEN.match(word):
            continue
        name = [w for w in words[:index] if w.lower().rstrip(".") not in _NAME_TITLES]
        if len(name) >= 2 and word[:2].upper() == (name[0][0] + name[-1][0]).upper():
            return offset
    return None


OPEN_MARKERS = ("åben sag", "åbent punkt", "åben", "åbent", "open", "part i")
"""A line under an item heading that marks it open to the public, as items are by default."""
PRESENT_LINE = re.compile(
    r"^(?:(?i:present|those present|members present)(?:\s+(?i:were|was))?\s*:?\s+"
    r"(?:(?i:councillors|cllrs\.?)\s+)?|(?i:present:?\s*)?(?i:councillors|cllrs\.?)\s+)"
    r"(?P<names>[A-Z].+)$"
)
"""'Councillors D Risk (Chairman), P Summers and K Churchill': who was present, on one line."""
PLACE_HELD = re.compile(
    r"\b(?:held|afholdt|afholdes)\s+(?:on\s+[^;]{4,40}?\d{4},?\s+)?(?:at|in|i|på)\s+"
    r"(?:the\s+)?(?P<place>[^,;]{3,}?)(?:\s+(?:on|den|at|kl)\b|[,;]|$)",
    re.I,
)
"""'... held at the Village Hall on Wednesday', '... held on Monday, 12th June 2017 in Ardgay
Hall at 7.00pm': the place of a heading sentence."""
PLACE_SENTENCE = re.compile(
    r"\b(?:mødet|the meeting)\s+(?:afholdtes|blev afholdt|afholdes|holdes|fandt sted|"
    r"finder sted|was held|took place|is held)\s+(?:i|på|hos|in|at)\s+"
    r"(?P<place>[^.]{3,}?(?:\d\.\s[^.]*?)?)(?:\.(?:\s|$)|$)",
    re.I,
)
"""'Mødet afholdtes i museets administrationsbygning, Vindeboder 12, mødelokalet 1. sal.', 'The
meeting was held in the Town Hall.': a sentence that says where the meeting was held."""
PLACE_CALLED_TO_ORDER = re.compile(
    r"\bto order\b.{0,80}?\s(?:in|at)\s+(?P<place>(?:the\s+)?[A-ZÆØÅ][^.]{2,60}?)\.(?:\s|$)"
)
"""'President A called University Senate Meeting 400 to order at 5:38 p.m. on Wednesday, 11
February 2004, in Room B45 EERC.': the place in the sentence that opens the meeting."""
MEETING_END = re.compile(
    r"\b(?:(?:mødet|the meeting)\s+(?:sluttede|blev hævet|hævedes|hævet|closed|ended|"
    r"finished)|(?:closed|ended|hævede)\s+(?:the meeting|mødet))\s+"
    rf"(?:kl\.?\s*|at\s+)?(?P<end>{_CLOCK})",
    re.I,
)
"""'The meeting closed at 9.00 pm', 'Mødet hævet kl. 21.30': the end of the meeting."""
BARE_NUMBER = re.compile(r"^(?:pkt\.?\s*|punkt\s*|item\s*)?(?P<number>\d{1,3}[a-z]?)[.)]?$", re.I)
"""A number alone on its line: the title follows on the next line."""
SENTENCE_BREAK = re.compile(r"[a-zæøå]{2}[.!?]\s+(?=[A-ZÆØÅ]|\(?\d{1,2}\)\s)")
"""The end of a sentence: a capital or a numbered sub-point ('Matters arising. (1) ...') after
a full stop."""
HEADING_WORDS = 25
"""A numbered line longer than this, or with a sentence break, is text, not an item heading."""
AGENDA_ENTRY = re.compile(
    r"^(?P<number>\d+[a-z]?)[.)]?\s+(?:(?:kl\.\s*)?(?P<time>\d{1,2}[.:]\d{2})\s+)?"
    r"(?P<title>(?!\d{1,2}[.:]\d{2}\b)(?:\D|\d{1,2}\.\s+[^\W\d]).*)$",
    re.I,
)
"""'3.  14.50 Gennemgang af ...' (a numbered line, optionally with a time)."""
LEGEND = re.compile(r"^\(\s*[bdo]\s*\)\s*[\u2013\u2014-]", re.I)
"""The agenda's key, '(B) - beslutning; (D) - drøftelse; (O) - orientering.'"""
KIND_MARKER = re.compile(r"\s*\((?P<marker>[^()]{1,20})\)\s*$")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MEETING_NUMBER = re.compile(
    r"\b(?:[a-zæøå]*møde|meeting)\s+(?:nr\.?\s*|no\.?\s*|nummer\s+|number\s+)?"
    r"(?P<number>\d{1,3})(?!\d)"
    rf"(?!\.?\s*(?:[a-zæøå]+\.?,?\s+\d{{4}}|(?:{_MONTH_NAMES})\b)|[-./:]\d|\s*(?:am|pm)\b|"
    r"st\b|nd\b|rd\b|th\b)"
    r"|\b(?P<ordinal>\d{1,3})(?:\.|st|nd|rd|th)\s*"
    r"(?:(?:ordinære|ekstraordinære|ordinary|extraordinary|annual|general|board|council)\s+)?"
    r"(?:[a-zæøå]*møde|meeting)\b",
    re.I,
)
"""'Møde 1 i arbejdsgruppen', 'Meeting no. 4', 'bestyrelsesmøde nr. 3', '3. møde', '12th
Meeting'; not the day of a date ('møde 12. marts 2024', 'meeting 12 March') nor a time."""
PREVIOUS_MEETING = re.compile(
    r"\b(?:forrige|sidste|seneste|næste|previous|last|next|følgende|following)\b", re.I
)
"""A line with these words speaks of another meeting than the one minuted."""
NEXT_MEETING = re.compile(
    r"\b(?:næste\s+(?:ordinære\s+)?møde|next\s+(?:ordinary\s+)?meeting)", re.I
)
ATTACHMENT = re.compile(
    r"^(?:bilag|attachment|annex|appendix)\s+(?P<number>\d+(?:\.\d+)*)\s*[:.\u2013-]?\s*(?P<title>.*)$",
    re.I,
)
BULLET = re.compile(r"^(?:[•◦▪●‣∙*\u2013-]|o(?=\s))\s+")
_AMPM = r"(?:\s*(?P<{}>[ap])\.?m\.?\b)?"
TIME = re.compile(
    r"\b(?:kl\.\s*)?(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?::[0-5]\d)?(?!\d)"
    + _AMPM.format("ap"),
    re.I,
)
TIME_RANGE = re.compile(
    r"(?P<h1>[01]?\d|2[0-3])[.:](?P<m1>[0-5]\d)"
    + _AMPM.format("ap1")
    + r"\s*(?:[-\u2013\u2014]|til|to|until)\s*(?:kl\.\s*)?"
    r"(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)" + _AMPM.format("ap2"),
    re.I,
)
HOUR_RANGE = re.compile(
    r"\b(?P<h1>1[0-2]|0?[1-9])(?:[.:](?P<m1>[0-5]\d))?\s*(?P<ap1>[ap])\.?m\.?"
    r"\s*(?:[-\u2013\u2014]|to|until)\s*"
    r"(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<m2>[0-5]\d))?\s*(?P<ap2>[ap])\.?m\b\.?",
    re.I,
)
"""'10am - 11.16am', '7pm to 9pm': a span in hours of the clock, the minutes optional."""
PLACE_AFTER_TIME = re.compile(
    r"(?:\d[.:]\d\d(?:\s*[ap]\.?m\.?)?|\d\s*[ap]\.?m\.?|kl\.?)\s*(?:[,\u2013\u2014-]\s*)?"
    r"(?:\b(?:i|på|hos|at|in)\s+)(?P<place>[^,;\n]{3,}?)\s*(?:[,;.]|$)",
    re.I,
)
"""'... kl. 10.00 til 12.00 - hos FOF', '... at 2.00 pm at the Council Chamber': the place."""
HOUR = re.compile(
    r"\bkl\.?\s*(?P<h>[01]?\d|2[0-3])\b(?![.:,]?\d)|\b(?P<h12>1[0-2]|0?[1-9])\s*(?P<ap>[ap])\.?m\.?(?!\w)",
    re.I,
)
"""A time that is only an hour: 'kl. 15', '7pm'."""
ADDRESS = re.compile(
    r"\b[A-ZÆØÅ][\wæøå-]*(?:vej|gade|stræde|allé|alle|plads|torv|vænge|boulevard|have|bakke)"
    r"\s+\d+[A-Za-z]?(?:,\s*(?:\d\.?\s*(?:sal|th|tv)\.?,\s*)?\d{4}\s+[A-ZÆØÅ][\wæøå]+"
    r"(?:\s+[A-ZÆØÅ]{1,2}\b)?)?"
)
"""A Danish street address, 'Scandiagade 13, 2450 København SV': the place of a dated heading
that gives no other."""
PLACE_LINE = re.compile(r"^(?:i|på|in|at)\s+(?:the\s+)?(?P<place>[A-ZÆØÅ].{2,})$")
"""'i Regionsrådssalen, Regionshuset Viborg': the place, on the line under the dated one."""

ATTENDANCE_AFTER_NAME = re.compile(
    r"^(?P<name>[A-ZÆØÅ][^:()]{1,60}?)\s*:\s*(?P<status>(?i:deltog ikke|deltog|deltager|"
    r"til stede|ikke til stede|afbud|fraværende|fravær|present|absent|apologies|excused))\b"
    r"(?P<rest>.*)$"
)
"""'Lars Gaardhøj: Deltog', 'Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling,
...)': a list entry that states the person's attendance after the name."""
ABSENT_STATUS = ("deltog ikke", "ikke til stede", "fraværende", "fravær", "absent")
EXCUSED_STATUS = ("afbud", "apologies", "excused")
SUBSTITUTE_IN_NOTE = re.compile(
    r"\b(?i:stedfortræder|substitute|suppleant)\s*:?\s+"
    r"(?P<name>[A-ZÆØÅ][\w'\u2019.-]*(?:\s+[A-ZÆØÅ][\w'\u2019.-]*){0,4})"
)
"""'(Stedfortræder Jarl Feyling, ...)' after an absence: the substitute who came instead."""
