"""--format json: validates against schemas/check-output.schema.json, which 'docket schema'
generates from the output model and 'docket schema --check' keeps current."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema

from docket.schema_gen import build_check_output_schema, render_schema

from .conftest import AS_OF, BROKEN, MEETING, REPO_ROOT

SCHEMA = REPO_ROOT / "schemas" / "check-output.schema.json"


def test_json_output_validates_against_the_check_output_schema(
    mixed_repo: Path, run_cli: Any
) -> None:
    result = run_cli("check", "--root", str(mixed_repo), "--as-of", AS_OF, "--format", "json")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert [] == [error.message for error in validator.iter_errors(result.json())]
    assert ["error", "info", "warning"] == sorted(f["level"] for f in result.json()["findings"])


def test_json_output_holds_every_field_and_the_summary(mixed_repo: Path, run_cli: Any) -> None:
    document = run_cli(
        "check", "--root", str(mixed_repo), "--as-of", AS_OF, "--format", "json"
    ).json()
    assert {
        "code": "DK090",
        "name": "waiver-unused",
        "level": "warning",
        "path": "docket.toml",
        "line": 6,
        "column": 1,
        "message": "the waiver of decision-missing (DK101) on 'wg-9-budget' waives nothing",
        "hint": "remove the waiver if the finding is gone, or correct its check or object",
        "subject": "wg-9-budget",
    } == document["findings"][0]
    assert [("docket.toml", "DK090"), (MEETING, "DK101"), (BROKEN, "DK001")] == [
        (f["path"], f["code"]) for f in document["findings"]
    ]
    assert {"files": 7, "errors": 1, "warnings": 1, "infos": 1, "waived": 0} == document["summary"]
    assert (1, AS_OF) == (document["version"], document["as_of"])


def test_committed_schema_is_the_generated_one() -> None:
    assert render_schema(build_check_output_schema()) == SCHEMA.read_text(encoding="utf-8")


def test_schema_check_reports_a_stale_check_output_schema(tmp_path: Path, run_cli: Any) -> None:
    shutil.copytree(REPO_ROOT / "schemas", tmp_path / "schemas")
    (tmp_path / "docket.toml").write_text("", encoding="utf-8")
    (tmp_path / "schemas" / "check-output.schema.json").write_text("{}\n", encoding="utf-8")
    result = run_cli("schema", "--root", str(tmp_path), "--check")
    assert 1 == result.code
    assert "stale schemas: check-output.schema.json" in result.err
    assert 0 == run_cli("schema", "--root", str(tmp_path)).code
    assert SCHEMA.read_text(encoding="utf-8") == (
        tmp_path / "schemas" / "check-output.schema.json"
    ).read_text(encoding="utf-8")
