"""A decision taken in writing between meetings (skriftlig procedure).

The secretariat sends a question with a deadline; members answer in writing; the outcome is
recorded as a decision and reported at the body's next meeting (an item there lists the
procedure's id in ``addresses``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from docket.model.common import BodyRef, DocumentHeader, Id, IsoDate, PersonRef, Record, Text
from docket.model.meeting import Decision


class Answer(StrEnum):
    IN_FAVOUR = "in-favour"
    AGAINST = "against"
    ABSTAINING = "abstaining"


class WrittenAnswer(Record):
    """One member's written answer."""

    person: PersonRef = Field(description="The member who answered.")
    answer: Answer = Field(description="in-favour, against or abstaining.")
    date: IsoDate | None = Field(default=None, description="When the answer arrived.")
    comment: Text | None = None


class WrittenProcedure(DocumentHeader):
    """A question put to a body's members in writing, their answers and the outcome."""

    kind: Literal["written-procedure"]
    id: Id
    body: BodyRef
    title: str = Field(min_length=1, description="What the question is about, in a line.")
    question: Text = Field(description="The question as sent, e.g. 'Det indstilles, at ...'.")
    sent: IsoDate = Field(description="When the question was sent to the members.")
    deadline: IsoDate = Field(description="The last day for answers.")
    answers: list[WrittenAnswer] = Field(default_factory=list)
    decided: IsoDate | None = Field(
        default=None, description="When the outcome was settled; empty: still open."
    )
    decision: Decision | None = Field(default=None, description="The outcome, once decided.")
