"""A decision records more votes than there were members entitled to vote on the item.

Why: the votes for, against and abstaining together cannot exceed the members who could vote on
the item: the voting members present, plus substitutes standing in for absent voting members,
less members who declared a conflict of interest on the item. More votes than that means a
miscount, a guest's or observer's vote counted, or a conflicted member who voted, and the
outcome of a close vote may be wrong.

Bad:
    # alice, bob and carol present; carol has a conflict on the item
    decisions:
      - id: m1-grant-adopted
        outcome: adopted
        text: The grant was adopted.
        votes: {in_favour: 2, against: 1}

Good:
    decisions:
      - id: m1-grant-adopted
        outcome: adopted
        text: The grant was adopted.
        votes: {in_favour: 1, against: 1}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.checks.voting import entitled_on_item, present_voters
from docket.findings import Level

CODE = "DK153"
NAME = "votes-exceed-entitled"
LEVEL = Level.ERROR
READS = frozenset({"body"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if in_doubt(ctx.corpus, located, "date"):
            continue  # meeting-dates-out-of-order: who was a member depends on the day
        if not meeting.status.took_place:
            continue
        voters: dict[str, str] | None = None
        for i, item in enumerate(meeting.items):
            if all(decision.votes is None for decision in item.decisions):
                continue
            voters = present_voters(ctx.corpus, meeting) if voters is None else voters
            entitled = len(entitled_on_item(voters, item))
            for j, decision in enumerate(item.decisions):
                votes = decision.votes
                if votes is None or votes.total <= entitled:
                    continue
                yield Hit(
                    f"decision '{decision.id}' records {votes.total} votes "
                    f"({votes.count('in_favour')} for, {votes.count('against')} against, "
                    f"{votes.count('abstaining')} abstaining) but only {entitled} member"
                    f"{'s' if entitled != 1 else ''} could vote on item {item.number} (voting "
                    "members and substitutes present, less those with a conflict of interest)",
                    located.path,
                    ("items", i, "decisions", j, "votes"),
                    subject=decision.id,
                )
