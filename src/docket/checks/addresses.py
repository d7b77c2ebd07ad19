"""Which meetings take up which ids: the ``addresses`` of agenda items, indexed once a run.

Forwarded input, proposed topics, pending decisions, milestones and follow-ups are answered by
an agenda item that lists their id in ``addresses``; checks ask this index instead of walking
every meeting for every open thread. A decision that ``answers`` forwarded input takes it up
too: its meeting counts as addressing the forward.
"""

from __future__ import annotations

from collections import defaultdict

from docket.corpus import Corpus, Located
from docket.model.meeting import Meeting


def addressing_meetings(corpus: Corpus) -> dict[str, list[Located[Meeting]]]:
    """For each addressed id, the meetings with an agenda item that lists it (each once).

    Made once per corpus: four checks and the reminders ask it."""
    return corpus.derive(_index)


def _index(corpus: Corpus) -> dict[str, list[Located[Meeting]]]:
    found: dict[str, list[Located[Meeting]]] = defaultdict(list)
    for located in corpus.meetings.values():
        items = located.obj.items
        ids = {target for item in items for target in item.addresses}
        ids.update(f for item in items for decision in item.decisions for f in decision.answers)
        for target in ids:
            found[target].append(located)
    return dict(found)
