"""Two agenda items of one meeting show the same number.

Why: the number is how the minutes, the agenda and everyone at the table refer to an item
('punkt 3'); with two items numbered alike, a decision or follow-up cited by number points at
two things, and one of the items was usually meant to be the next number (a copied item, or
an import that read a numbered line of text as a new item).

Bad:
    items:
      - {id: wg-1-welcome, number: "1", title: Velkomst}
      - {id: wg-1-budget, number: "1", title: Budget}

Good:
    items:
      - {id: wg-1-welcome, number: "1", title: Velkomst}
      - {id: wg-1-budget, number: "2", title: Budget}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level

CODE = "DK115"
NAME = "item-number-duplicate"
LEVEL = Level.ERROR


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        first: dict[str, int] = {}
        for index, item in enumerate(located.obj.items):
            if item.number in first:
                earlier = located.obj.items[first[item.number]]
                yield Hit(
                    f"item '{item.title}' has number {item.number}, like item '{earlier.title}' "
                    "before it: give each item its own number",
                    located.path,
                    ("items", index, "number"),
                    subject=item.id,
                )
            else:
                first[item.number] = index
