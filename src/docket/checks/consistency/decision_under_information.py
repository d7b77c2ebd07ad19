"""A decision other than "noted" is recorded under an information item.

Why: an information item (O, orientering) only informs the body; the body may take it to note
(tage til efterretning) but cannot decide under it, because the members were not told in the
agenda that a decision would be asked of them. Either the item was really a decision item (B)
and the agenda was wrong, or the outcome should be "noted".

Bad:
    items:
      - id: m1-status
        kind: information
        title: Status on the platform
        decisions:
          - id: m1-status-adopted
            outcome: adopted
            text: The group adopted the new timeline.

Good:
    items:
      - id: m1-status
        kind: information
        title: Status on the platform
        decisions:
          - id: m1-status-noted
            outcome: noted
            text: The group took the status to note.
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level
from docket.model.meeting import DecisionOutcome, ItemKind

CODE = "DK102"
NAME = "decision-under-information"
LEVEL = Level.ERROR


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        for index, item in enumerate(located.obj.items):
            if item.kind != ItemKind.INFORMATION:
                continue
            for number, decision in enumerate(item.decisions):
                if decision.outcome != DecisionOutcome.NOTED:
                    yield Hit(
                        f"decision '{decision.id}' ({decision.outcome}) is recorded under "
                        f"information item {item.number} '{item.title}': an information item "
                        "can only be noted; make the item a decision item (kind: decision) or "
                        "record the outcome as noted",
                        located.path,
                        ("items", index, "decisions", number, "outcome"),
                        subject=decision.id,
                    )
