"""Which meetings take up which ids: the ``addresses`` of agenda items, indexed once a run.

Forwarded input, proposed topics, pending decisions, milestones and follow-ups are answered by
an agenda item that lists their id in ``addresses``; checks ask this index instead of walking
every meeting for every open thread. A decision that ``answers`` forwarded input takes it up
too: its meeting counts as addressing the forward.
"""

from __future__ import annotations

from collections import defaultdict

from docket.corpus import Corpus
from docket.facts import MeetingFacts


def addressing_meetings(corpus: Corpus) -> dict[str, list[MeetingFacts]]:
    """For each addressed id, the meetings with an agenda item that lists it (each once).

    Made once per corpus: four checks and the reminders ask it."""
    return corpus.derive(_index)


def _index(corpus: Corpus) -> dict[str, list[MeetingFacts]]:
    found: dict[str, list[MeetingFacts]] = defaultdict(list)
    for facts in corpus.facts.values():
        for target in facts.addressed | {answer.forward_id for answer in facts.answers}:
            found[target].append(facts)
    return dict(found)
