"""A decision the body awaits from another body is still open.

Why: a pending decision ("udestår") is work the body cannot finish alone. Listing each open
one with how long it has waited (as of the as-of date, from ``since`` or else the day of the
meeting that recorded it) lets the secretariat chase the deciding body, and keeps settled ones
from lingering: once decided, set ``status: decided`` and ``decided_by`` to the decision.

Bad:
    pending_decisions:
      - id: wg-1-access-model
        body: board
        text: The access model for research data.
        since: 2025-03-03
    # ... and the board decided it on 2025-05-20

Good:
    pending_decisions:
      - id: wg-1-access-model
        body: board
        text: The access model for research data.
        since: 2025-03-03
        status: decided
        decided_by: board-3-access-model-adopted
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit, Option
from docket.findings import Level
from docket.model.meeting import PendingStatus

CODE = "DK124"
NAME = "pending-decision-open"
LEVEL = Level.INFO
OPTIONS = (Option("min_days", int, 0, "report only decisions pending at least this many days"),)


def find(ctx: Context) -> Iterator[Hit]:
    min_days = int(ctx.options.get("min_days", 0))
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if not meeting.status.took_place:
            continue
        for i, item in enumerate(meeting.items):
            for j, pending in enumerate(item.pending_decisions):
                if pending.status != PendingStatus.OPEN:
                    continue
                since = pending.since or meeting.date
                days = (ctx.as_of - since).days
                if days < max(min_days, 0):
                    continue
                yield Hit(
                    f"decision '{pending.id}' awaited from {ctx.corpus.name_of(pending.body)} "
                    f"has been pending for {days} day{'' if days == 1 else 's'} "
                    f"(since {since}, as of {ctx.as_of})",
                    located.path,
                    ("items", i, "pending_decisions", j, "id"),
                    subject=pending.id,
                )
