"""A decision item of a held meeting records no decision outcome.

Why: an item put to the body for decision (B) that leaves no decision in the record means
either the decision was not taken (and must come back) or the minutes lost it. Either way the
secretariat must act before the minutes are approved.

Bad:
    status: held
    items:
      - id: m1-budget
        kind: decision
        title: Budget 2025
        minutes: The budget was discussed.

Good:
    status: held
    items:
      - id: m1-budget
        kind: decision
        title: Budget 2025
        decisions:
          - id: m1-budget-adopted
            outcome: adopted
            text: The board adopted the budget.
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level
from docket.model.meeting import ItemKind

CODE = "DK101"
NAME = "decision-missing"
LEVEL = Level.ERROR


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if not meeting.status.took_place:
            continue
        for index, item in enumerate(meeting.items):
            if item.kind == ItemKind.DECISION and not item.decisions:
                yield Hit(
                    f"decision item {item.number} '{item.title}' records no decision: "
                    "add the outcome under 'decisions:' (adopted, rejected, deferred, ...)",
                    located.path,
                    ("items", index, "kind"),
                    subject=item.id,
                )
