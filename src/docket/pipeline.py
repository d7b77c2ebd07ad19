"""The one-way flow: files -> documents -> corpus -> findings, used by every command."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docket.checks.base import Check
from docket.checks.holdback import hold_back
from docket.checks.partition import run_partitioned
from docket.checks.runner import INTERNAL_ERROR_CODE, run_checks
from docket.config import Config, load_config
from docket.corpus import Corpus, build_corpus, recover
from docket.findings import Finding, Level
from docket.load import load_repository
from docket.load.locate import Positions, locate
from docket.load.problems import LOAD_PROBLEMS
from docket.render.audience import Audience, finding_level, may_see
from docket.waivers import apply_waivers


@dataclass
class CheckReport:
    findings: list[Finding]
    files: int
    as_of: date
    checks: list[Check] = field(default_factory=list)
    waived: int = 0
    withheld: list[Finding] = field(default_factory=list)
    """Findings above the audience the report is for: not shown, but they still fail it."""

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level)

    def failed(self, strict: bool) -> bool:
        worst = {Level.ERROR} | ({Level.WARNING} if strict else set())
        return any(f.level in worst for f in (*self.findings, *self.withheld))

    def crashed(self) -> bool:
        """Whether a check crashed (an internal error: the report is incomplete)."""
        return any(f.code == INTERNAL_ERROR_CODE for f in self.findings)


def load_corpus(
    root: Path, use_cache: bool = True, digests: Mapping[Path, bytes] | None = None
) -> tuple[Corpus, list[Finding], int]:
    """Load every data file and build the corpus; findings are the structural problems.

    The ids that files which failed validation declare are in the corpus (``Corpus.declared``),
    so references to them do not dangle.
    """
    loaded = load_repository(root, use_cache=use_cache, digests=digests)
    rejected = [recover.from_rejected(r) for r in loaded.rejected]
    corpus, reference_findings = build_corpus(root, loaded.documents, rejected)
    return corpus, loaded.findings + reference_findings, loaded.files


_STRUCTURAL = frozenset(problem.code for problem in LOAD_PROBLEMS)


def checked_view(corpus: Corpus, structural: list[Finding]) -> Corpus:
    """The corpus the checks see: without the loaded documents that have a structural error
    (they are set aside like the files that did not load; their ids still count)."""
    flawed = {f.path for f in structural if f.code in _STRUCTURAL and f.level == Level.ERROR}
    aside = [d for d in corpus.documents if d.path in flawed]
    if not aside:
        return corpus
    kept = [d for d in corpus.documents if d.path not in flawed]
    recovered = [*corpus.set_aside.values(), *(recover.from_model(d.model, d.path) for d in aside)]
    view, _ = build_corpus(corpus.root, kept, recovered)
    return view


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
    audience: Audience = Audience.CONFIDENTIAL,
) -> CheckReport:
    """Load, check, waive and locate; ``paths`` (relative to ``root``) limit what is reported.

    ``config`` defaults to the repository's own (``ConfigError`` when it is wrong); ``checks``
    default to the ones it selects. Configured levels and options reach the runner.
    """
    config = load_config(root) if config is None else config
    corpus, structural, files = load_corpus(root, use_cache)
    return check_corpus(corpus, structural, files, as_of, checks, paths, config, audience)


def check_corpus(
    corpus: Corpus,
    structural: list[Finding],
    files: int,
    as_of: date,
    checks: list[Check] | None = None,
    paths: list[str] | None = None,
    config: Config | None = None,
    audience: Audience = Audience.CONFIDENTIAL,
    cache: bool = False,
) -> CheckReport:
    """Check an already loaded corpus (``structural``: the findings of loading it).

    Files with a structural error are not judged, and findings that only their error could
    cause are held back (``checks.holdback``), with one note per such file. Findings about
    what ``audience`` may not see are withheld from the report (they still fail it). With
    ``cache``, the findings on meetings that did not change are reused (``checks.partition``).
    """
    root = corpus.root
    config = load_config(root) if config is None else config
    chosen = config.checks_to_run() if checks is None else checks
    view = checked_view(corpus, structural)
    if cache:
        found = run_partitioned(view, chosen, as_of, config.levels, config.options)
    else:
        found = run_checks(view, chosen, as_of, levels=config.levels, options=config.options)
    held = hold_back(view, chosen, found)
    waived = apply_waivers(held.findings, config, chosen, as_of, unseen=held.held, blind=view)
    findings = structural + waived.findings + waived.audit + held.notes
    within = [f for f in findings if _within(f, paths or [])]
    shown = [f for f in within if may_see(audience, finding_level(corpus, f))]
    withheld = [f for f in within if not may_see(audience, finding_level(corpus, f))]
    if cache:
        positions = Positions(root, {d.path: d.digest for d in corpus.documents})
        reported = sorted((positions.locate(f) for f in shown), key=Finding.sort_key)
        positions.save()
    else:
        reported = sorted((locate(f, root) for f in shown), key=Finding.sort_key)
    return CheckReport(reported, files, as_of, chosen, waived.waived, withheld)
