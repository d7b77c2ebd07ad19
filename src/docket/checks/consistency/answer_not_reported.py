"""A decision that answers forwarded input was not reported back to the body that sent it.

Why: when a working group forwards input to the board and the board decides on it, the decision
lists the input in ``answers``. The working group needs to hear the answer, or the same input is
raised again and members stop sending it. The forwarding body's first (not cancelled) meeting
after the answering meeting reports it back with an item that lists the decision's id in
``addresses``; the finding appears once that meeting has taken place without one.

Bad:
    # meetings/board/2025-05-07-board-1.yaml
    decisions:
      - id: board-1-gpu
        outcome: adopted
        text: GPUs are prioritised in 2026.
        answers: [wg-1-to-board]
    # meetings/wg/2025-09-01-wg-2.yaml (held): no item addresses board-1-gpu

Good:
    # meetings/wg/2025-09-01-wg-2.yaml
    items:
      - id: wg-2-board
        number: "2"
        title: Answers from the board
        kind: information
        addresses: [board-1-gpu]
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.addresses import addressing_meetings
from docket.checks.base import Context, Hit
from docket.checks.schedule import Calendar, meetings_by_body
from docket.findings import Level

CODE = "DK156"
NAME = "answer-not-reported"
LEVEL = Level.WARNING
READS = frozenset({"meeting"})


def find(ctx: Context) -> Iterator[Hit]:
    calendar = Calendar(meetings_by_body(ctx.corpus))
    reports = addressing_meetings(ctx.corpus)
    for meeting in ctx.corpus.facts.values():
        for answer in meeting.answers:
            forward = ctx.corpus.objects.get(answer.forward_id)
            holder = ctx.corpus.facts_at(forward.path) if forward is not None else None
            if holder is None:
                continue  # not forwarded input of a meeting, which loading reports
            origin = holder.body
            first = next(calendar.after(origin, meeting.date), None)
            if first is None or not first.took_place or first.date > ctx.as_of:
                continue
            if any(
                m.body == origin and m.date > meeting.date
                for m in reports.get(answer.decision_id, [])
            ):
                continue
            yield Hit(
                f"decision '{answer.decision_id}' answers input '{answer.forward_id}' from "
                f"{ctx.corpus.name_of(origin)}, but its next meeting {first.id} "
                f"({first.date.isoformat()}) did not report the answer back: list "
                f"'{answer.decision_id}' in 'addresses' of the item that did",
                meeting.path,
                ("items", answer.item, "decisions", answer.decision, "answers", answer.at),
                subject=answer.decision_id,
            )
