"""A milestone of the annual plan was due at a meeting that took place without taking it up.

Why: the annual plan (årshjul) ties recurring duties, such as approving the budget or the
annual report, to a meeting. When that meeting has taken place (held, minutes-draft or
minutes-approved), one of its agenda items should list the milestone's id in ``addresses``;
if none does, the duty was either missed or the record does not show where it was done.
Superseded annual plans are not judged.

Bad:
    # governance/annual-plans/2025.yaml
    milestones:
      - id: plan-2025-budget
        title: {da: Godkendelse af budget}
        body: wg
        meeting: wg-1
    # wg-1 was held; none of its items addresses plan-2025-budget

Good:
    # meetings/wg/2025-03-03-wg-1.yaml
    items:
      - id: wg-1-budget
        number: "1"
        title: Budget
        addresses: [plan-2025-budget]
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level
from docket.model.governing_document import VersionStatus

CODE = "DK129"
NAME = "annual-plan-unmet"
LEVEL = Level.WARNING
READS = frozenset({"meeting", "body", "annual-plan"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.annual_plans:
        plan = located.obj
        if plan.status == VersionStatus.SUPERSEDED:
            continue
        for index, milestone in enumerate(plan.milestones):
            held = ctx.corpus.facts.get(milestone.meeting or "")
            if held is None or not held.took_place or milestone.id in held.addressed:
                continue
            title = milestone.title.get(ctx.corpus.language_of(milestone.body))
            yield Hit(
                f"milestone '{milestone.id}' ({title}) was due at meeting "
                f"{held.id} ({held.date}), which took place without an item that "
                f"addresses it: list '{milestone.id}' in 'addresses' of the item that dealt "
                "with it",
                located.path,
                ("milestones", index, "meeting"),
                subject=milestone.id,
            )
