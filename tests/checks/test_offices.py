"""The number of holders an office allows (``checks.offices``), held to two properties over
many generated bodies, beside the cases in cases/office-held-twice.yaml:

- where no rules in force say how many, the overlaps are exactly the pairs docket found before
  the number existed (one chair, posts begun the same day shared), whatever versions of rules
  that do not say it take effect in between;
- where they say N, no day has more than N holders whose post is not found on that day, a post
  is found only on days when more than N people hold the office, and the people in doubt on a
  day (``succeeded``) hold an office that day and are named by a finding that covers it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from docket.checks.offices import Overlap, overlaps, succeeded
from docket.corpus import Corpus, Located
from docket.model.body import Body, Role
from docket.model.governing_document import RulesOfProcedure

FIRST = date(2025, 1, 1)
DAYS = st.integers(min_value=0, max_value=40).map(lambda n: FIRST + timedelta(days=n))
POST = st.fixed_dictionaries(
    {
        "person": st.sampled_from(["alice", "bob", "carol", "dave"]),
        "role": st.sampled_from(["chair", "vice-chair", "member"]),
        "start": st.none() | DAYS,
        "end": st.none() | DAYS,
    }
)


def _body(posts: list[dict[str, Any]]) -> Body:
    return Body.model_validate(
        {"kind": "body", "id": "wg", "type": "working-group", "name": {"da": "Gruppen"}}
        | {"memberships": posts}
    )


def _corpus(versions: list[tuple[date, int | None]]) -> Corpus:
    corpus = Corpus(root=Path("."))
    if versions:
        rules = RulesOfProcedure.model_validate(
            {
                "kind": "rules-of-procedure",
                "id": "wg-rules",
                "body": "wg",
                "title": {"da": "Forretningsorden"},
                "versions": [
                    {
                        "version": f"{n}.0",
                        "status": "adopted",
                        "adopted": {"date": day, "body": "board"},
                        "parameters": {} if chairs is None else {"chairs": chairs},
                    }
                    for n, (day, chairs) in enumerate(versions, start=1)
                ],
            }
        )
        corpus.rules.append(Located(rules, "rules-of-procedure", "wg-rules.yaml", ()))
    return corpus


def _pairs_before_the_number(body: Body) -> set[tuple[int, int, date, date | None]]:
    """What office-held-twice found before the rules could say how many (docket 0.1)."""
    found = set()
    posts = [
        (index, m)
        for index, m in enumerate(body.memberships)
        if m.role in (Role.CHAIR, Role.VICE_CHAIR)
        and not (m.start is not None and m.end is not None and m.end < m.start)
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
            found.add((earlier, later, new.start, min(ends) if ends else None))
    return found


def _pairs(found: list[Overlap]) -> set[tuple[int, int, date, date | None]]:
    assert all(len(o.earlier) == 1 and o.allowed.number is None for o in found)
    return {(o.earlier[0], o.later, o.first_day, o.last_day) for o in found}


@settings(max_examples=300, deadline=None, derandomize=True)
@given(posts=st.lists(POST, max_size=6), adopted=st.lists(DAYS, max_size=3, unique=True))
def test_without_a_number_the_overlaps_are_those_found_before(
    posts: list[dict[str, Any]], adopted: list[date]
) -> None:
    body = _body(posts)
    corpus = _corpus([(day, None) for day in sorted(adopted)])
    assert _pairs_before_the_number(body) == _pairs(overlaps(corpus, body))


def _covers(overlap: Overlap, day: date) -> bool:
    return overlap.first_day <= day and (overlap.last_day is None or day <= overlap.last_day)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    posts=st.lists(POST, max_size=7),
    chairs=st.integers(min_value=1, max_value=3),
    day=DAYS,
)
def test_with_a_number_no_day_has_more_holders_than_it_unless_found(
    posts: list[dict[str, Any]], chairs: int, day: date
) -> None:
    body = _body(posts)
    corpus = _corpus([(FIRST, chairs)])
    found = [o for o in overlaps(corpus, body) if _covers(o, day)]
    chair_posts = {
        index: m
        for index, m in enumerate(body.memberships)
        if m.role == Role.CHAIR and m.active_on(day) and not (m.start and m.end and m.end < m.start)
    }
    holders = {m.person for m in chair_posts.values()}
    flagged = {body.memberships[o.later].person for o in found if o.later in chair_posts}
    assert len(holders - flagged) <= chairs
    assert not flagged or len(holders) > chairs
    doubt = succeeded(corpus, body, day)
    earlier = {body.memberships[i].person for o in found for i in o.earlier}
    officers = {m.person for m in body.members_on(day) if m.role in (Role.CHAIR, Role.VICE_CHAIR)}
    assert doubt <= earlier & officers
