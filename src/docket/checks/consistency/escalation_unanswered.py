"""Input forwarded to another body was not taken up at that body's next meeting.

Why: when a body forwards input to another ("videreformidles til bestyrelsen"), the receiving
body should take it up at its first meeting after the forwarding meeting, and the forwarding
body needs to see that it did. An agenda item takes it up by listing the forward's id in
``addresses``, or a decision of the receiving body answers it (``answers``; the answer then goes
back to the forwarding body, see answer-not-reported). The finding appears once the receiving
body's first (not cancelled) meeting after the forwarding meeting has taken place without such
an item, and stays until one of the receiving body's meetings up to that one, or a later meeting
that took place, lists it.

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml
    items:
      - id: wg-1-status
        forwarded:
          - {id: wg-1-to-board, to: board, text: Data access needs a decision.}
    # meetings/board/2025-03-20-board-1.yaml (held): no item addresses wg-1-to-board

Good:
    # meetings/board/2025-03-20-board-1.yaml
    items:
      - id: board-1-access
        number: "2"
        title: Data access
        addresses: [wg-1-to-board]
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.addresses import addressing_meetings
from docket.checks.base import Context, Hit
from docket.checks.schedule import Calendar, meetings_by_body
from docket.facts import MeetingFacts
from docket.findings import Level

CODE = "DK123"
NAME = "escalation-unanswered"
LEVEL = Level.WARNING
READS = frozenset({"meeting"})


def _answered(answers: list[MeetingFacts], body: str, first: MeetingFacts) -> bool:
    return any(m.body == body and (m.date <= first.date or m.took_place) for m in answers)


def find(ctx: Context) -> Iterator[Hit]:
    calendar = Calendar(meetings_by_body(ctx.corpus))
    answers = addressing_meetings(ctx.corpus)
    for meeting in ctx.corpus.facts.values():
        if not meeting.took_place:
            continue
        for forward in meeting.forwarded:
            first = next(calendar.after(forward.to, meeting.date), None)
            if first is None or not first.took_place or first.date > ctx.as_of:
                continue
            if _answered(answers.get(forward.id, []), forward.to, first):
                continue
            yield Hit(
                f"input '{forward.id}' forwarded to {ctx.corpus.name_of(forward.to)} at "
                f"meeting {meeting.id} was not taken up at its next meeting {first.id} "
                f"({first.date}): list '{forward.id}' in 'addresses' of the item that "
                "dealt with it",
                meeting.path,
                ("items", forward.item, "forwarded", forward.at, "id"),
                subject=forward.id,
            )
