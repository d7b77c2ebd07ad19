"""The one-way flow: files -> documents -> corpus -> findings, used by every command."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docket.checks.base import Check
from docket.checks.runner import INTERNAL_ERROR_CODE, run_checks
from docket.config import Config, load_config
from docket.corpus import Corpus, build_corpus
from docket.findings import Finding, Level
from docket.load import load_repository
from docket.load.locate import locate
from docket.waivers import apply_waivers


@dataclass
class CheckReport:
    findings: list[Finding]
    files: int
    as_of: date
    checks: list[Check] = field(default_factory=list)
    waived: int = 0

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level)

    def failed(self, strict: bool) -> bool:
        worst = {Level.ERROR} | ({Level.WARNING} if strict else set())
        return any(f.level in worst for f in self.findings)

    def crashed(self) -> bool:
        """Whether a check crashed (an internal error: the report is incomplete)."""
        return any(f.code == INTERNAL_ERROR_CODE for f in self.findings)


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
    config: Config | None = None,
) -> CheckReport:
    """Load, check, waive and locate; ``paths`` (relative to ``root``) limit what is reported.

    ``config`` defaults to the repository's own (``ConfigError`` when it is wrong); ``checks``
    default to the ones it selects. Configured levels and options reach the runner.
    """
    config = load_config(root) if config is None else config
    corpus, structural, files = load_corpus(root, use_cache)
    return check_corpus(corpus, structural, files, as_of, checks, paths, config)


def check_corpus(
    corpus: Corpus,
    structural: list[Finding],
    files: int,
    as_of: date,
    checks: list[Check] | None = None,
    paths: list[str] | None = None,
    config: Config | None = None,
) -> CheckReport:
    """Check an already loaded corpus (``structural``: the findings of loading it)."""
    root = corpus.root
    config = load_config(root) if config is None else config
    chosen = config.checks_to_run() if checks is None else checks
    found = run_checks(corpus, chosen, as_of, levels=config.levels, options=config.options)
    waived = apply_waivers(found, config, chosen, as_of)
    findings = structural + waived.findings + waived.audit
    reported = [locate(f, root) for f in findings if _within(f, paths or [])]
    reported.sort(key=Finding.sort_key)
    return CheckReport(reported, files, as_of, chosen, waived.waived)
