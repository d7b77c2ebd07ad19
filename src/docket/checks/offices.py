"""The single offices of a body, and the posts in them that overlap a successor's.

A body has one chair (forperson) and one vice-chair (næstforperson) at a time. When a new
holder's membership is added without ending the old one, the record names two; that mistake is
office-held-twice's, and the checks that count who was a member on a day within the overlap
judge nothing the correction could change (``succeeded``).

Two posts that begin on the same day are not a succession but an office shared on purpose
(co-chairs, or a first and a second vice-chair elected together), and are left alone. The
secretary is no single office in the model: a secretariat may have several staff in the role
(``docket new meeting`` and ``docket remind`` name them all), so it is not judged here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from docket.model.body import Body, Membership, Role

SINGLE_OFFICES = (Role.CHAIR, Role.VICE_CHAIR)


@dataclass(frozen=True)
class Overlap:
    """A post (``later``) that began while an earlier holder's post in the same office
    (``earlier``) had not ended; indexes into the body's ``memberships``."""

    earlier: int
    later: int
    first_day: date
    last_day: date | None
    """The last day both held the office; None: both still hold it."""


def _reversed(membership: Membership) -> bool:
    start, end = membership.start, membership.end
    return start is not None and end is not None and end < start


def overlaps(body: Body) -> list[Overlap]:
    """Every pair of different people in one single office whose posts overlap, the later
    having begun while the earlier was held. A reversed post is date-range-reversed's."""
    found = []
    posts = [
        (index, m)
        for index, m in enumerate(body.memberships)
        if m.role in SINGLE_OFFICES and not _reversed(m)
    ]
    for earlier, old in posts:
        for later, new in posts:
            if new.role != old.role or new.person == old.person or new.start is None:
                continue
            if old.start is not None and old.start >= new.start:
                continue
            if old.end is not None and old.end < new.start:
                continue
            ends = [day for day in (old.end, new.end) if day is not None]
            found.append(Overlap(earlier, later, new.start, min(ends) if ends else None))
    return found


def succeeded(body: Body, day: date) -> set[str]:
    """The people whose post on ``day`` overlaps a successor's: whether they still held it, or
    were members at all, that day is unknown until the record is corrected."""
    return {
        body.memberships[o.earlier].person
        for o in overlaps(body)
        if o.first_day <= day and (o.last_day is None or day <= o.last_day)
    }
