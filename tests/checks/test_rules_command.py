"""``docket rules``: every structural problem and every check, as text and JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docket.catalogue import engine_entries
from docket.checks.registry import CHECKS
from docket.load.problems import LOAD_PROBLEMS


def test_text_lists_every_problem_and_check_with_level_and_summary(run_cli: Any) -> None:
    result = run_cli("rules")
    assert result.code == 0
    lines = result.out.splitlines()
    for problem in LOAD_PROBLEMS:
        assert any(
            line.split()[:3] == [problem.code, problem.name, problem.level.value]
            and line.endswith(problem.summary)
            for line in lines
        ), problem.code
    for check in CHECKS:
        assert any(
            line.split()[:3] == [check.code, check.name, check.level.value]
            and line.endswith(check.summary)
            for line in lines
        ), check.code


def test_json_lists_every_problem_and_check(run_cli: Any) -> None:
    result = run_cli("rules", "--format", "json")
    assert result.code == 0
    listing = result.json()
    assert [(p.code, p.name, p.level.value, p.summary) for p in engine_entries()] == [
        (p["code"], p["name"], p["level"], p["summary"]) for p in listing["structural"]
    ]
    listed = {p["code"] for p in listing["structural"]}
    assert {"DK000", "DK090", "DK091", "DK095"} | {p.code for p in LOAD_PROBLEMS} == listed
    assert [(c.code, c.name, c.level.value, c.summary) for c in CHECKS] == [
        (c["code"], c["name"], c["level"], c["summary"]) for c in listing["checks"]
    ]


def test_a_named_check_is_documented_in_full(run_cli: Any) -> None:
    result = run_cli("rules", "agenda-late")
    assert result.code == 0
    assert result.out.startswith("DK105 agenda-late (error)\n")
    assert "Why:" in result.out
    assert "Bad:" in result.out
    assert "Good:" in result.out
    assert "DK101" not in result.out


def test_a_check_can_be_named_by_code(run_cli: Any) -> None:
    result = run_cli("rules", "--format", "json", "DK113")
    assert result.code == 0
    assert [c["name"] for c in result.json()["checks"]] == ["personal-identifier"]
    assert result.json()["structural"] == []


def test_an_unknown_name_is_a_usage_error(run_cli: Any) -> None:
    result = run_cli("rules", "agenda-lately")
    assert result.code == 2
    assert "'agenda-lately' names no check" in result.err


def test_the_check_reference_page_is_generated_and_current(run_cli: Any) -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "checks.md"
    result = run_cli("rules", "--format", "markdown")
    assert page.read_text(encoding="utf-8") == result.out, (
        "docs/checks.md is stale: run 'docket rules --format markdown > docs/checks.md'"
    )
