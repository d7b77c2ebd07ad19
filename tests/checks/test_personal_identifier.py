"""personal-identifier must not repeat what it finds: reports are logged and shared."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

BASE = Path(__file__).parent / "base"
MEETING = """\
kind: meeting
id: wg-1
body: wg
date: 2025-03-03
status: held
items:
  - id: wg-1-case
    number: "1"
    title: Sag
    minutes: CPR 010190-1234 og 0202021234; skriv til jens.hansen@gmail.com.
"""


@pytest.mark.parametrize("report_format", ["text", "json"])
def test_findings_mask_cpr_numbers_and_addresses(
    report_format: str, tmp_path: Path, run_cli: Any
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    (repo / "meetings/wg/2025-03-03-wg-1.yaml").write_text(MEETING, encoding="utf-8")
    result = run_cli(
        "check",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-01",
        "--select",
        "personal-identifier",
        "--format",
        report_format,
        "--no-cache",
    )
    assert result.code == 1
    assert result.out.count("DK113") == 3
    for secret in ("010190", "1234", "020202", "jens.hansen", "hansen@"):
        assert secret not in result.out
