"""The record's decisions indexed once per corpus (``Corpus.derive``): by the meeting item that
recorded them, by the document they adopt and by the forwarded input they answer.

A briefing pack asks, for each of its items, which decisions were taken where the item's input
arose or adopted the documents attached to it, and for each piece of forwarded input, which
decisions answer it; reading these indexes instead of every decision each time keeps a pack's
cost that of what it shows. The indexes hold every decision recorded in a meeting, whoever may
see it: the caller still asks ``may_see``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel

from docket.corpus import Corpus, Located
from docket.model.meeting import Decision


@dataclass(frozen=True)
class DecisionIndex:
    by_item: dict[tuple[str, str], list[Located[BaseModel]]] = field(default_factory=dict)
    """(meeting id, item number) -> the decisions recorded in that item."""
    by_document: dict[str, list[Located[BaseModel]]] = field(default_factory=dict)
    """A governing document's id -> the decisions that adopt a version of it."""
    by_answer: dict[str, list[Located[BaseModel]]] = field(default_factory=dict)
    """An id of forwarded input -> the decisions that answer it."""


def decision_index(corpus: Corpus) -> DecisionIndex:
    """Every decision recorded in a meeting (each a ``Decision``), each list in the order of
    ``corpus.objects``."""
    index = DecisionIndex()
    for located in corpus.by_kind("decision"):
        decision, meeting, item = located.obj, located.meeting, located.item
        if not isinstance(decision, Decision) or meeting is None:
            continue
        if item is not None:
            index.by_item.setdefault((meeting.id, item.number), []).append(located)
        if decision.adopts is not None:
            index.by_document.setdefault(decision.adopts, []).append(located)
        for answered in dict.fromkeys(decision.answers):
            index.by_answer.setdefault(answered, []).append(located)
    return index
