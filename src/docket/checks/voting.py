"""Who may vote on an item: the voting members present, the substitutes standing in for absent
voting members (with their vote), less the members who declared a conflict of interest.

The quorum and vote checks and the minutes all count the same way, so the rule lives here once.
"""

from __future__ import annotations

from docket.corpus import Corpus
from docket.model.meeting import AgendaItem, Attendance, Capacity, Meeting


def voting_members(corpus: Corpus, meeting: Meeting) -> set[str]:
    """The body's members with a vote on the meeting day."""
    body = corpus.bodies.get(meeting.body)
    if body is None:
        return set()
    return {m.person for m in body.obj.members_on(meeting.date) if m.voting}


def present_voters(corpus: Corpus, meeting: Meeting) -> dict[str, str]:
    """Each person present with a vote -> the member whose vote they hold (themselves, or the
    absent member a substitute stands in for)."""
    voting = voting_members(corpus, meeting)
    present = {
        p.person: p.person
        for p in meeting.participants
        if p.capacity == Capacity.MEMBER
        and p.attendance == Attendance.PRESENT
        and p.person in voting
    }
    for p in meeting.participants:
        if (
            p.capacity == Capacity.SUBSTITUTE
            and p.attendance == Attendance.PRESENT
            and p.substitute_for in voting
            and p.substitute_for not in present
        ):
            present[p.person] = p.substitute_for
    return present


def conflicted(item: AgendaItem) -> set[str]:
    return {c.person for c in item.conflicts}


def entitled_on_item(present: dict[str, str], item: AgendaItem) -> set[str]:
    """The people present who may vote on ``item``, from the meeting's ``present_voters``."""
    out = conflicted(item)
    if not out:
        return set(present)
    return {person for person, member in present.items() if person not in out and member not in out}
