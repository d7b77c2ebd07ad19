"""docket check: exit codes (0, 1, 2 for an internal error) and -o written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from docket.checks import registry
from docket.checks.base import Check, Context, Hit
from docket.findings import Level

from .conftest import AS_OF


def test_clean_repository_exits_0(mixed_repo: Path, run_cli: Any) -> None:
    (mixed_repo / "meetings" / "wg" / "broken.yaml").unlink()
    (mixed_repo / "docket.toml").write_text(
        '[checks.decision-missing]\nlevel = "info"\n', encoding="utf-8"
    )
    result = run_cli("check", "--root", str(mixed_repo), "--as-of", AS_OF, "--select", "DK101")
    assert 0 == result.code, result.out


def test_errors_exit_1(mixed_repo: Path, run_cli: Any) -> None:
    assert 1 == run_cli("check", "--root", str(mixed_repo), "--as-of", AS_OF).code


def _crash(context: Context) -> list[Hit]:
    raise RuntimeError("boom")


def test_crashing_check_is_an_internal_error_and_exits_2(
    mixed_repo: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashing = Check("DK199", "crashes-always", Level.INFO, _crash, "Crashes.")
    monkeypatch.setattr(registry, "CHECKS", (*registry.CHECKS, crashing))
    (mixed_repo / "docket.toml").write_text("", encoding="utf-8")
    result = run_cli(
        "check", "--root", str(mixed_repo), "--as-of", AS_OF, "--select", "DK199,DK101"
    )
    assert 2 == result.code
    assert "error DK000 [internal-error] check crashes-always (DK199) crashed: RuntimeError" in (
        result.out
    )
    assert "info DK101" not in result.out
    assert "error DK101 [decision-missing]" in result.out
    assert "a check crashed (DK000)" in result.err


def test_output_file_gets_the_report_and_nothing_else(
    mixed_repo: Path, run_cli: Any, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "docket.sarif"
    target.parent.mkdir()
    target.write_text("an older report that is longer than nothing\n" * 500, encoding="utf-8")
    printed = run_cli("check", "--root", str(mixed_repo), "--as-of", AS_OF, "--format", "sarif")
    written = run_cli(
        "check",
        "--root",
        str(mixed_repo),
        "--as-of",
        AS_OF,
        "--format",
        "sarif",
        "-o",
        str(target),
    )
    assert (1, "") == (written.code, written.out)
    assert printed.out == target.read_text(encoding="utf-8")
    assert ["docket.sarif"] == sorted(p.name for p in target.parent.iterdir())


def test_output_that_cannot_be_written_exits_2_and_leaves_no_temporary_file(
    mixed_repo: Path, run_cli: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run_cli("check", "--root", str(mixed_repo), "--as-of", AS_OF, "-o", str(folder))
    assert 2 == result.code
    assert result.err.startswith("docket: ")
    assert [] == list(folder.iterdir())
    assert ["a-folder", "repo"] == sorted(p.name for p in tmp_path.iterdir())
