"""Two changes to a person or an organisation take effect on the same day with different values.

Why: a person's new title, unit or organisation, and an organisation's new name, short name,
type or parent, are recorded as dated ``changes``; docket applies them in date order to answer
"as of that day" (the minutes' list of participants, the site, ``docket show``). Two changes
effective on the same day that set the same field to different values leave that answer to the
order of the lines in the file: one of them is wrong, usually its date (the later change typed
with the earlier one's date) or a change entered twice with a correction. Two same-day changes
that set different fields, or the same field to the same value, say nothing contradictory and
are not reported (one change with both fields reads better, but is not required).

Bad:
    - id: bob
      name: Bob Berg
      changes:
        - {effective: 2025-06-01, title: chefkonsulent}
        - {effective: 2025-06-01, title: direktør}

Good:
    - id: bob
      name: Bob Berg
      changes:
        - {effective: 2025-06-01, title: chefkonsulent}
        - {effective: 2025-09-01, title: direktør}
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from docket.checks.base import Context, Hit
from docket.findings import Level
from docket.model.common import Localized
from docket.model.registry import Organisation, OrganisationChange, Person, PersonChange

CODE = "DK130"
NAME = "change-conflict"
LEVEL = Level.ERROR

_NOT_FIELDS = frozenset({"effective", "note"})


def find(ctx: Context) -> Iterator[Hit]:
    # Each person and organisation is judged by its own changes: the check reads no other
    # document (no READS).
    for kind in ("person", "organisation"):
        for located in ctx.corpus.by_kind(kind):
            holder = located.obj
            if not isinstance(holder, Person | Organisation):
                continue
            name = holder.name if isinstance(holder, Person) else holder.label("da")
            for index, field, values, entries in _conflicts(holder.changes):
                shown = " and ".join(_shown(v) for v in values)
                numbers = ", ".join(str(i + 1) for i in entries[:-1]) + f" and {entries[-1] + 1}"
                effective = holder.changes[index].effective.isoformat()
                yield Hit(
                    f"{name} has changes effective the same day, {effective} (changes "
                    f"{numbers}), that set {field} to {shown}, so which holds from that day "
                    "depends on the order of the lines: keep the value that is true, or "
                    "correct the effective date of the change that came later",
                    located.path,
                    (*located.pointer, "changes", index, field),
                    subject=holder.id,
                )


def _conflicts(
    changes: Sequence[PersonChange | OrganisationChange],
) -> Iterator[tuple[int, str, list[Any], list[int]]]:
    """For each day and field that same-day changes set to different values: the first
    change that contradicts an earlier one, the field, the values in file order and the
    changes that set it. One per day: the first field in contradiction."""
    by_day: dict[Any, list[int]] = {}
    for index, change in enumerate(changes):
        by_day.setdefault(change.effective, []).append(index)
    for indexes in by_day.values():
        if len(indexes) < 2:
            continue
        for field in type(changes[indexes[0]]).model_fields:
            if field in _NOT_FIELDS:
                continue
            setting = [i for i in indexes if getattr(changes[i], field) is not None]
            values: list[Any] = []
            for i in setting:
                value = getattr(changes[i], field)
                if value not in values:
                    values.append(value)
            if len(values) > 1:
                first = getattr(changes[setting[0]], field)
                index = next(i for i in setting if getattr(changes[i], field) != first)
                yield index, field, values, setting
                break


def _shown(value: Any) -> str:
    return f"'{value.get('da') if isinstance(value, Localized) else value}'"
