"""The one-way flow: files -> documents -> corpus -> findings, used by every command."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docket.checks.base import Check
from docket.checks.registry import CHECKS
from docket.checks.runner import run_checks
from docket.corpus import Corpus, build_corpus
from docket.findings import Finding, Level
from docket.load import load_repository
from docket.load.locate import locate


@dataclass
class CheckReport:
    findings: list[Finding]
    files: int
    as_of: date
    checks: list[Check] = field(default_factory=list)

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level)

    def failed(self, strict: bool) -> bool:
        worst = {Level.ERROR} | ({Level.WARNING} if strict else set())
        return any(f.level in worst for f in self.findings)


def load_corpus(root: Path, use_cache: bool = True) -> tuple[Corpus, list[Finding], int]:
    """Load every data file and build the corpus; findings are the structural problems."""
    loaded = load_repository(root, use_cache=use_cache)
    corpus, reference_findings = build_corpus(root, loaded.documents)
    return corpus, loaded.findings + reference_findings, loaded.files


def _within(finding: Finding, paths: list[str]) -> bool:
    return not paths or any(
        finding.path == p or finding.path.startswith(p.rstrip("/") + "/") for p in paths
    )


def check_repository(
    root: Path,
    as_of: date,
    checks: list[Check] | None = None,
    paths: list[str] | None = None,
    use_cache: bool = True,
) -> CheckReport:
    """Load, check and locate; ``paths`` (relative to ``root``) limit what is reported."""
    corpus, findings, files = load_corpus(root, use_cache)
    chosen = list(CHECKS) if checks is None else checks
    findings = findings + run_checks(corpus, chosen, as_of)
    reported = [locate(f, root) for f in findings if _within(f, paths or [])]
    reported.sort(key=Finding.sort_key)
    return CheckReport(reported, files, as_of, chosen)
