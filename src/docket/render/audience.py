"""Who may read a document, and what it may therefore show.

An audience is a confidentiality level: a document for an audience shows only what is at or
below it. An item is as confidential as the more confidential of itself and its meeting; an
outcome (decision, follow-up, forwarded input, ...) as confidential as the item that holds it.
"""

from __future__ import annotations

from pydantic import BaseModel

from docket.corpus import Corpus, Located
from docket.findings import Finding
from docket.model.meeting import AgendaItem, Attachment, Confidentiality, Meeting

Audience = Confidentiality


def stricter(first: Confidentiality, second: Confidentiality) -> Confidentiality:
    return first if first.rank >= second.rank else second


def item_level(meeting: Meeting, item: AgendaItem) -> Confidentiality:
    return stricter(meeting.confidentiality, item.confidentiality)


def attachment_level(meeting: Meeting, item: AgendaItem, attachment: Attachment) -> Confidentiality:
    own = attachment.confidentiality or Confidentiality.PUBLIC
    return stricter(item_level(meeting, item), own)


def located_level(located: Located[BaseModel]) -> Confidentiality:
    """The level of anything found in the corpus: that of its item, or of its meeting."""
    if located.meeting is None:
        return Confidentiality.PUBLIC
    if located.item is None:
        return located.meeting.confidentiality
    return item_level(located.meeting, located.item)


def id_level(corpus: Corpus, id_: str) -> Confidentiality:
    located = corpus.objects.get(id_)
    return Confidentiality.PUBLIC if located is None else located_level(located)


def may_see(audience: Audience, level: Confidentiality) -> bool:
    return level.rank <= audience.rank


def finding_level(corpus: Corpus, finding: Finding) -> Confidentiality:
    """How confidential a finding is: as its subject, or as the meeting item its place is in.

    A finding that names no subject and lies in a meeting file is as confidential as the item
    its pointer leads into, or the meeting; a finding in a file docket cannot place is treated
    as confidential, so that a public document never shows it.
    """
    level = id_level(corpus, finding.subject) if finding.subject else Confidentiality.PUBLIC
    meeting = next((m.obj for m in corpus.meetings.values() if m.path == finding.path), None)
    if meeting is not None:
        place = meeting.confidentiality
        pointer = finding.pointer or ()
        index = pointer[1] if len(pointer) >= 2 and pointer[0] == "items" else None
        if isinstance(index, int) and 0 <= index < len(meeting.items):
            place = item_level(meeting, meeting.items[index])
        return stricter(level, place)
    if finding.path.startswith("meetings/"):
        return Confidentiality.CONFIDENTIAL
    return level
