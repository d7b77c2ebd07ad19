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
    "problemstilling": "background",
    "sagsfremstilling": "background",
    "baggrund": "background",
    "løsning": "proposed_solution",
    "løsningsforslag": "proposed_solution",
    "videre proces": "next_steps",
    "bilag": "attachments",
    "beslutning": "decisions",
    # English
    "recommendation": "recommendation",
    "minutes": "minutes",
    "discussion": "minutes",
    "background": "background",
    "proposed solution": "proposed_solution",
    "solution": "proposed_solution",
    "decision": "decisions",
    "decisions": "decisions",
    "next steps": "next_steps",
    "attachments": "attachments",
    "annexes": "attachments",
}
"""Section label -> the agenda-item field its text goes to."""

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
}
"""'Label: value' fields of the heading; several may share a line."""

PARTICIPANT_HEADINGS = ("deltagere", "til stede", "participants", "present", "attendees")
ABSENCE_HEADINGS: dict[str, Attendance] = {
    "afbud": Attendance.EXCUSED,
    "fraværende": Attendance.ABSENT,
    "apologies": Attendance.EXCUSED,
    "apologies for absence": Attendance.EXCUSED,
    "absent": Attendance.ABSENT,
}
AGENDA_HEADINGS = (
    re.compile(r"^(dagsorden|agenda)$"),
    re.compile(r"^punkt\s+(ca\.\s*)?tid\s+aktivitet$"),
    re.compile(r"^(no\.?|item)\s+time\s+(item|subject|activity)$"),
)
DOCUMENT_TITLES = ("referat", "minutes", "mødereferat", "beslutningsreferat")
"""A line that only names the kind of document."""

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

ITEM_HEADING = re.compile(
    r"^(?:pkt\.?|punkt|item|agenda item|dagsordenspunkt)\s*(?P<number>\d+[a-z]?)\s*[.:)\u2013-]?\s+"
    r"(?P<title>.+)$",
    re.I,
)
AGENDA_ENTRY = re.compile(
    r"^(?P<number>\d+[a-z]?)[.)]?\s+(?:(?:kl\.\s*)?(?P<time>\d{1,2}[.:]\d{2})\s+)?(?P<title>\D.*)$",
    re.I,
)
"""'3.  14.50 Gennemgang af ...' (a numbered line, optionally with a time)."""
LEGEND = re.compile(r"^\(\s*[bdo]\s*\)\s*[\u2013\u2014-]", re.I)
"""The agenda's key, '(B) - beslutning; (D) - drøftelse; (O) - orientering.'"""
KIND_MARKER = re.compile(r"\s*\((?P<marker>[^()]{1,20})\)\s*$")
MEETING_NUMBER = re.compile(r"\b(?:møde|meeting)\s+(?:nr\.?\s*|no\.?\s*)?(?P<number>\d+)\b", re.I)
NEXT_MEETING = re.compile(
    r"\b(?:næste\s+(?:ordinære\s+)?møde|next\s+(?:ordinary\s+)?meeting)", re.I
)
ATTACHMENT = re.compile(
    r"^(?:bilag|attachment|annex|appendix)\s+(?P<number>\d+(?:\.\d+)*)\s*[:.\u2013-]?\s*(?P<title>.*)$",
    re.I,
)
BULLET = re.compile(r"^(?:[•◦▪●‣∙*\u2013-]|o(?=\s))\s+")
TIME = re.compile(r"\b(?:kl\.\s*)?(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\b")
TIME_RANGE = re.compile(
    r"(?P<h1>[01]?\d|2[0-3])[.:](?P<m1>[0-5]\d)\s*(?:[-\u2013\u2014]|til|to)\s*"
    r"(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)"
)
