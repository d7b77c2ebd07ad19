"""``--root`` names the repository itself; a folder inside one is refused, not widened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import REPO_ROOT


def test_a_folder_inside_a_repository_is_not_taken_for_it(run_cli: Any) -> None:
    result = run_cli("check", "--root", str(REPO_ROOT / "meetings"), "--as-of", "2025-04-25")
    assert 2 == result.code
    assert "is not a docket repository" in result.err
    assert f"the repository around it is {REPO_ROOT}" in result.err


def test_a_missing_folder_is_named(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli("check", "--root", str(tmp_path / "nowhere"))
    assert (2, f"docket: --root {tmp_path / 'nowhere'}: no such folder\n") == (
        result.code,
        result.err,
    )


def test_the_repository_itself_is_accepted(run_cli: Any) -> None:
    result = run_cli("check", "--root", str(REPO_ROOT), "--as-of", "2025-04-25")
    assert 0 == result.code
