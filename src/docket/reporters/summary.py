"""The closing line of a report: how many files were checked and what was found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docket.findings import Level

if TYPE_CHECKING:
    from docket.pipeline import CheckReport


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def summary(report: CheckReport) -> str:
    """ "13 files checked as of 2025-04-25: 0 errors, 1 warning, 2 notes, 1 waived"."""
    errors, warnings, infos = (report.count(level) for level in Level)
    return (
        f"{_count(report.files, 'file', 'files')} checked as of {report.as_of.isoformat()}: "
        f"{_count(errors, 'error', 'errors')}, {_count(warnings, 'warning', 'warnings')}, "
        f"{_count(infos, 'note', 'notes')}, {report.waived} waived"
    )
