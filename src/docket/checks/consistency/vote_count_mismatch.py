"""A vote names more members on one side than its count for that side.

Why: a vote may give counts (``in_favour: 5``) and, where the minutes name them, the members on
each side (``in_favour_by``). When the names outnumber the count, one of them is wrong: a name
was added to the wrong side, or the count was not updated, and the outcome shown in the minutes
cannot be trusted. A count left out is taken from the names, so this only concerns a count
that is given.

Bad:
    decisions:
      - id: m1-grant-adopted
        outcome: adopted
        text: The grant was adopted.
        votes: {in_favour: 3, against: 1, against_by: [bob, carol]}

Good:
    decisions:
      - id: m1-grant-adopted
        outcome: adopted
        text: The grant was adopted.
        votes: {in_favour: 2, against: 2, against_by: [bob, carol]}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level

CODE = "DK157"
NAME = "vote-count-mismatch"
LEVEL = Level.ERROR

_SIDES = ("in_favour", "against", "abstaining")


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        for i, item in enumerate(located.obj.items):
            for j, decision in enumerate(item.decisions):
                votes = decision.votes
                if votes is None:
                    continue
                for side in _SIDES:
                    count: int | None = getattr(votes, side)
                    names: list[str] = getattr(votes, f"{side}_by")
                    if count is None or len(names) <= count:
                        continue
                    yield Hit(
                        f"decision '{decision.id}' counts {count} {side.replace('_', ' ')} but "
                        f"names {len(names)} ({', '.join(ctx.corpus.name_of(n) for n in names)})"
                        f": correct {side} or {side}_by",
                        located.path,
                        ("items", i, "decisions", j, "votes", side),
                        subject=decision.id,
                    )
