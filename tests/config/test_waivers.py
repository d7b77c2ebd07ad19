"""Waivers: a live one removes its findings (counted as waived); an unused one (DK090) and an
expired one (DK091) are warnings at the waiver's line in the configuration file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .conftest import AS_OF, MEETING

SELECT = 'select = ["decision-missing"]\n\n'


def _check(repo: Path, run_cli: Any, config: str, *args: str) -> Any:
    (repo / "docket.toml").write_text(SELECT + config, encoding="utf-8")
    return run_cli("check", "--root", str(repo), "--as-of", AS_OF, "--format", "json", *args)


def _found(result: Any) -> list[tuple[str, str, int, str]]:
    return [(f["code"], f["path"], f["line"], f["level"]) for f in result.json()["findings"]]


def test_live_waiver_by_object_id_removes_the_finding(repo: Path, run_cli: Any) -> None:
    result = _check(
        repo,
        run_cli,
        '[[waivers]]\ncheck = "decision-missing"\nobject = "wg-1-budget"\n'
        'reason = "decided by e-mail on 2025-03-05"\nexpires = 2025-06-30\n',
    )
    assert 0 == result.code
    assert [] == _found(result)
    assert 1 == result.json()["summary"]["waived"]


def test_live_waiver_by_code_and_file_path_removes_the_finding(repo: Path, run_cli: Any) -> None:
    result = _check(
        repo, run_cli, f'[[waivers]]\ncheck = "DK101"\nobject = "{MEETING}"\nreason = "known"\n'
    )
    assert 0 == result.code
    assert [] == _found(result)


def test_waiver_expiring_on_the_as_of_date_is_still_live(repo: Path, run_cli: Any) -> None:
    result = _check(
        repo,
        run_cli,
        f'[[waivers]]\ncheck = "DK101"\nobject = "wg-1-budget"\nreason = "r"\nexpires = {AS_OF}\n',
    )
    assert 0 == result.code
    assert [] == _found(result)


def test_unused_waiver_is_a_warning_at_its_line(repo: Path, run_cli: Any) -> None:
    result = _check(
        repo,
        run_cli,
        '[[waivers]]\ncheck = "DK101"\nobject = "wg-1-budget"\nreason = "accepted"\n\n'
        '[[waivers]]\ncheck = "decision-missing"\nobject = "wg-9-budget"\nreason = "typo"\n',
    )
    assert 0 == result.code
    assert [("DK090", "docket.toml", 8, "warning")] == _found(result)
    assert "waiver-unused" == result.json()["findings"][0]["name"]
    assert 1 == result.json()["summary"]["waived"]


def test_unused_waiver_fails_with_strict(repo: Path, run_cli: Any) -> None:
    config = '[[waivers]]\ncheck = "DK101"\nobject = "wg-9"\nreason = "gone"\n'
    assert 1 == _check(repo, run_cli, config, "--strict").code


def test_expired_waiver_is_a_warning_and_waives_nothing(repo: Path, run_cli: Any) -> None:
    result = _check(
        repo,
        run_cli,
        '[[waivers]]\ncheck = "DK101"\nobject = "wg-1-budget"\nreason = "until the budget"\n'
        "expires = 2025-03-31\n",
    )
    assert 1 == result.code
    assert [
        ("DK091", "docket.toml", 3, "warning"),
        ("DK101", MEETING, 24, "error"),
    ] == _found(result)
    assert "expired on 2025-03-31" in result.json()["findings"][0]["message"]
    assert 0 == result.json()["summary"]["waived"]


def test_waiver_of_a_check_that_did_not_run_is_not_unused(repo: Path, run_cli: Any) -> None:
    result = _check(
        repo,
        run_cli,
        '[[waivers]]\ncheck = "minutes-late"\nobject = "wg-1"\nreason = "not selected"\n',
    )
    assert 1 == result.code
    assert ["DK101"] == [code for code, *_ in _found(result)]


def test_waiver_in_pyproject_is_located_in_pyproject(repo: Path, run_cli: Any) -> None:
    (repo / "docket.toml").unlink()
    (repo / "pyproject.toml").write_text(
        '[tool.docket]\nselect = ["DK101"]\n\n[[tool.docket.waivers]]\ncheck = "DK101"\n'
        'object = "wg-7"\nreason = "nothing"\n',
        encoding="utf-8",
    )
    result = run_cli("check", "--root", str(repo), "--as-of", AS_OF, "--format", "json")
    assert [("DK101", MEETING, 24, "error"), ("DK090", "pyproject.toml", 4, "warning")] == (
        _found(result)
    )


def test_structural_problem_cannot_be_waived(repo: Path, run_cli: Any) -> None:
    result = _check(
        repo, run_cli, '[[waivers]]\ncheck = "DK001"\nobject = "wg-1"\nreason = "broken"\n'
    )
    assert 2 == result.code
    assert "docket: docket.toml:4: 'DK001' is a structural problem" in result.err
    assert "cannot be waived" in result.err
