"""One mistake, one message: a file with a structural error gives that error and nothing else.

The file's identities still count (references to them resolve) and the checks that would judge a
world with a hole in it are held back, with at most one note in that file. Two corpora, both
data: every file of ``tests/loader/invalid/`` added to the small base repository, and one
realistic defect of each structural code planted into a copy of the NGC record
(``defects.yaml``). The real CLI runs with every check on, and its findings are compared with
those on the unchanged repository as of the same date.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.conftest import copy_ngc_record

from docket.findings import Level
from docket.load.problems import LOAD_PROBLEMS

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
BASE = ROOT / "tests" / "checks" / "base"
INVALID = sorted((ROOT / "tests" / "loader" / "invalid").glob("*.yaml"))
EXPECT = re.compile(rb"^# expect: ([a-z0-9-]+)")
SPEC = YAML(typ="safe").load((HERE / "defects.yaml").read_text("utf-8"))
NOTE = "checks-held-back"

Found = tuple[str, str, str, str]


def _findings(run_cli: Any, repo: Path, as_of: str) -> set[Found]:
    result = run_cli("check", "--root", str(repo), "--as-of", as_of, "--format", "json",
                     "--no-cache")  # fmt: skip
    assert result.code in (0, 1), result.err
    assert "Traceback" not in result.err
    return {(f["name"], f["level"], f["path"], f["message"]) for f in result.json()["findings"]}


def _assert_one_mistake_one_message(
    before: set[Found], after: set[Found], name: str, path: str
) -> None:
    """One error in ``path``, at most one note there, nothing new elsewhere; what is gone
    elsewhere was found by a check the note names as held back."""
    here = sorted(f for f in after if f[2] == path)
    errors = [f for f in here if f[0] != NOTE]
    notes = [f for f in here if f[0] == NOTE]
    assert [(name, "error")] == [(f[0], f[1]) for f in errors], here
    assert len(notes) <= 1, notes
    elsewhere_before = {f for f in before if f[2] != path}
    elsewhere_after = {f for f in after if f[2] != path}
    assert set() == elsewhere_after - elsewhere_before
    held_back = set(notes[0][3].rsplit(": ", 1)[1].split(", ")) if notes else set()
    gone = {f[0] for f in elsewhere_before - elsewhere_after}
    assert gone <= held_back, gone - held_back


def _ngc_copy(tmp_path: Path) -> Path:
    repo = tmp_path / "ngc"
    copy_ngc_record(repo)
    return repo


def _apply(repo: Path, edit: dict[str, Any]) -> None:
    target = repo / edit["file"]
    target.parent.mkdir(parents=True, exist_ok=True)
    if "write" in edit:
        target.write_text(edit["write"], encoding="utf-8")
    elif "symlink" in edit:
        target.unlink(missing_ok=True)
        target.symlink_to(edit["symlink"])
    elif "encode" in edit:
        target.write_bytes(target.read_text("utf-8").encode(edit["encode"]))
    elif "append" in edit:
        with target.open("a", encoding="utf-8") as out:
            out.write(edit["append"] * edit["times"])
    else:
        text = target.read_text("utf-8")
        assert 1 == text.count(edit["replace"]), f"{edit['replace']!r} in {edit['file']}"
        target.write_text(text.replace(edit["replace"], edit["with"]), encoding="utf-8")


def test_every_structural_code_has_a_planted_defect() -> None:
    """Every problem that stops a file (a warning such as bidi-control does not)."""
    planted = {d["name"] for d in SPEC["defects"]}
    assert {p.name for p in LOAD_PROBLEMS if p.level == Level.ERROR} == planted


def _case(defect: dict[str, Any]) -> Any:
    pending = defect.get("pending")
    marks = [pytest.mark.xfail(strict=True, reason=pending)] if pending else []
    return pytest.param(defect, id=f"{defect['name']}-in-{Path(defect['file']).stem}", marks=marks)


@pytest.mark.parametrize("defect", [_case(d) for d in SPEC["defects"]])
def test_planted_defect_gives_its_one_error_and_nothing_elsewhere(
    defect: dict[str, Any], tmp_path: Path, run_cli: Any
) -> None:
    as_of = str(SPEC["defaults"]["as_of"])
    before = _findings(run_cli, _ngc_copy(tmp_path / "before"), as_of)
    repo = _ngc_copy(tmp_path / "after")
    for edit in defect["edits"]:
        _apply(repo, edit)
    after = _findings(run_cli, repo, as_of)
    _assert_one_mistake_one_message(before, after, defect["name"], defect["file"])


@pytest.mark.parametrize("file", INVALID, ids=lambda p: p.stem)
def test_invalid_file_gives_its_one_error_with_every_check_on(
    file: Path, tmp_path: Path, run_cli: Any
) -> None:
    header = EXPECT.match(file.read_bytes())
    assert header is not None, file.name
    before = _findings(run_cli, BASE, "2025-04-01")
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    shutil.copyfile(file, repo / "meetings" / "wg" / file.name)
    after = _findings(run_cli, repo, "2025-04-01")
    _assert_one_mistake_one_message(
        before, after, header.group(1).decode(), f"meetings/wg/{file.name}"
    )
