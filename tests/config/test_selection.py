"""select/ignore in the configuration and on the command line, by code, name or code prefix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from docket.checks.registry import BY_NAME, CHECKS
from docket.checks.selection import UnknownCheckError
from docket.config import Config

from .conftest import AS_OF


def _codes(repo: Path, run_cli: Any, config: str, *args: str) -> list[str]:
    (repo / "docket.toml").write_text(config, encoding="utf-8")
    result = run_cli("check", "--root", str(repo), "--as-of", AS_OF, "--format", "json", *args)
    assert result.code in (0, 1), result.err
    return sorted({f["code"] for f in result.json()["findings"]})


@pytest.mark.parametrize("selector", ["DK101", "decision-missing", "DK10", "dk1"])
def test_configured_select_by_code_name_or_prefix_runs_the_check(
    selector: str, repo: Path, run_cli: Any
) -> None:
    assert ["DK101"] == _codes(repo, run_cli, f'select = ["{selector}"]\n')


@pytest.mark.parametrize("selector", ["DK101", "decision-missing", "DK1"])
def test_configured_ignore_by_code_name_or_prefix_skips_the_check(
    selector: str, repo: Path, run_cli: Any
) -> None:
    assert [] == _codes(repo, run_cli, f'select = ["DK101"]\nignore = ["{selector}"]\n')


def test_select_excluding_the_check_skips_it(repo: Path, run_cli: Any) -> None:
    assert [] == _codes(repo, run_cli, 'select = ["DK12"]\n')


def test_command_line_select_replaces_configured_select(repo: Path, run_cli: Any) -> None:
    assert ["DK101"] == _codes(repo, run_cli, 'select = ["DK12"]\n', "--select", "DK101")


def test_command_line_ignore_adds_to_configured_ignore(repo: Path, run_cli: Any) -> None:
    assert [] == _codes(repo, run_cli, 'select = ["DK101"]\n', "--ignore", "decision-missing")


def test_check_named_exactly_on_command_line_runs_although_configured_off(
    repo: Path, run_cli: Any
) -> None:
    config = '[checks.decision-missing]\nlevel = "off"\n'
    assert [] == _codes(repo, run_cli, config, "--select", "DK10")
    assert ["DK101"] == _codes(repo, run_cli, config, "--select", "decision-missing")


def test_unknown_command_line_selector_is_a_usage_error(repo: Path, run_cli: Any) -> None:
    result = run_cli("check", "--root", str(repo), "--select", "DK999")
    assert 2 == result.code
    assert "docket: 'DK999' names no check" in result.err


def test_prefix_on_command_line_does_not_override_configured_ignore() -> None:
    config = Config(ignore=("decision-missing",))
    chosen = config.checks_to_run(["DK1"])
    assert BY_NAME["decision-missing"] not in chosen
    assert len(CHECKS) - 1 == len([c for c in chosen if c.code.startswith("DK1")])


def test_unknown_command_line_ignore_raises() -> None:
    with pytest.raises(UnknownCheckError):
        Config().checks_to_run((), ["no-such-check"])


def test_default_configuration_runs_every_check() -> None:
    assert list(CHECKS) == Config().checks_to_run()
