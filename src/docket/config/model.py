"""What a repository's configuration says: which checks run, at what level, with what options,
and which findings are waived. ``docket.config.load`` reads and validates it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from docket.checks import registry
from docket.checks.base import Check
from docket.checks.selection import select
from docket.findings import Level
from docket.repository import RepositoryError


class ConfigError(RepositoryError):
    """The configuration is wrong: like a missing repository, nothing can be judged (exit 2).

    Each problem is one line ``file:line: what is wrong; how to fix it``."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))

    def lines(self) -> list[str]:
        return self.problems


@dataclass(frozen=True)
class Waiver:
    """An accepted finding: ``check`` (a code; ``name`` is its name) on ``object`` (a file
    path or an object id). ``line`` is where the waiver starts in the configuration file."""

    check: str
    name: str
    object: str
    reason: str
    expires: date | None
    line: int

    def matches(self, code: str, path: str, subject: str | None) -> bool:
        return code == self.check and self.object in (path, subject)

    def expired(self, as_of: date) -> bool:
        return self.expires is not None and self.expires < as_of


@dataclass(frozen=True)
class Config:
    """The validated configuration. ``path`` is the file it came from ('' when there is none);
    ``levels``, ``off`` and ``options`` are keyed by check name; ``brief_body`` is the body
    ``docket brief`` makes packs for when the command line names none."""

    path: str = ""
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    levels: Mapping[str, Level] = field(default_factory=dict)
    off: frozenset[str] = frozenset()
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    waivers: tuple[Waiver, ...] = ()
    brief_body: str | None = None

    def checks_to_run(
        self,
        cli_select: Iterable[str] = (),
        cli_ignore: Iterable[str] = (),
        checks: Sequence[Check] | None = None,
    ) -> list[Check]:
        """The configured selection, with the command line on top.

        ``--select`` replaces the configured ``select``; a check it names exactly (by code or
        name, not by prefix) runs even when the configuration ignores it or turns it off.
        ``--ignore`` removes checks from whatever else was chosen. Raises ``UnknownCheckError``
        for a command-line selector that names no check. ``checks`` default to the registry's.
        """
        checks = registry.CHECKS if checks is None else checks
        cli_select, cli_ignore = list(cli_select), list(cli_ignore)
        kept = select(checks, (), cli_ignore)
        select(checks, cli_select)
        configured = select(
            checks, cli_select or list(self.select), [*self.ignore, *sorted(self.off)]
        )
        named = {s.strip() for s in cli_select}
        return [c for c in kept if c in configured or named & {c.code, c.name}]
