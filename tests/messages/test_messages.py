"""Messages a secretary can act on (``cases.yaml``): entries named as people count them, dates
and times echoed with the right form, Danish values mapped to the schema's, and what to write
where pydantic would say what it wanted. Run through the real CLI on a copy of the base
repository; each case must give exactly its one error, word for word."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

HERE = Path(__file__).parent
BASE = HERE.parent / "checks" / "base"
SPEC = YAML(typ="safe").load((HERE / "cases.yaml").read_text("utf-8"))
TARGET = "meetings/wg/2025-06-02-wg-2.yaml"


def _repository(tmp_path: Path, text: str) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    (repo / TARGET).write_text(text, encoding="utf-8")
    return repo


@pytest.mark.parametrize("case", SPEC["cases"], ids=[c["name"] for c in SPEC["cases"]])
def test_message_says_what_to_write(case: dict[str, Any], tmp_path: Path, run_cli: Any) -> None:
    repo = _repository(tmp_path, case.get("head", SPEC["head"]) + case["body"])
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01", "--format", "json",
                     "--no-cache", "--ignore", "DK1")  # fmt: skip
    assert 1 == result.code, result.err
    findings = [(f["name"], f["path"], f["message"]) for f in result.json()["findings"]]
    name, *messages = case["expect"]
    assert [(name, TARGET, message) for message in messages] == findings
    if "line" in case:
        assert [case["line"]] == [f["line"] for f in result.json()["findings"]]


def test_root_may_come_before_the_command(tmp_path: Path, run_cli: Any) -> None:
    repo = _repository(tmp_path, SPEC["head"] + "date: 16/09/2025\nstatus: planned\n")
    before = run_cli("--root", str(repo), "check", "--as-of", "2025-04-01", "--format", "json",
                     "--no-cache")  # fmt: skip
    after = run_cli("check", "--root", str(repo), "--as-of", "2025-04-01", "--format", "json",
                    "--no-cache")  # fmt: skip
    assert (1, after.out) == (before.code, before.out)
    assert [TARGET] == [f["path"] for f in before.json()["findings"] if f["level"] == "error"]
