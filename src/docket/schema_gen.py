"""JSON Schemas for every document kind and for ``docket check --format json``, generated from
the models (the one source of truth)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docket.model import DOCUMENT_KINDS
from docket.reporters.json_model import SCHEMA_FILENAME as CHECK_OUTPUT_FILENAME
from docket.reporters.json_model import CheckOutput

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_BASE_URI = "https://docket.dev/schemas/"
GENERATED_NOTE = (
    "Generated from docket.model by 'docket schema'. Do not edit: change the model in "
    "src/docket/model/ and run 'docket schema' (CI runs 'docket schema --check')."
)


def schema_filename(kind: str) -> str:
    return f"{kind}.schema.json"


def build_schema(kind: str) -> dict[str, Any]:
    model = DOCUMENT_KINDS[kind]
    schema = model.model_json_schema()
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_BASE_URI + schema_filename(kind),
        "$comment": GENERATED_NOTE,
        **schema,
    }


def build_check_output_schema() -> dict[str, Any]:
    """The schema of ``docket check --format json`` (what a CI script may rely on)."""
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_BASE_URI + CHECK_OUTPUT_FILENAME,
        "$comment": "Generated from docket.reporters.json_model by 'docket schema'. Do not "
        "edit: change the model in src/docket/reporters/json_model.py and run 'docket schema' "
        "(CI runs 'docket schema --check').",
        **CheckOutput.model_json_schema(mode="serialization"),
    }


def render_schema(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def expected_files(extra: dict[str, dict[str, Any]] | None = None) -> dict[str, str]:
    """File name -> content of every generated schema: the document kinds, the check output
    and ``extra``."""
    files = {schema_filename(kind): render_schema(build_schema(kind)) for kind in DOCUMENT_KINDS}
    files[CHECK_OUTPUT_FILENAME] = render_schema(build_check_output_schema())
    for name, schema in (extra or {}).items():
        files[name] = render_schema(schema)
    return files


def stale_files(folder: Path, expected: dict[str, str]) -> list[str]:
    """Names of schema files that are missing or differ from what the models generate."""
    stale = []
    for name, content in expected.items():
        file = folder / name
        if not file.is_file() or file.read_text(encoding="utf-8") != content:
            stale.append(name)
    return stale
