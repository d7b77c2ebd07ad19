"""Who may vote on an item: the voting members present, the substitutes standing in for absent
voting members (with their vote), less the members who declared a conflict of interest.

The quorum and vote checks and the minutes all count the same way, so the rule lives here once.

A membership that ends before it starts (reported by date-range-reversed, and only there) makes
it unknown whether its person was a member on any day. The checks that count members judge only
what such a membership cannot change: they count its person among those present who may vote
(``present_voters``), never among the voting members a quorum or a share is taken of
(``voting_members``), and report nothing about whether the person was a member (``unsure``).
The same holds on the days a chair's or vice-chair's post overlaps a successor's beyond the
number of holders the rules allow (reported by office-held-twice): the earlier holder may have
left the body (``offices.succeeded``). Co-chairs the rules allow are members like any other.
"""

from __future__ import annotations

from collections.abc import Collection

from docket.checks.offices import succeeded
from docket.corpus import Corpus
from docket.model.body import Body, Role
from docket.model.meeting import AgendaItem, Attendance, Capacity, Meeting


def voting_members(corpus: Corpus, meeting: Meeting) -> set[str]:
    """The body's members with a vote on the meeting day (less those ``succeeded`` that day)."""
    body = corpus.bodies.get(meeting.body)
    if body is None:
        return set()
    voting = {m.person for m in body.obj.members_on(meeting.date) if m.voting}
    return voting - succeeded(corpus, body.obj, meeting.date)


def unsure(body: Body, *, voting: bool = False, roles: Collection[Role] = ()) -> set[str]:
    """The people with a membership of ``body`` (a voting one, if ``voting``; in one of
    ``roles``, if given) that ends before it starts: whether they held it on a given day is
    unknown until it is corrected."""
    return {
        m.person
        for m in body.memberships
        if m.start is not None
        and m.end is not None
        and m.end < m.start
        and (m.voting or not voting)
        and (m.role in roles or not roles)
    }


def unsure_voters(corpus: Corpus, meeting: Meeting) -> set[str]:
    """The people who may or may not have been voting members on the meeting day (``unsure``,
    or ``succeeded``)."""
    body = corpus.bodies.get(meeting.body)
    if body is None:
        return set()
    return unsure(body.obj, voting=True) | succeeded(corpus, body.obj, meeting.date)


def present_voters(corpus: Corpus, meeting: Meeting) -> dict[str, str]:
    """Each person present with a vote -> the member whose vote they hold (themselves, or the
    absent member a substitute stands in for). A person whose voting membership is ``unsure``
    counts: a finding that they made the difference would report date-range-reversed's
    mistake again."""
    voting = voting_members(corpus, meeting) | unsure_voters(corpus, meeting)
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
