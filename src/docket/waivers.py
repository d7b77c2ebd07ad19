"""Waivers: accepted findings, recorded with a reason in the configuration, and audited.

A live waiver removes the findings of its check on its object (a file path or an object id) from
the report; they are counted as waived. A waiver that waives nothing, or whose expiry date has
passed, is itself a finding (like ruff's unused ``noqa``), so waivers cannot silently outlive
the problem they accepted. Structural problems cannot be waived (the configuration refuses it).

A waiver is not called unused when the checks could not see its object: a finding it matches
was held back, or its object is a file set aside or an id only such a file declares.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from docket.checks.base import Check
from docket.config import Config, Waiver
from docket.corpus import Corpus
from docket.findings import Finding, Level
from docket.load.problems import Problem

WAIVER_UNUSED = Problem("DK090", "waiver-unused", "A waiver that matches no finding.")
WAIVER_EXPIRED = Problem("DK091", "waiver-expired", "A waiver whose expiry date has passed.")
WAIVER_PROBLEMS: tuple[Problem, ...] = (WAIVER_UNUSED, WAIVER_EXPIRED)


@dataclass(frozen=True)
class Waived:
    """The findings left after waivers, how many were waived, and the waivers' own findings."""

    findings: list[Finding]
    waived: int
    audit: list[Finding]


def _finding(problem: Problem, config: Config, waiver: Waiver, message: str, hint: str) -> Finding:
    return Finding(
        code=problem.code,
        name=problem.name,
        level=Level.WARNING,
        message=message,
        path=config.path,
        line=waiver.line,
        column=1,
        hint=hint,
        subject=waiver.object,
    )


def _audit(
    config: Config,
    live: list[Waiver],
    used: set[int],
    ran: set[str],
    as_of: date,
    blind: Corpus | None,
) -> list[Finding]:
    audit = [
        _finding(
            WAIVER_EXPIRED,
            config,
            waiver,
            f"the waiver of {waiver.name} ({waiver.check}) on '{waiver.object}' expired on "
            f"{waiver.expires}",
            "fix what it waived, or give the waiver a later expires date",
        )
        for waiver in config.waivers
        if waiver.expired(as_of)
    ]
    audit.extend(
        _finding(
            WAIVER_UNUSED,
            config,
            waiver,
            f"the waiver of {waiver.name} ({waiver.check}) on '{waiver.object}' waives nothing",
            "remove the waiver if the finding is gone, or correct its check or object",
        )
        for index, waiver in enumerate(live)
        if index not in used and waiver.check in ran and not _unseen_object(waiver, blind)
    )
    return audit


def _unseen_object(waiver: Waiver, blind: Corpus | None) -> bool:
    """Whether the waiver's object is a set-aside file or an id only such a file declares."""
    if blind is None:
        return False
    return waiver.object in blind.set_aside or waiver.object in blind.declared


def apply_waivers(
    findings: Iterable[Finding],
    config: Config,
    ran: Iterable[Check],
    as_of: date,
    unseen: Iterable[Finding] = (),
    blind: Corpus | None = None,
) -> Waived:
    """Remove the findings that a live waiver accepts; report expired and unused waivers.

    A waiver of a check that did not run (not selected) is neither used nor unused; so is one
    that matches a held-back finding (``unseen``) or whose object ``blind`` does not show.
    """
    live = [w for w in config.waivers if not w.expired(as_of)]
    used: set[int] = {
        i
        for finding in unseen
        for i, w in enumerate(live)
        if w.matches(finding.code, finding.path, finding.subject)
    }
    kept: list[Finding] = []
    waived = 0
    for finding in findings:
        matching = {
            i for i, w in enumerate(live) if w.matches(finding.code, finding.path, finding.subject)
        }
        if matching:
            used |= matching
            waived += 1
        else:
            kept.append(finding)
    audit = _audit(config, live, used, {check.code for check in ran}, as_of, blind)
    return Waived(kept, waived, audit)
