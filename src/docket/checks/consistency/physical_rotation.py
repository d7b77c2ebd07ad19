"""In-person meetings do not rotate among the regions represented in the body.

Why: rules of procedure with ``physical_rotation: regions`` say the physical meetings are held
in each region in turn ("på skift i regionerne"). A region may host again only after every
other region represented in the body (by a member's ``represents``, or the region of the
organisation represented) has hosted once. Each meeting that took place in person (physical or
hybrid) under such rules must therefore name its ``place.host_region``. A body with a meeting
whose date is in doubt (meeting-dates-out-of-order reports it) is not judged: the order of its
meetings cannot be told.

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml
    place: {mode: physical, host_region: region-midtjylland}
    ---
    # meetings/wg/2026-03-02-wg-5.yaml: Midtjylland again, before the others
    place: {mode: physical, host_region: region-midtjylland}

Good:
    # meetings/wg/2026-03-02-wg-5.yaml
    place: {mode: physical, host_region: region-syddanmark}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import bodies_in_doubt
from docket.checks.schedule import meetings_by_body, met_in_person
from docket.corpus import Corpus
from docket.facts import MeetingFacts
from docket.findings import Level
from docket.model.governing_document import Rotation
from docket.model.registry import OrganisationType

CODE = "DK122"
NAME = "physical-rotation"
LEVEL = Level.WARNING
READS = frozenset({"meeting", "rules-of-procedure", "body", "organisations"})


def _region_of(corpus: Corpus, organisation: str) -> str | None:
    found = corpus.organisations.get(organisation)
    if found is None:
        return None
    if found.type == OrganisationType.REGION:
        return found.id
    return found.region


def _represented_regions(corpus: Corpus, meeting: MeetingFacts) -> set[str]:
    body = corpus.bodies.get(meeting.body)
    if body is None:
        return set()
    regions = (
        _region_of(corpus, m.represents)
        for m in body.obj.members_on(meeting.date)
        if m.represents is not None
    )
    return {region for region in regions if region is not None}


def _rotating(ctx: Context, meeting: MeetingFacts) -> bool:
    version = ctx.corpus.rules_in_force(meeting.body, meeting.date)
    return version is not None and version.parameters.physical_rotation == Rotation.REGIONS


def _check_body(ctx: Context, meetings: list[MeetingFacts]) -> Iterator[Hit]:
    corpus = ctx.corpus
    hosted: list[str] = []
    for meeting in meetings:
        if not met_in_person(meeting) or not _rotating(ctx, meeting):
            continue
        host = meeting.host_region
        if host is None:
            yield Hit(
                f"meeting {meeting.id} took place in person but names no host region: add "
                "'host_region' to 'place' (the rules rotate physical meetings among regions)",
                meeting.path,
                ("place", "host_region"),
                subject=meeting.id,
            )
            continue
        if host not in hosted:
            hosted.append(host)
            continue
        waiting = _represented_regions(corpus, meeting) - set(hosted)
        if not waiting:
            hosted = [host]
            continue
        names = ", ".join(sorted(corpus.name_of(r) for r in waiting))
        verb = "has" if len(waiting) == 1 else "have"
        yield Hit(
            f"{corpus.name_of(host)} hosts meeting {meeting.id} again before {names} "
            f"{verb} hosted a physical meeting (the rules rotate them among the regions)",
            meeting.path,
            ("place", "host_region"),
            subject=meeting.id,
        )


def find(ctx: Context) -> Iterator[Hit]:
    doubted = bodies_in_doubt(ctx.corpus)
    for body, meetings in meetings_by_body(ctx.corpus).items():
        if body not in doubted:  # a meeting date in doubt may change the order: DK131 says so
            yield from _check_body(ctx, meetings)
