"""Add a follow-up to an agenda item, and close one: edits of one meeting file in place."""

from __future__ import annotations

import re
from datetime import date

from docket.corpus import Corpus, Located
from docket.model.common import ID_PATTERN
from docket.model.meeting import AgendaItem, FollowUp, FollowUpStatus, Meeting
from docket.workflow.write import FileEdit, WorkflowError, append_entry, edit_values, unknown_id

FOLLOW_UP_FIELDS = tuple(FollowUp.model_fields)
ITEM_FIELDS = tuple(AgendaItem.model_fields)


def find_meeting(corpus: Corpus, meeting_id: str) -> Located[Meeting]:
    located = corpus.meetings.get(meeting_id)
    if located is None:
        raise unknown_id("meeting", meeting_id, sorted(corpus.meetings))
    return located


def _find_item(meeting: Located[Meeting], wanted: str) -> int:
    """The index of the item given by id or by its number ('3')."""
    for index, item in enumerate(meeting.obj.items):
        if wanted in (item.id, item.number):
            return index
    listing = ", ".join(f"{i.number} ({i.id})" for i in meeting.obj.items) or "none"
    raise WorkflowError(
        f"meeting {meeting.obj.id} has no item '{wanted}'; its items are: {listing}"
    )


def _new_id(corpus: Corpus, item: AgendaItem) -> str:
    base = f"{item.id}-follow-up"
    candidates = [base, *(f"{base}-{n}" for n in range(2, 1000))]
    return next(c for c in candidates if c not in corpus.objects)


def add_follow_up(
    corpus: Corpus,
    meeting_id: str,
    item: str,
    text: str,
    owner: str,
    due: date | None = None,
    follow_up_id: str | None = None,
) -> FileEdit:
    """Append a follow-up to ``item`` of ``meeting_id``."""
    meeting = find_meeting(corpus, meeting_id)
    index = _find_item(meeting, item)
    agenda_item = meeting.obj.items[index]
    if owner not in corpus.people and owner not in corpus.organisations:
        raise unknown_id("person or organisation", owner, [*corpus.people, *corpus.organisations])
    if not text.strip():
        raise WorkflowError("the follow-up needs a text (--text)")
    if follow_up_id is not None:
        if not re.match(ID_PATTERN, follow_up_id):
            raise WorkflowError(
                f"'{follow_up_id}' is not a valid id: use lower-case letters, digits, '-', '_'"
            )
        if follow_up_id in corpus.objects:
            taken = corpus.objects[follow_up_id]
            raise WorkflowError(
                f"the id '{follow_up_id}' is already used by a {taken.kind} in {taken.path}"
            )
    new_id = follow_up_id or _new_id(corpus, agenda_item)
    entry: dict[str, object] = {"id": new_id, "text": text.strip(), "owner": owner}
    if due is not None:
        entry["due"] = due
    return append_entry(
        corpus,
        meeting.path,
        ("items", index),
        "follow_ups",
        entry,
        ITEM_FIELDS,
        f"added follow-up {new_id} to item {agenda_item.number} of {meeting.obj.id}",
    )


def close_follow_up(
    corpus: Corpus, follow_up_id: str, closed_in: str, on: date | None = None
) -> FileEdit:
    """Mark ``follow_up_id`` closed in meeting ``closed_in`` (on its date unless ``on``)."""
    located = corpus.objects.get(follow_up_id)
    if located is None or located.kind != "follow-up" or located.meeting is None:
        known = [i for i, o in corpus.objects.items() if o.kind == "follow-up"]
        raise unknown_id("follow-up", follow_up_id, known)
    follow_up = located.obj
    assert isinstance(follow_up, FollowUp)
    if follow_up.status != FollowUpStatus.OPEN:
        where = f" in {follow_up.closed_in}" if follow_up.closed_in else ""
        raise WorkflowError(f"follow-up {follow_up_id} is already {follow_up.status}{where}")
    closing = find_meeting(corpus, closed_in).obj
    if not closing.status.took_place:
        raise WorkflowError(
            f"meeting {closed_in} on {closing.date.isoformat()} is {closing.status}: a follow-up "
            "is closed in a meeting that has taken place; record that meeting as held first, or "
            "close the follow-up in the meeting that reported it done"
        )
    origin = located.meeting
    day = on or closing.date
    if closing.date < origin.date or day < origin.date:
        raise WorkflowError(
            f"follow-up {follow_up_id} was agreed at {origin.id} on {origin.date.isoformat()}: "
            "it cannot be closed before that"
        )
    values = {"status": FollowUpStatus.CLOSED.value, "closed_in": closed_in, "closed_on": day}
    return edit_values(
        corpus,
        located.path,
        located.pointer,
        values,
        FOLLOW_UP_FIELDS,
        f"closed follow-up {follow_up_id} in {closed_in} on {day.isoformat()}",
    )
