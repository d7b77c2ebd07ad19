"""The explicit list of consistency checks. Add a module here to register a new check."""

from __future__ import annotations

from docket.checks.base import Check, from_module
from docket.checks.rules import decision_missing

CHECKS: tuple[Check, ...] = tuple(from_module(module) for module in (decision_missing,))

BY_NAME: dict[str, Check] = {check.name: check for check in CHECKS}
BY_CODE: dict[str, Check] = {check.code: check for check in CHECKS}
