"""A check whose ``READS`` does not name meetings judges each meeting by itself and the context
(``checks.partition`` caches its findings per meeting on that promise). Kept honest here, on every
repository the suite ships: each meeting judged alone with the context gets exactly the findings
it gets among all the others, and the findings on the context documents do not depend on the
meetings at all."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import REPO_ROOT

from docket.checks.partition import is_local
from docket.checks.registry import CHECKS
from docket.checks.runner import run_checks
from docket.corpus import Corpus, build_corpus
from docket.findings import Finding
from docket.model.meeting import Meeting
from docket.pipeline import checked_view, load_corpus

LOCAL = [check for check in CHECKS if is_local(check)]
REPOSITORIES = {
    "ngc": (REPO_ROOT, date(2025, 4, 25)),
    "aadalen": (REPO_ROOT / "examples" / "aadalen", date(2025, 6, 30)),
    "fredensborg": (REPO_ROOT / "tests" / "examples" / "fredensborg", date(2025, 6, 30)),
}


PLANTED = {
    "meetings/byraadet/2025-01-29-byraadet-1.yaml": (
        "minutes: Borgmesteren havde ingen meddelelser.",
        "minutes: Borgmesteren (CPR 010190-1234) havde ingen meddelelser.",
    ),
    "meetings/byraadet/2025-04-02-byraadet-2.yaml": ('number: "2"', 'number: "1"'),
}


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another body's record with defects that local checks find."""
    root = tmp_path_factory.mktemp("planted")
    shutil.copytree(REPO_ROOT / "examples" / "aadalen", root, dirs_exist_ok=True)
    for rel, (before, after) in PLANTED.items():
        file = root / rel
        text = file.read_text(encoding="utf-8")
        assert before in text, rel
        file.write_text(text.replace(before, after, 1), encoding="utf-8")
    return root


def _repository(name: str, planted: Path) -> tuple[Path, date]:
    return (planted, date(2025, 6, 30)) if name == "planted" else REPOSITORIES[name]


def _view(root: Path) -> Corpus:
    corpus, structural, _ = load_corpus(root, use_cache=False)
    return checked_view(corpus, structural)


def _keys(findings: list[Finding]) -> list[tuple[object, ...]]:
    return sorted((f.code, f.path, f.pointer, f.message) for f in findings)


@pytest.mark.parametrize("name", [*sorted(REPOSITORIES), "planted"])
def test_each_meeting_judged_alone_gets_what_it_gets_among_all(name: str, planted: Path) -> None:
    root, as_of = _repository(name, planted)
    view = _view(root)
    context = [d for d in view.documents if not isinstance(d.model, Meeting)]
    meetings = [d for d in view.documents if isinstance(d.model, Meeting)]
    assert meetings
    together = run_checks(view, LOCAL, as_of)
    for meeting in meetings:
        alone_corpus, _ = build_corpus(root, [*context, meeting], list(view.set_aside.values()))
        alone = [f for f in run_checks(alone_corpus, LOCAL, as_of) if f.path == meeting.path]
        among = [f for f in together if f.path == meeting.path]
        assert _keys(alone) == _keys(among), meeting.path
    if name in ("ngc", "planted"):
        assert together, "the test needs findings to compare"


@pytest.mark.parametrize("name", [*sorted(REPOSITORIES), "planted"])
def test_findings_on_the_context_do_not_depend_on_the_meetings(name: str, planted: Path) -> None:
    root, as_of = _repository(name, planted)
    view = _view(root)
    context = [d for d in view.documents if not isinstance(d.model, Meeting)]
    meeting_paths = {d.path for d in view.documents if isinstance(d.model, Meeting)}
    only_context, _ = build_corpus(root, context, list(view.set_aside.values()))
    without = run_checks(only_context, LOCAL, as_of)
    together = [f for f in run_checks(view, LOCAL, as_of) if f.path not in meeting_paths]
    assert _keys(without) == _keys(together)
