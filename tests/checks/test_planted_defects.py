"""One planted defect per check in a copy of the shipped NGC record yields exactly that finding.

The defects are data (``planted/defects.yaml``); this module applies each to a fresh copy of the
repository's own ``governance/`` and ``meetings/`` and compares the real CLI's findings with those
of the unchanged record as of the same date. ``planted/aadalen.yaml`` plants defects the same way
in another body's record, ``examples/aadalen`` (a municipal committee and its council).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.conftest import copy_ngc_record

from docket.checks.registry import CHECKS

ROOT = Path(__file__).resolve().parents[2]
PLANTED = Path(__file__).parent / "planted"
SPEC = YAML(typ="safe").load((PLANTED / "defects.yaml").read_text("utf-8"))
AADALEN = YAML(typ="safe").load((PLANTED / "aadalen.yaml").read_text("utf-8"))


def _copy(tmp_path: Path) -> Path:
    repo = tmp_path / "ngc"
    copy_ngc_record(repo)
    return repo


def _copy_aadalen(tmp_path: Path) -> Path:
    repo = tmp_path / "aadalen"
    shutil.copytree(ROOT / "examples" / "aadalen", repo)
    return repo


def _apply(repo: Path, edit: dict[str, Any]) -> None:
    target = repo / edit["file"]
    if "move" in edit:
        destination = repo / edit["move"]
        destination.parent.mkdir(parents=True, exist_ok=True)
        target.rename(destination)
        return
    if "write" in edit:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(edit["write"], encoding="utf-8")
        return
    yaml = YAML(typ="safe")
    data = yaml.load(target.read_text(encoding="utf-8"))
    *parents, last = edit.get("set") or edit["append"]
    node = data
    for key in parents:
        node = node[key]
    if "set" in edit:
        node[last] = edit["value"]
    else:
        node.setdefault(last, []).append(edit["value"])
    with target.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)


def _findings(run_cli: Any, repo: Path, as_of: str) -> set[tuple[str, str, str]]:
    result = run_cli("check", "--root", str(repo), "--as-of", as_of, "--format", "json",
                     "--no-cache")  # fmt: skip
    assert result.code in (0, 1), result.err
    return {(f["name"], f["path"], f["message"]) for f in result.json()["findings"]}


def test_every_check_has_a_planted_defect() -> None:
    assert sorted(c.name for c in CHECKS) == sorted({d["check"] for d in SPEC["defects"]})


def _id(defect: dict[str, Any]) -> str:
    """A defect's test id: its check, and what it plants when a check has several."""
    return f"{defect['check']}:{defect['plants']}" if "plants" in defect else defect["check"]


@pytest.mark.parametrize("defect", SPEC["defects"], ids=[_id(d) for d in SPEC["defects"]])
def test_planted_defect_yields_exactly_its_finding(
    defect: dict[str, Any], tmp_path: Path, run_cli: Any
) -> None:
    as_of = str(defect["as_of"])
    baseline = _findings(run_cli, _copy(tmp_path / "baseline"), as_of)
    repo = _copy(tmp_path / "planted")
    for edit in defect["edits"]:
        _apply(repo, edit)
    added = _findings(run_cli, repo, as_of) - baseline
    assert [defect["check"]] == [name for name, _, _ in added], added


@pytest.mark.parametrize("defect", AADALEN["defects"], ids=[_id(d) for d in AADALEN["defects"]])
def test_planted_defect_in_another_bodys_record_yields_exactly_its_finding(
    defect: dict[str, Any], tmp_path: Path, run_cli: Any
) -> None:
    as_of = str(defect["as_of"])
    baseline = _findings(run_cli, _copy_aadalen(tmp_path / "baseline"), as_of)
    repo = _copy_aadalen(tmp_path / "planted")
    for edit in defect["edits"]:
        _apply(repo, edit)
    added = _findings(run_cli, repo, as_of) - baseline
    assert [defect["check"]] == [name for name, _, _ in added], added
