"""A body met in person fewer times in a year than its rules of procedure require.

Why: rules of procedure may require physical meetings (``physical_meetings_per_year``), e.g.
"at least one meeting a year with physical attendance". A meeting counts when it took place
(held, minutes-draft or minutes-approved) with ``place.mode`` physical or hybrid. The rules
in force at the end of the year (or on the as-of date) apply. The first year is judged only
when the requirement was in force from 1 January: a body whose rules took effect in November
had no fair chance to meet in person that year. A year is judged once it is over,
or earlier when the body's remaining planned meetings of the year (records not yet held whose
place is not virtual, announced next meetings and annual-plan meetings) are too few to make up
the shortfall. The finding points at the requirement in the rules. A body with a meeting whose
date is in doubt (meeting-dates-out-of-order reports it) is not judged: the meeting may belong
to another year.

Bad:
    # rules: physical_meetings_per_year: 1; checked as of 2026-01-15
    # every 2025 meeting of the body:
    date: 2025-03-03
    status: minutes-approved
    place: {mode: virtual, platform: Microsoft Teams}

Good:
    date: 2025-03-03
    status: minutes-approved
    place: {mode: physical, address: Regionshuset, host_region: region-midtjylland}
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import bodies_in_doubt
from docket.checks.schedule import (
    NOT_YET_HELD,
    could_meet_in_person,
    met_in_person,
    unrecorded_dates,
)
from docket.corpus import Located
from docket.findings import Level
from docket.model.governing_document import RulesOfProcedure

CODE = "DK121"
NAME = "physical-meeting-missing"
LEVEL = Level.WARNING
READS = frozenset({"meeting", "annual-plan", "rules-of-procedure"})


def _first_year(rules: RulesOfProcedure) -> int | None:
    """The first whole calendar year the requirement was in force."""
    years = [
        start.year if (start.month, start.day) == (1, 1) else start.year + 1
        for version in rules.versions
        if version.parameters.physical_meetings_per_year
        and (start := version.in_force_from()) is not None
    ]
    return min(years) if years else None


def _judge(
    ctx: Context,
    located: Located[RulesOfProcedure],
    year: int,
    held: int,
    possible: int,
) -> Hit | None:
    rules = located.obj
    day = min(date(year, 12, 31), ctx.as_of)
    version = rules.in_force_on(day)
    if version is None or not version.parameters.physical_meetings_per_year:
        return None
    required = version.parameters.physical_meetings_per_year
    year_over = ctx.as_of > date(year, 12, 31)
    if held + (0 if year_over else possible) >= required:
        return None
    index = next(i for i, v in enumerate(rules.versions) if v is version)
    name = ctx.corpus.name_of(rules.body)
    times = "once" if held == 1 else f"{held} times"
    if year_over:
        outlook = ""
    elif possible:
        outlook = f", and the {possible} meeting(s) still planned in {year} cannot make up for it"
    else:
        outlook = f", and no meeting still planned in {year} can be in person"
    return Hit(
        f"{name} met in person {times} in {year} (physical or hybrid meetings that took "
        f"place); its rules of procedure (version {version.version}) require "
        f"{required}{outlook}",
        located.path,
        ("versions", index, "parameters", "physical_meetings_per_year"),
        subject=rules.body,
    )


def find(ctx: Context) -> Iterator[Hit]:
    corpus = ctx.corpus
    held: Counter[tuple[str, int]] = Counter()
    possible: defaultdict[tuple[str, int], set[date]] = defaultdict(set)
    for meeting in corpus.facts.values():
        key = (meeting.body, meeting.date.year)
        if met_in_person(meeting):
            held[key] += 1
        elif (
            meeting.status in NOT_YET_HELD
            and meeting.date >= ctx.as_of
            and could_meet_in_person(meeting)
        ):
            possible[key].add(meeting.date)
    for planned in unrecorded_dates(corpus):
        if planned.day >= ctx.as_of:
            possible[(planned.body, planned.day.year)].add(planned.day)
    doubted = bodies_in_doubt(corpus)
    for rules in corpus.rules:
        first = _first_year(rules.obj)
        if first is None or rules.obj.body in doubted:
            continue  # a meeting date in doubt may belong to another year: DK131 reports it
        body = rules.obj.body
        for year in range(first, ctx.as_of.year + 1):
            key = (body, year)
            hit = _judge(ctx, rules, year, held[key], len(possible[key]))
            if hit is not None:
                yield hit
