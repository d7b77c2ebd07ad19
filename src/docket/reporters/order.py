"""The order a person reads findings in: the real errors first.

A report sorted by file and line would print a file's ``DK095 checks-held-back`` note (line 1)
above the error that caused it. So files come in the order of their worst finding (files with
errors first), then by path; within a file, errors come before warnings and warnings before
notes, each in line order. The JSON and SARIF reports keep the runner's order: tools sort
for themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

from docket.findings import Finding, Level

SEVERITY = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}


def _in_file(finding: Finding) -> tuple[int, tuple[str, int, int, str, str]]:
    return SEVERITY[finding.level], finding.sort_key()


def reading_order(findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` grouped by file, worst file first, and worst first within each file."""
    ordered = sorted(findings, key=_in_file)
    worst: dict[str, int] = {}
    for finding in ordered:
        worst.setdefault(finding.path, SEVERITY[finding.level])
    return sorted(ordered, key=lambda f: (worst[f.path], f.path))
