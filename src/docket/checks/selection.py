"""Choose checks by code, name or code prefix (as --select/--ignore and the config do)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docket.checks.base import Check
from docket.errors import DocketError


class UnknownCheckError(DocketError):
    """A selector (in --select, --ignore or the configuration) that matches no check."""


def matches(check: Check, selector: str) -> bool:
    selector = selector.strip()
    return selector in (check.name, check.code) or (
        selector.isalnum() and check.code.startswith(selector.upper())
    )


def select(
    checks: Sequence[Check], include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> list[Check]:
    """The checks ``include`` names (all when empty) less those ``exclude`` names."""
    include, exclude = list(include), list(exclude)
    for selector in (*include, *exclude):
        if not any(matches(c, selector) for c in checks):
            raise UnknownCheckError(f"'{selector}' names no check; 'docket rules' lists them")
    chosen = [c for c in checks if not include or any(matches(c, s) for s in include)]
    return [c for c in chosen if not any(matches(c, s) for s in exclude)]
