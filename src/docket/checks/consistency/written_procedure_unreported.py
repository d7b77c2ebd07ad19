"""A decision by written procedure was not reported at the body's next meeting.

Why: a decision taken in writing between meetings (skriftlig procedure) must reach the minutes:
the body's next meeting reports it, so that the record of the body's decisions is complete and
members who did not answer learn the outcome. An agenda item reports it by listing the
procedure's id in ``addresses``. The finding appears once the body's first (not cancelled)
meeting after the decision has taken place without such an item.

Bad:
    # governance/written-procedures/wg-wp-1.yaml
    id: wg-wp-1
    decided: 2025-06-10
    ---
    # meetings/wg/2025-09-01-wg-2.yaml (held): no item addresses wg-wp-1
    items:
      - {id: wg-2-status, number: "1", title: Status}

Good:
    # meetings/wg/2025-09-01-wg-2.yaml
    items:
      - id: wg-2-reports
        number: "2"
        title: Decisions taken by written procedure
        kind: information
        addresses: [wg-wp-1]
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.addresses import addressing_meetings
from docket.checks.base import Context, Hit
from docket.checks.schedule import Calendar, meetings_by_body
from docket.findings import Level

CODE = "DK155"
NAME = "written-procedure-unreported"
LEVEL = Level.WARNING
READS = frozenset({"meeting"})


def find(ctx: Context) -> Iterator[Hit]:
    calendar = Calendar(meetings_by_body(ctx.corpus))
    reports = addressing_meetings(ctx.corpus)
    for located in ctx.corpus.written_procedures:
        procedure = located.obj
        if procedure.decided is None:
            continue
        first = next(calendar.after(procedure.body, procedure.decided), None)
        if first is None or not first.took_place or first.date > ctx.as_of:
            continue
        if any(
            m.body == procedure.body and m.date >= procedure.decided
            for m in reports.get(procedure.id, [])
        ):
            continue
        yield Hit.at(
            located,
            f"written procedure '{procedure.id}' (decided {procedure.decided.isoformat()}) was "
            f"not reported at {ctx.corpus.name_of(procedure.body)}'s next meeting {first.id} "
            f"({first.date.isoformat()}): list '{procedure.id}' in 'addresses' of the item that "
            "reported it",
            "decided",
        )
