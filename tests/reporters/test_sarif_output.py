"""--format sarif: valid SARIF 2.1.0 (the official schema, vendored in tests/vendor/sarif-2.1.0/
with its source and licence), with every check and structural problem as a rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from docket import __version__
from docket.checks.registry import CHECKS
from docket.load.problems import LOAD_PROBLEMS

from .conftest import AS_OF, BROKEN, MEETING, REPO_ROOT

SARIF_SCHEMA = REPO_ROOT / "tests" / "vendor" / "sarif-2.1.0" / "sarif-schema-2.1.0.json"


def _sarif(repo: Path, run_cli: Any) -> Any:
    result = run_cli("check", "--root", str(repo), "--as-of", AS_OF, "--format", "sarif")
    assert 1 == result.code, result.err
    return result.json()


def test_sarif_output_validates_against_the_official_schema(mixed_repo: Path, run_cli: Any) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    log = _sarif(mixed_repo, run_cli)
    assert [] == [error.message for error in validator.iter_errors(log)]
    assert ["error", "note", "warning"] == sorted(r["level"] for r in log["runs"][0]["results"])


def test_driver_lists_every_check_and_structural_problem(mixed_repo: Path, run_cli: Any) -> None:
    (run,) = _sarif(mixed_repo, run_cli)["runs"]
    driver = run["tool"]["driver"]
    assert ("docket", __version__) == (driver["name"], driver["version"])
    ids = [rule["id"] for rule in driver["rules"]]
    assert {p.code for p in LOAD_PROBLEMS} | {c.code for c in CHECKS} <= set(ids)
    assert {"DK000", "DK090", "DK091"} <= set(ids)
    assert len(set(ids)) == len(ids)
    rule = driver["rules"][ids.index("DK101")]
    assert "decision-missing" == rule["name"]
    assert {"level": "error"} == rule["defaultConfiguration"]
    assert rule["shortDescription"]["text"]


def test_results_point_at_their_rule_and_location(mixed_repo: Path, run_cli: Any) -> None:
    (run,) = _sarif(mixed_repo, run_cli)["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    located = [
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in run["results"]
    ]
    assert [
        ("DK090", "warning", "docket.toml", "%SRCROOT%", 6),
        ("DK101", "note", MEETING, "%SRCROOT%", 24),
        ("DK001", "error", BROKEN, "%SRCROOT%", 3),
    ] == located
    assert 11 == run["results"][1]["locations"][0]["physicalLocation"]["region"]["startColumn"]
