"""Which of a meeting's dates are in doubt: the checks that judge deadlines ask here.

A date that contradicts the meeting's other dates (``docket.contradictions``) is reported once,
by meeting-dates-out-of-order; the checks that judge deadlines from these dates (agenda-late,
minutes-late, minutes-approved-early, minutes-unapproved, minutes-approval-invalid,
follow-up-before-meeting, record-missing for ``next_meeting``, meeting-file-misplaced for the
name's date) do not judge from a date in doubt: their finding would report the same mistake
again. Which dates are in doubt is part of each meeting's facts (``docket.facts``), made from
that meeting alone.
"""

from __future__ import annotations

from docket.corpus import Corpus, Located
from docket.findings import Pointer
from docket.model.meeting import Meeting


def unsure(corpus: Corpus, located: Located[Meeting]) -> frozenset[Pointer]:
    """The dates of ``located`` that a contradiction puts in doubt."""
    facts = corpus.facts.get(located.obj.id)
    return facts.doubted if facts is not None else frozenset()


def in_doubt(corpus: Corpus, located: Located[Meeting], *fields: str) -> bool:
    """Whether any of the meeting's top-level date ``fields`` ('date', 'minutes_sent', ...) is
    put in doubt by a contradiction among its own dates."""
    doubted = unsure(corpus, located)
    return any((field,) in doubted for field in fields)


def bodies_in_doubt(corpus: Corpus) -> frozenset[str]:
    """The bodies with a meeting whose date is in doubt: what a check counts or orders by date
    over a body's meetings (meetings per year, the order of hosts) cannot be told for them."""
    return frozenset(facts.body for facts in corpus.facts.values() if facts.in_doubt("date"))
