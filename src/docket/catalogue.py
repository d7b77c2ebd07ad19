"""Everything docket can report, in one stable order: the internal error, the structural
problems found while loading, the waiver audit, and every registered check.

``docket rules`` lists it and the SARIF reporter describes it; both read it from here.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from docket.checks.holdback import CHECKS_HELD_BACK
from docket.checks.registry import CHECKS
from docket.checks.runner import INTERNAL_ERROR_CODE, INTERNAL_ERROR_NAME
from docket.findings import Level
from docket.load.problems import LOAD_PROBLEMS
from docket.waivers import WAIVER_PROBLEMS


@dataclass(frozen=True)
class CatalogueEntry:
    """One thing docket can report: its stable code and name, default level and summary."""

    code: str
    name: str
    level: Level
    summary: str
    help: str = ""


def engine_entries() -> list[CatalogueEntry]:
    """What the loader and the runner report; always on, cannot be selected or ignored."""
    entries = [
        CatalogueEntry(INTERNAL_ERROR_CODE, INTERNAL_ERROR_NAME, Level.ERROR, "A check crashed.")
    ]
    entries += [CatalogueEntry(p.code, p.name, p.level, p.summary) for p in LOAD_PROBLEMS]
    entries += [CatalogueEntry(p.code, p.name, Level.WARNING, p.summary) for p in WAIVER_PROBLEMS]
    held = CHECKS_HELD_BACK
    entries.append(CatalogueEntry(held.code, held.name, Level.INFO, held.summary))
    return entries


def all_entries() -> list[CatalogueEntry]:
    return engine_entries() + [
        CatalogueEntry(c.code, c.name, c.level, c.summary, inspect.cleandoc(c.doc)) for c in CHECKS
    ]
