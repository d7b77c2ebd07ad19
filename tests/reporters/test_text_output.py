"""--format text: grouped by file, a summary with the waived count, colour only on a terminal
and never with NO_COLOR set."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import AS_OF, BASE, BROKEN, MEETING

RED = "\033[31m"


def test_findings_are_grouped_by_file_errors_first_with_a_summary(
    mixed_repo: Path, run_cli: Any
) -> None:
    result = run_cli("check", "--root", str(mixed_repo), "--as-of", AS_OF)
    assert 1 == result.code
    groups = [block.splitlines()[0] for block in result.out.split("\n\n")]
    assert groups[0].startswith(f"{BROKEN}:3:1: error DK001 [yaml-syntax] ")
    assert [
        "docket.toml:6:1: warning DK090 [waiver-unused] the waiver of decision-missing (DK101) "
        "on 'wg-9-budget' waives nothing",
        f"{MEETING}:24:11: info DK101 [decision-missing] decision item 1 'Budget' records no "
        "decision: add the outcome under 'decisions:' (adopted, rejected, deferred, ...)",
    ] == groups[1:3]
    assert (
        "7 files checked as of 2025-04-01: 1 error, 1 warning, 1 note, 0 waived\n"
        == result.out.split("\n\n")[-1]
    )
    assert RED not in result.out


def test_a_files_error_comes_before_its_checks_held_back_note(tmp_path: Path, run_cli: Any) -> None:
    """The note is on line 1 of the file; the error that caused it is what to read first, and
    the report's first line is a finding, not a blank line."""
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    meeting = root / MEETING
    meeting.write_text(
        meeting.read_text("utf-8").replace("number: 1\n", "number: one\n", 1), "utf-8"
    )
    result = run_cli("check", "--root", str(root), "--as-of", AS_OF, "--no-cache")
    lines = result.out.splitlines()
    assert (1, f"{MEETING}:5:9: error DK012") == (result.code, lines[0][: len(MEETING) + 17])
    assert lines[1].startswith(f"{MEETING}:1:1: info DK095 [checks-held-back] ")


def test_summary_counts_waived_findings(mixed_repo: Path, run_cli: Any) -> None:
    config = (mixed_repo / "docket.toml").read_text(encoding="utf-8")
    (mixed_repo / "docket.toml").write_text(
        config.replace("wg-9-budget", "wg-1-budget"), encoding="utf-8"
    )
    result = run_cli("check", "--root", str(mixed_repo), "--as-of", AS_OF)
    assert result.out.endswith(": 1 error, 0 warnings, 0 notes, 1 waived\n")


def _on_terminal(repo: Path, **environment: str) -> str:
    """Run the real CLI with standard output on a pseudo-terminal; what it printed."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | environment
    leader, follower = pty.openpty()
    try:
        subprocess.run(
            [sys.executable, "-m", "docket", "check", "--root", str(repo), "--as-of", AS_OF],
            stdout=follower,
            stderr=subprocess.DEVNULL,
            env=env,
            check=False,
            timeout=120,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    return b"".join(chunks).decode("utf-8")


def test_colour_on_a_terminal(mixed_repo: Path) -> None:
    assert f"{RED}error\033[0m DK001" in _on_terminal(mixed_repo)


def test_no_colour_with_no_color_set(mixed_repo: Path) -> None:
    printed = _on_terminal(mixed_repo, NO_COLOR="1")
    assert "error DK001 [yaml-syntax]" in printed
    assert "\033[" not in printed
