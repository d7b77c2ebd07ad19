"""An open follow-up has no owner or no due date.

Why: a follow-up without an owner is nobody's job, and one without a due date is never late,
so neither will be chased. The minutes should say who does what by when ("Videre proces").

Bad:
    follow_ups:
      - id: m1-dpia-follow-up
        text: The draft DPIA is circulated.

Good:
    follow_ups:
      - id: m1-dpia-follow-up
        text: The draft DPIA is circulated.
        owner: ngc
        due: 2025-05-15
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level
from docket.model.meeting import FollowUpStatus

CODE = "DK104"
NAME = "follow-up-incomplete"
LEVEL = Level.WARNING


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        for index, item in enumerate(located.obj.items):
            for number, follow_up in enumerate(item.follow_ups):
                if follow_up.status != FollowUpStatus.OPEN:
                    continue
                missing = [
                    what
                    for what, value in (("owner", follow_up.owner), ("due date", follow_up.due))
                    if value is None
                ]
                if missing:
                    yield Hit(
                        f"open follow-up '{follow_up.id}' has no {' and no '.join(missing)}: "
                        "say who does it (owner) and by when (due)",
                        located.path,
                        ("items", index, "follow_ups", number),
                        subject=follow_up.id,
                    )
