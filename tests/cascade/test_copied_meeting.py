"""A meeting file copied to start the next one (a secretary's everyday shortcut) is one visible
error, not dozens, and not hidden from the secretariat by the audience filter."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.conftest import copy_ngc_record

MEETING = "meetings/twg/2025-04-24-twg-1.yaml"


def test_a_copied_meeting_is_one_error_the_secretariat_sees(tmp_path: Path, run_cli: Any) -> None:
    copy_ngc_record(tmp_path)
    shutil.copy(tmp_path / MEETING, tmp_path / MEETING.replace(".yaml", "-kopi.yaml"))
    result = run_cli("check", "--root", str(tmp_path), "--as-of", "2025-04-25", "--format", "json")
    errors = [f for f in result.json()["findings"] if f["level"] == "error"]
    assert (1, ["duplicate-id"]) == (result.code, [f["name"] for f in errors])
    assert "looks like a copy" in errors[0]["hint"]
    assert "" == result.err
