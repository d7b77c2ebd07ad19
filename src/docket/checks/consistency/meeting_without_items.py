"""A meeting that took place records no agenda items.

Why: the items are the record: what the body dealt with, what it decided and who follows up.
A held meeting without them is a record that says nothing (often an import that found no
items in the old minutes, or a file started by hand and never filled in), and every check
that reads items passes it by silently.

Bad:
    status: held
    date: 2025-03-03
    items: []

Good:
    status: held
    date: 2025-03-03
    items:
      - id: wg-1-welcome
        number: "1"
        title: Velkomst
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level

CODE = "DK114"
NAME = "meeting-without-items"
LEVEL = Level.ERROR


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if meeting.status.took_place and not meeting.items:
            yield Hit(
                f"meeting {meeting.id} has status '{meeting.status}' but records no agenda "
                "items: add the items it dealt with under 'items:'",
                located.path,
                ("status",),
                subject=meeting.id,
            )
