"""The offices of a body that a set number of people hold at a time, and the posts in them
beyond that number.

A body has one chair (forperson) and one vice-chair (næstforperson) at a time, unless the rules
of procedure in force say how many (``chairs``, ``vice_chairs``: a partnership board with two
co-chairs, a formandskab of two medformænd). When a new holder's membership is added without
ending the old one, the record names one holder too many; that mistake is office-held-twice's,
and the checks that count who was a member on a day within the overlap judge nothing the
correction could change (``succeeded``).

Where the rules in force on a day do not say (or no rules are in force), a post is over the
number when it began while another person's post that began earlier was held; two posts that
begin on the same day are not a succession but an office shared on purpose (co-chairs, or a
first and a second vice-chair elected together), and are left alone. Where they say N, a post
is over the number on the days N other people hold the office whose posts began before it (or
the same day, listed before it), whatever the day each began: the rules said how many, so a
third co-chair elected with the other two is one too many. The number may change on the day a
new version of the rules takes effect, so the posts are judged a stretch of days at a time,
each stretch one set of holders under one version of the rules.

The secretary is no single office in the model: a secretariat may have several staff in the
role (``docket new meeting`` and ``docket remind`` name them all), so it is not judged here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from docket.corpus import Corpus
from docket.model.body import Body, Membership, Role

OFFICES = (Role.CHAIR, Role.VICE_CHAIR)


@dataclass(frozen=True)
class Allowed:
    """How many people may hold an office at a time, by the rules in force on a day."""

    number: int | None
    """None: the rules in force do not say (one, but posts begun the same day are shared)."""
    rules: str | None = None
    """The id of the rules of procedure that say ``number``."""
    version: str | None = None
    """Their version in force, which says ``number``."""


@dataclass(frozen=True)
class Overlap:
    """A post (``later``) held beyond the number allowed while the ``earlier`` posts in the same
    office were held, from ``first_day`` to ``last_day``; indexes into the body's
    ``memberships``. Where the rules do not say how many, one earlier post: one overlap per
    pair of posts."""

    earlier: tuple[int, ...]
    later: int
    first_day: date
    last_day: date | None
    """The last day of the stretch; None: it has not ended."""
    allowed: Allowed


def _reversed(membership: Membership) -> bool:
    start, end = membership.start, membership.end
    return start is not None and end is not None and end < start


def _allowed(corpus: Corpus, body: str, role: Role, day: date) -> Allowed:
    found = corpus.rules_document_in_force(body, day)
    if found is None:
        return Allowed(None)
    rules, version = found
    parameters = version.parameters
    number = parameters.chairs if role == Role.CHAIR else parameters.vice_chairs
    return Allowed(number, rules.id, version.version) if number is not None else Allowed(None)


def _over(posts: list[tuple[int, Membership]], allowed: int | None) -> Iterator[tuple[int, ...]]:
    """The earlier posts and, last, the post held beyond the number, for each such post among
    ``posts`` (held on one day, in list order)."""
    if allowed is None:
        for later, new in posts:
            if new.start is None:
                continue
            for earlier, old in posts:
                if old.person != new.person and (old.start is None or old.start < new.start):
                    yield earlier, later
        return
    ranked = sorted(posts, key=lambda post: (post[1].start or date.min, post[0]))
    first: dict[str, int] = {}
    for index, post in ranked:
        if post.person in first:
            continue
        if len(first) >= allowed:
            yield *first.values(), index
        first[post.person] = index


def _posts(body: Body, role: Role) -> list[tuple[int, Membership]]:
    return [
        (index, m)
        for index, m in enumerate(body.memberships)
        if m.role == role and not _reversed(m)
    ]


def _rules_days(corpus: Corpus, body: str) -> set[date]:
    return {
        day
        for located in corpus.rules
        if located.obj.body == body
        for version in located.obj.versions
        if (day := version.in_force_from()) is not None
    }


def overlaps(corpus: Corpus, body: Body) -> list[Overlap]:
    """Every post held beyond the number its office allows, for each stretch of days it is;
    a reversed post is date-range-reversed's."""
    found: list[Overlap] = []
    rules_days = _rules_days(corpus, body.id)
    for role in OFFICES:
        posts = _posts(body, role)
        days = set(rules_days)
        days.update(m.start for _, m in posts if m.start is not None)
        days.update(m.end + timedelta(days=1) for _, m in posts if m.end is not None)
        starts = sorted(days)
        open_runs: dict[tuple[int | None, ...], int] = {}
        for position, first in enumerate(starts):
            following = starts[position + 1] if position + 1 < len(starts) else None
            last = following - timedelta(days=1) if following else None
            allowed = _allowed(corpus, body.id, role, first)
            held = [(index, m) for index, m in posts if m.active_on(first)]
            runs: dict[tuple[int | None, ...], int] = {}
            for *earlier, later in _over(held, allowed.number):
                key = (later, allowed.number, *(earlier if allowed.number is None else ()))
                ongoing = open_runs.get(key)
                if ongoing is None:
                    runs[key] = len(found)
                    found.append(Overlap(tuple(earlier), later, first, last, allowed))
                else:
                    run = found[ongoing]
                    merged = (*run.earlier, *(i for i in earlier if i not in run.earlier))
                    found[ongoing] = Overlap(merged, later, run.first_day, last, run.allowed)
                    runs[key] = ongoing
            open_runs = runs
    return found


def succeeded(corpus: Corpus, body: Body, day: date) -> set[str]:
    """The people whose post on ``day`` overlaps a successor's held beyond the number allowed:
    whether they still held it, or were members at all, that day is unknown until the record
    is corrected."""
    doubt: set[str] = set()
    for role in OFFICES:
        held = [(index, m) for index, m in _posts(body, role) if m.active_on(day)]
        for *earlier, _ in _over(held, _allowed(corpus, body.id, role, day).number):
            doubt.update(body.memberships[index].person for index in earlier)
    return doubt
