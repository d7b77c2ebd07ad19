"""docs/configuration.md stays true: its example is a valid configuration, and its example
error is what docket prints for that mistake."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docket.config import load_config

from .conftest import TESTS

DOC = (TESTS.parent / "docs" / "configuration.md").read_text(encoding="utf-8")
EXAMPLE = re.search(r"```toml\n(.*?)```", DOC, re.S)
ERROR = re.search(r"^    (docket: docket\.toml:.*)$", DOC, re.M)


def test_example_configuration_is_valid(repo: Path) -> None:
    assert EXAMPLE is not None
    (repo / "docket.toml").write_text(EXAMPLE.group(1), encoding="utf-8")
    config = load_config(repo)
    assert 1 == len(config.waivers)
    assert {"pending-decision-open": {"min_days": 30}} == config.options


def test_example_error_is_what_docket_prints(repo: Path, run_cli: Any) -> None:
    assert EXAMPLE is not None and ERROR is not None
    mistaken = EXAMPLE.group(1).replace("min_days = 30", 'min_days = "30"')
    (repo / "docket.toml").write_text(mistaken, encoding="utf-8")
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01")
    assert (2, ERROR.group(1) + "\n") == (result.code, result.err)
