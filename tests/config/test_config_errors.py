"""A wrong configuration is an error that names the file and line and says how to fix it;
``docket check`` then judges nothing and exits 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from docket.checks.registry import CHECKS

WITH_INT_OPTION = next(
    (check, option) for check in CHECKS for option in check.options if option.type is int
)

CASES = [
    pytest.param(
        'select = ["DK101"]\nselct = ["DK1"]\n',
        2,
        "unknown key 'selct' in the top level of docket.toml (did you mean 'select'?)",
        id="unknown-top-level-key",
    ),
    pytest.param(
        'select = ["DK101"]\nbrief_body = "The Board"\n',
        2,
        'brief_body must be the id of a body, not "The Board": write brief_body = "board"',
        id="brief-body-not-an-id",
    ),
    pytest.param(
        "\n[checks.decision-mising]\nlevel = 'warning'\n",
        2,
        "'decision-mising' names no check (did you mean 'decision-missing'?)",
        id="unknown-check",
    ),
    pytest.param(
        "[checks.unknown-key]\nlevel = 'off'\n",
        1,
        "'unknown-key' is a structural problem: structural problems cannot be configured",
        id="structural-problem-configured",
    ),
    pytest.param(
        "[checks.DK101]\n\nlevel = 'fatal'\n",
        3,
        'level of decision-missing must be one of error, warning, info, off, not "fatal": '
        'write level = "error"',
        id="unknown-level",
    ),
    pytest.param(
        "[checks.decision-missing]\nlevel = 'info'\nmin_days = 3\n",
        3,
        "check decision-missing has no option 'min_days': it takes level",
        id="unknown-option",
    ),
    pytest.param(
        f"[checks.{WITH_INT_OPTION[0].name}]\n{WITH_INT_OPTION[1].name} = 'three'\n",
        2,
        f"option {WITH_INT_OPTION[1].name} of {WITH_INT_OPTION[0].name} must be a whole "
        "number, not a string",
        id="option-of-wrong-type",
    ),
    pytest.param(
        f"[checks.{WITH_INT_OPTION[0].name}]\n{WITH_INT_OPTION[1].name} = true\n",
        2,
        "must be a whole number, not true or false",
        id="option-boolean-for-number",
    ),
    pytest.param(
        "[checks.DK101]\nlevel = 'info'\n[checks.decision-missing]\nlevel = 'off'\n",
        3,
        "check decision-missing (DK101) is configured twice, as 'DK101' and as 'decision-missing'",
        id="check-configured-twice",
    ),
    pytest.param(
        "checks = 3\n", 1, "checks must be a table of check tables, not a whole number", id="checks"
    ),
    pytest.param(
        'select = "DK1"\n',
        1,
        "select must be a list of check codes, names or code prefixes",
        id="select-not-a-list",
    ),
    pytest.param(
        '# checks\nignore = [\n  "DK10",\n  "nothing",\n]\n',
        4,
        "'nothing' in ignore names no check",
        id="unknown-selector",
    ),
    pytest.param(
        'ignore = ["DK010"]\n',
        1,
        "'DK010' in ignore is a structural problem: those are always on",
        id="structural-problem-ignored",
    ),
    pytest.param(
        '[[waivers]]\ncheck = "decision-missing"\nobject = "wg-1-budget"\n',
        1,
        "waiver 1: reason is missing: give why the finding is accepted",
        id="waiver-without-reason",
    ),
    pytest.param(
        '[[waivers]]\ncheck = "DK101"\nobject = "wg-1"\nreason = "x"\n\n'
        '[[waivers]]\ncheck = "DK101"\nobject = "wg-1-budget"\nreason = "  "\n',
        9,
        "waiver 2: reason is empty",
        id="waiver-with-blank-reason",
    ),
    pytest.param(
        '[[waivers]]\ncheck = "DK101"\nobject = "wg-1"\nreason = "x"\nexpires = "31-12-2025"\n',
        5,
        'waiver 1: expires must be a date YYYY-MM-DD, not "31-12-2025"',
        id="waiver-expiry-not-a-date",
    ),
    pytest.param(
        '[[waivers]]\ncheck = "DK101"\nobject = "wg-1"\nreason = "x"\nowner = "bob"\n',
        5,
        "unknown key 'owner' in waiver 1",
        id="waiver-unknown-key",
    ),
    pytest.param(
        '[[waivers]]\ncheck = "dangling-reference"\nobject = "wg-1"\nreason = "x"\n',
        2,
        "'dangling-reference' is a structural problem: structural problems cannot be waived; "
        "fix the file instead",
        id="structural-problem-waived",
    ),
    pytest.param('select = ["DK1"\nignore = []\n', 2, "not valid TOML", id="invalid-toml"),
]


@pytest.mark.parametrize(("config", "line", "message"), CASES)
def test_configuration_error_names_file_and_line(
    config: str, line: int, message: str, repo: Path, run_cli: Any
) -> None:
    (repo / "docket.toml").write_text(config, encoding="utf-8")
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01")
    assert 2 == result.code
    assert "" == result.out
    assert any(
        e.startswith(f"docket: docket.toml:{line}: ") and message in e
        for e in result.err.splitlines()
    ), result.err


def test_every_configuration_problem_is_reported_in_line_order(repo: Path, run_cli: Any) -> None:
    (repo / "docket.toml").write_text(
        'ignore = ["nothing"]\n[checks.decision-missing]\nlevel = "loud"\n[extra]\n',
        encoding="utf-8",
    )
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01")
    assert 2 == result.code
    lines = [e.split(":")[2] for e in result.err.splitlines()]
    assert ["1", "3", "4"] == lines


def test_error_in_pyproject_names_pyproject_and_its_line(repo: Path, run_cli: Any) -> None:
    (repo / "docket.toml").unlink()
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "board"\n\n[tool.docket]\nselect = ["DK101"]\n\n'
        '[tool.docket.checks.decision-missing]\nlevl = "info"\n',
        encoding="utf-8",
    )
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01")
    assert 2 == result.code
    assert result.err.startswith(
        "docket: pyproject.toml:8: check decision-missing has no option 'levl' "
        "(did you mean 'level'?)"
    ), result.err


def test_configuration_is_read_from_pyproject(repo: Path, run_cli: Any) -> None:
    (repo / "docket.toml").unlink()
    (repo / "pyproject.toml").write_text(
        '[tool.docket]\nignore = ["decision-missing"]\n', encoding="utf-8"
    )
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01", "--format", "json")
    assert 0 == result.code, result.out
    assert [] == result.json()["findings"]


def test_docket_toml_wins_over_pyproject(repo: Path, run_cli: Any) -> None:
    (repo / "pyproject.toml").write_text(
        '[tool.docket]\nignore = ["decision-missing"]\nunknown = 1\n', encoding="utf-8"
    )
    (repo / "docket.toml").write_text('select = ["decision-missing"]\n', encoding="utf-8")
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01", "--format", "json")
    assert 1 == result.code, result.err
    assert ["DK101"] == [f["code"] for f in result.json()["findings"]]


def test_configuration_that_is_not_utf8_is_an_error(repo: Path, run_cli: Any) -> None:
    (repo / "docket.toml").write_bytes(b'select = ["d\xe9cision"]\n')
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01")
    assert 2 == result.code
    assert "docket: docket.toml:1: not UTF-8 text" in result.err
