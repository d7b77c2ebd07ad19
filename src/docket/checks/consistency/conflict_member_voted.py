"""A member who declared a conflict of interest on an item is recorded as voting on it.

Why: a member with a conflict of interest (inhabilitet, Forvaltningsloven § 3) must take no part
in the item: not in the debate, not in the vote. When the minutes record a conflict on an item
(``conflicts``) and name the same member among the votes on one of its decisions
(``votes.in_favour_by``, ``against_by`` or ``abstaining_by``), either the conflict or the vote
is recorded wrongly, and a decision with a conflicted member's vote can be annulled.

Bad:
    items:
      - id: m1-grant
        conflicts:
          - {person: carol, reason: Chairs the applicant association.}
        decisions:
          - id: m1-grant-adopted
            outcome: adopted
            text: The grant was adopted.
            votes: {in_favour_by: [alice, bob, carol]}

Good:
    items:
      - id: m1-grant
        conflicts:
          - {person: carol, reason: Chairs the applicant association.}
        decisions:
          - id: m1-grant-adopted
            outcome: adopted
            text: The grant was adopted.
            votes: {in_favour_by: [alice, bob]}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.voting import conflicted
from docket.findings import Level

CODE = "DK150"
NAME = "conflict-member-voted"
LEVEL = Level.ERROR

_SIDES = ("in_favour_by", "against_by", "abstaining_by")


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        for i, item in enumerate(located.obj.items):
            out = conflicted(item)
            if not out:
                continue
            for j, decision in enumerate(item.decisions):
                if decision.votes is None:
                    continue
                for side in _SIDES:
                    for k, person in enumerate(getattr(decision.votes, side)):
                        if person in out:
                            yield Hit(
                                f"{ctx.corpus.name_of(person)} declared a conflict of interest "
                                f"on item {item.number} ({item.title}) but is recorded as "
                                f"voting on decision '{decision.id}': remove the vote, or the "
                                "conflict if it was not declared",
                                located.path,
                                ("items", i, "decisions", j, "votes", side, k),
                                subject=decision.id,
                            )
