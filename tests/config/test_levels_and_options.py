"""Per-check levels (error, warning, info, off) and options reach the runner."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from docket import pipeline
from docket.checks.registry import CHECKS
from docket.findings import Level

from .conftest import AS_OF, MEETING


def _check(repo: Path, run_cli: Any, config: str, *args: str) -> Any:
    (repo / "docket.toml").write_text('select = ["DK101"]\n' + config, encoding="utf-8")
    return run_cli("check", "--root", str(repo), "--as-of", AS_OF, "--format", "json", *args)


@pytest.mark.parametrize("level", ["warning", "info"])
def test_configured_level_replaces_the_default(level: str, repo: Path, run_cli: Any) -> None:
    result = _check(repo, run_cli, f'[checks.decision-missing]\nlevel = "{level}"\n')
    assert 0 == result.code
    assert [(MEETING, 24, level)] == [
        (f["path"], f["line"], f["level"]) for f in result.json()["findings"]
    ]


def test_configured_error_level_by_code_fails_the_check(repo: Path, run_cli: Any) -> None:
    result = _check(repo, run_cli, '[checks.DK101]\nlevel = "error"\n')
    assert 1 == result.code
    assert ["error"] == [f["level"] for f in result.json()["findings"]]


def test_warning_fails_only_with_strict(repo: Path, run_cli: Any) -> None:
    config = '[checks.decision-missing]\nlevel = "warning"\n'
    assert 0 == _check(repo, run_cli, config).code
    assert 1 == _check(repo, run_cli, config, "--strict").code


def test_level_off_turns_the_check_off(repo: Path, run_cli: Any) -> None:
    result = _check(repo, run_cli, '[checks.decision-missing]\nlevel = "off"\n')
    assert 0 == result.code
    assert [] == result.json()["findings"]


def test_configured_levels_and_options_reach_the_runner(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check, option = next((c, o) for c in CHECKS for o in c.options if o.type is int)
    (repo / "docket.toml").write_text(
        f'[checks.{check.code}]\nlevel = "info"\n{option.name} = 7\n'
        '[checks.decision-missing]\nlevel = "warning"\n',
        encoding="utf-8",
    )
    received: dict[str, Any] = {}

    def spy(corpus: Any, checks: Any, as_of: date, **settings: Any) -> list[Any]:
        received.update(settings, checks=[c.name for c in checks])
        return []

    monkeypatch.setattr(pipeline, "run_checks", spy)
    pipeline.check_repository(repo, date.fromisoformat(AS_OF), use_cache=False)
    assert {check.name: {option.name: 7}} == received["options"]
    assert {check.name: Level.INFO, "decision-missing": Level.WARNING} == received["levels"]
    assert [c.name for c in CHECKS] == received["checks"]
