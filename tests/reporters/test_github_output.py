"""--format github: one workflow command per finding, escaped as GitHub requires."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docket.findings import Finding, Level
from docket.reporters.github import annotation

from .conftest import AS_OF, BROKEN, MEETING


def test_each_finding_is_a_workflow_command_errors_first(mixed_repo: Path, run_cli: Any) -> None:
    result = run_cli("check", "--root", str(mixed_repo), "--as-of", AS_OF, "--format", "github")
    assert 1 == result.code
    lines = result.out.splitlines()
    assert lines[0].startswith(f"::error file={BROKEN},line=3,col=1,title=DK001 yaml-syntax::")
    assert [
        "::warning file=docket.toml,line=6,col=1,title=DK090 waiver-unused::the waiver of "
        "decision-missing (DK101) on 'wg-9-budget' waives nothing%0Ahint: remove the waiver if "
        "the finding is gone, or correct its check or object",
        f"::notice file={MEETING},line=24,col=11,title=DK101 decision-missing::decision item 1 "
        "'Budget' records no decision: add the outcome under 'decisions:' (adopted, rejected, "
        "deferred, ...)",
    ] == lines[1:3]
    assert (
        "docket: 7 files checked as of 2025-04-01: 1 error, 1 warning, 1 note, 0 waived"
        == (lines[3])
    )


def test_message_escapes_percent_and_line_breaks() -> None:
    finding = Finding("DK101", "decision-missing", Level.ERROR, "100% done\r\nnext: a, b", "x.yaml")
    assert "::error file=x.yaml,title=DK101 decision-missing::100%25 done%0D%0Anext: a, b" == (
        annotation(finding)
    )


def test_properties_also_escape_colon_and_comma() -> None:
    finding = Finding(
        "DK101", "decision-missing", Level.WARNING, "m", "a:b,c%.yaml", line=2, column=3
    )
    assert "::warning file=a%3Ab%2Cc%25.yaml,line=2,col=3,title=DK101 decision-missing::m" == (
        annotation(finding)
    )


def test_finding_without_a_file_has_no_file_property() -> None:
    finding = Finding("DK000", "internal-error", Level.ERROR, "check x crashed")
    assert "::error title=DK000 internal-error::check x crashed" == annotation(finding)
