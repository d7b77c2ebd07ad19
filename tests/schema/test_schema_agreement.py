"""The generated JSON Schemas accept exactly what the models accept.

Every YAML document in the repository and under tests/ (including the invalid corpus and the
documents embedded in check cases) is judged three times: by the pydantic model, by the
``jsonschema`` package (with format checking) and by ``jsonschema-rs``, an independent
implementation. The three verdicts must agree; so must they on values where lax parsing and JSON
Schema usually part ways.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
from pydantic import ValidationError
from ruamel.yaml import YAML

from docket.load.reader import decode, parse
from docket.model import DOCUMENT_KINDS
from docket.schema_gen import build_schema

ROOT = Path(__file__).resolve().parents[2]


def _documents() -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    files = [
        *ROOT.glob("governance/**/*.yaml"),
        *ROOT.glob("meetings/**/*.yaml"),
        *ROOT.glob("tests/**/*.yaml"),
    ]
    for file in sorted(files):
        text, _ = decode(file.read_bytes(), "")
        if text is None:
            continue
        data = parse(text, "").data
        rel = file.relative_to(ROOT).as_posix()
        if isinstance(data, dict) and data.get("kind") in DOCUMENT_KINDS:
            found.append((rel, data))
        if rel.startswith("tests/checks/cases/") and isinstance(data, dict):
            for index, case in enumerate(data.get("cases", [])):
                for path, embedded in (case.get("files") or {}).items():
                    if not isinstance(embedded, str):
                        continue
                    inner = parse(embedded, "").data
                    if isinstance(inner, dict) and inner.get("kind") in DOCUMENT_KINDS:
                        found.append((f"{rel}#{index}:{path}", inner))
    return found


@cache
def _validators(kind: str) -> tuple[Any, Any]:
    schema = build_schema(kind)
    python = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    rust = jsonschema_rs.validator_for(schema, validate_formats=True)
    return python, rust


def _verdicts(data: dict[str, Any]) -> tuple[bool, bool, bool]:
    try:
        DOCUMENT_KINDS[data["kind"]].model_validate(data)
        model_ok = True
    except ValidationError:
        model_ok = False
    python, rust = _validators(data["kind"])
    return model_ok, python.is_valid(data), rust.is_valid(data)


DOCUMENTS = _documents()


def test_the_corpus_covers_valid_and_invalid_documents() -> None:
    verdicts = [_verdicts(data)[0] for _, data in DOCUMENTS]
    assert any(verdicts) and not all(verdicts)


@pytest.mark.parametrize(("name", "data"), DOCUMENTS, ids=[n for n, _ in DOCUMENTS])
def test_model_and_both_schema_validators_agree(name: str, data: dict[str, Any]) -> None:
    model_ok, python_ok, rust_ok = _verdicts(data)
    assert (model_ok, model_ok) == (python_ok, rust_ok)


MEETING = {
    "kind": "meeting",
    "schema_version": 1,
    "id": "m-1",
    "body": "wg",
    "number": 1,
    "date": "2025-04-24",
    "status": "held",
}
TRICKY: dict[str, tuple[str, Any]] = {
    "bool as yes": ("next_meeting", {"date": "2025-09-16", "ordinary": "yes"}),
    "bool as 1": ("next_meeting", {"date": "2025-09-16", "ordinary": 1}),
    "int as text": ("number", "1"),
    "valid whole float as int": ("number", 1.0),
    "fraction as int": ("number", 1.5),
    "int as bool": ("number", True),
    "schema version true": ("schema_version", True),
    "schema version 2": ("schema_version", 2),
    "impossible date": ("date", "2025-13-45"),
    "date with time": ("date", "2025-04-24T10:00:00"),
    "date as integer": ("date", 20250424),
    "date with unicode digits": ("date", "\uff12\uff10\uff12\uff15-04-24"),
    "time with dot": ("start", "14.30"),
    "time as number": ("start", 1430),
    "id with capitals": ("id", "M-1"),
    "text as number": ("secretary", 5),
    "null where a list is wanted": ("items", None),
    "enum wrong case": ("status", "Held"),
    "extra key": ("chiar", "x"),
    "valid time": ("start", "14:30"),
    "valid null": ("chair", None),
}


@pytest.mark.parametrize("case", sorted(TRICKY))
def test_validators_agree_where_lax_parsing_usually_differs(case: str) -> None:
    key, value = TRICKY[case]
    data = {**MEETING, key: value}
    model_ok, python_ok, rust_ok = _verdicts(data)
    assert (model_ok, model_ok) == (python_ok, rust_ok), case
    assert model_ok == case.startswith("valid")


def test_every_data_file_names_its_schema_for_the_editor() -> None:
    yaml = YAML(typ="safe")
    for folder in ("governance", "meetings"):
        for file in sorted((ROOT / folder).rglob("*.yaml")):
            first = file.read_text(encoding="utf-8").splitlines()[0]
            kind = yaml.load(file.read_text(encoding="utf-8"))["kind"]
            prefix = "# yaml-language-server: $schema="
            assert first.startswith(prefix), file
            target = (file.parent / first[len(prefix) :]).resolve()
            assert (ROOT / "schemas" / f"{kind}.schema.json").resolve() == target, file
            assert target.is_file()


def test_shipped_schemas_are_current(run_cli: Any) -> None:
    result = run_cli("schema", "--check", "--root", str(ROOT))
    assert result.code == 0, result.err


def test_a_stale_schema_is_reported_with_the_fix(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "docket.toml").write_text("", encoding="utf-8")
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "meeting.schema.json").write_text("{}", encoding="utf-8")
    result = run_cli("schema", "--check", "--root", str(tmp_path))
    assert result.code == 1
    assert "docket schema" in result.err
    assert run_cli("schema", "--root", str(tmp_path)).code == 0
    assert run_cli("schema", "--check", "--root", str(tmp_path)).code == 0
    written = json.loads((tmp_path / "schemas" / "meeting.schema.json").read_text("utf-8"))
    assert written["$schema"] == "https://json-schema.org/draft/2020-12/schema"
