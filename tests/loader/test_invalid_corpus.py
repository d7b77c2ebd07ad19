"""Each file in tests/loader/invalid/ has one defect and says on its first line which finding it
must give: ``# expect: NAME [LINE:COLUMN]``. Added to a valid repository, it must give exactly that
one error, with no traceback. (Consistency checks, DK1xx, are switched off: a meeting with a
dangling chair may rightly also have a chair-mismatch.)"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
BASE = HERE.parent / "checks" / "base"
INVALID = sorted((HERE / "invalid").glob("*.yaml"))
EXPECT = re.compile(rb"^# expect: ([a-z0-9-]+)(?: (\d+):(\d+))?")


def test_corpus_has_at_least_25_files() -> None:
    assert len(INVALID) >= 25


@pytest.mark.parametrize("file", INVALID, ids=lambda p: p.stem)
def test_invalid_file_gives_exactly_its_one_error(file: Path, tmp_path: Path, run_cli: Any) -> None:
    header = EXPECT.match(file.read_bytes())
    assert header is not None, f"{file.name} lacks '# expect: NAME LINE:COLUMN'"
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    target = repo / "meetings" / "wg" / file.name
    shutil.copyfile(file, target)
    result = run_cli(
        "check",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-01",
        "--format",
        "json",
        "--no-cache",
        "--ignore",
        "DK1",
    )
    assert result.code == 1, result.err
    assert "Traceback" not in result.err
    findings = result.json()["findings"]
    assert len(findings) == 1, findings
    (finding,) = findings
    assert header.group(1).decode() == finding["name"], finding
    assert f"meetings/wg/{file.name}" == finding["path"]
    assert finding["level"] == "error"
    if header.group(2):
        expected = (int(header.group(2)), int(header.group(3)))
        assert expected == (finding["line"], finding["column"]), finding["message"]
    else:
        assert finding["line"] is not None
