"""Everything docket can report, in one stable order: the internal error, the structural
problems found while loading, the waiver audit, and every registered check.

``docket rules`` lists it and the SARIF reporter describes it; both read it from here.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from docket.checks.registry import CHECKS
from docket.checks.runner import INTERNAL_ERROR_CODE, INTERNAL_ERROR_NAME
from docket.findings import Level
from docket.load.problems import LOAD_PROBLEMS
from docket.waivers import WAIVER_PROBLEMS


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    level: Level
    summary: str
    help: str = ""
    always_on: bool = False


def engine_rules() -> list[Rule]:
    """What the loader and the runner report; always on, cannot be selected or ignored."""
    rules = [
        Rule(INTERNAL_ERROR_CODE, INTERNAL_ERROR_NAME, Level.ERROR, "A check crashed.", "", True)
    ]
    rules += [Rule(p.code, p.name, Level.ERROR, p.summary, "", True) for p in LOAD_PROBLEMS]
    rules += [Rule(p.code, p.name, Level.WARNING, p.summary, "", True) for p in WAIVER_PROBLEMS]
    return rules


def all_rules() -> list[Rule]:
    return engine_rules() + [
        Rule(c.code, c.name, c.level, c.summary, inspect.cleandoc(c.doc)) for c in CHECKS
    ]
