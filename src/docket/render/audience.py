"""Who may read a document, and what it may therefore show.

An audience is a confidentiality level: a document for an audience shows only what is at or
below it. An item is as confidential as the more confidential of itself and its meeting; an
outcome (decision, follow-up, forwarded input, ...) as confidential as the item that holds it.
"""

from __future__ import annotations

from pydantic import BaseModel

from docket.corpus import Corpus, Located, build_corpus
from docket.findings import Finding
from docket.load import LoadedDocument
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
    """The level of the object with ``id_`` (public when there is none); from its meeting's
    facts when it lies in one, so that no meeting's model is made to tell."""
    located = corpus.objects.get(id_)
    if located is None:
        return Confidentiality.PUBLIC
    facts = corpus.facts_at(located.path)
    return located_level(located) if facts is None else facts.level_at(located.pointer)


def may_see(audience: Audience, level: Confidentiality) -> bool:
    return level.rank <= audience.rank


def finding_level(corpus: Corpus, finding: Finding) -> Confidentiality:
    """How confidential a finding is: as its subject, or as the meeting item its place is in.

    A finding that names no subject and lies in a meeting file is as confidential as the item
    its pointer leads into, or the meeting; a finding in a meeting file docket cannot place is
    treated as internal, so that the secretariat sees it and a public document never does.
    """
    if finding.path in corpus.set_aside:
        # A file that did not load: its secretariat may read the error, the public may not.
        return Confidentiality.INTERNAL
    level = id_level(corpus, finding.subject) if finding.subject else Confidentiality.PUBLIC
    facts = corpus.facts_at(finding.path)
    if facts is not None:
        return stricter(level, facts.level_at(finding.pointer or ()))
    if finding.path.startswith("meetings/"):
        # A meeting file docket cannot place (its id repeats another's): as with a file that
        # did not load, the secretariat reads the error, the public does not.
        return stricter(level, Confidentiality.INTERNAL)
    return level


def visible_meeting(meeting: Meeting, audience: Audience) -> Meeting | None:
    """The meeting as ``audience`` may see it: without the items above it, and without the
    guests who attended only those (their list of items would name them)."""
    if not may_see(audience, meeting.confidentiality):
        return None
    items = [item for item in meeting.items if may_see(audience, item_level(meeting, item))]
    if len(items) == len(meeting.items):
        return meeting
    shown = {item.id for item in items}
    participants = [
        p.model_copy(update={"items": [i for i in p.items if i in shown]})
        for p in meeting.participants
        if not p.items or any(i in shown for i in p.items)
    ]
    return meeting.model_copy(update={"items": items, "participants": participants})


def visible_corpus(corpus: Corpus, audience: Audience) -> Corpus:
    """The corpus as ``audience`` may see it: meetings and items above it left out, so that
    nothing built from it (a diff, a feed) can reveal that they exist."""
    if audience == Confidentiality.CONFIDENTIAL or not _hides_any(corpus, audience):
        return corpus
    documents = []
    for document in corpus.documents:
        model = document.model
        if isinstance(model, Meeting):
            shown = visible_meeting(model, audience)
            if shown is None:
                continue
            document = LoadedDocument(document.path, shown)
        documents.append(document)
    view, _ = build_corpus(corpus.root, documents, list(corpus.set_aside.values()))
    return view


def _hides_any(corpus: Corpus, audience: Audience) -> bool:
    """Whether some meeting or item is above ``audience``, told by the meetings' facts without
    making their models: when none is, the view is the corpus itself."""
    for document in corpus.documents:
        facts = document.facts
        if facts is not None and not all(
            may_see(audience, level) for level in (facts.confidentiality, *facts.item_levels)
        ):
            return True
    return False
