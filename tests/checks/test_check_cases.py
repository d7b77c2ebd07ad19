"""Every check's cases, as data: tests/checks/cases/<check-name>.yaml.

A case file names its check and lists cases. Each case writes ``files`` (path -> YAML text, or
null to delete) over the valid base repository in ``tests/checks/base/``, runs the real
``docket check --select <check> --format json`` as of the case's date, and expects exactly the
listed findings of that check (path, line, column; ``message`` is a substring if given). The base
repository plus the case's files must load cleanly: a case cannot pass by breaking the data.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

HERE = Path(__file__).parent
BASE = HERE / "base"
CASE_FILES = sorted((HERE / "cases").glob("*.yaml"))


def _cases() -> list[Any]:
    yaml = YAML(typ="safe")
    params = []
    for file in CASE_FILES:
        spec = yaml.load(file.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            params.append(
                pytest.param(
                    spec["check"],
                    str(spec.get("as_of", "")),
                    case,
                    id=f"{spec['check']}:{case['name']}",
                )
            )
    return params


@pytest.mark.parametrize(("check", "default_as_of", "case"), _cases())
def test_check_case(
    check: str, default_as_of: str, case: dict[str, Any], tmp_path: Path, run_cli: Any
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    for rel, content in (case.get("files") or {}).items():
        target = repo / rel
        if content is None:
            target.unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
    as_of = str(case.get("as_of", default_as_of))
    result = run_cli(
        "check", "--root", str(repo), "--as-of", as_of, "--format", "json", "--no-cache"
    )
    assert result.code in (0, 1), result.err
    findings = result.json()["findings"]
    structural = [f for f in findings if f["code"].startswith("DK0")]
    assert structural == [], "the case's data must load cleanly"
    got = sorted((f["path"], f["line"], f["column"]) for f in findings if f["name"] == check)
    expected = sorted((e["path"], e["line"], e["column"]) for e in case["expect"])
    assert expected == got, [f["message"] for f in findings if f["name"] == check]
    for want in case["expect"]:
        if "message" in want:
            messages = [
                f["message"]
                for f in findings
                if f["name"] == check and f["path"] == want["path"] and f["line"] == want["line"]
            ]
            assert any(want["message"] in m for m in messages), messages


def test_every_check_has_a_case_file() -> None:
    from docket.checks.registry import CHECKS

    covered = {path.stem for path in CASE_FILES}
    assert sorted(c.name for c in CHECKS if c.name not in covered) == []


def test_base_repository_is_clean(run_cli: Any) -> None:
    result = run_cli(
        "check", "--root", str(BASE), "--as-of", "2025-04-01", "--format", "json", "--no-cache"
    )
    assert result.code == 0
    assert result.json()["findings"] == []
