"""Findings as JSON: a stable structure described by ``schemas/check-output.schema.json``."""

from __future__ import annotations

import json
from typing import Any

from docket.findings import Finding, Level
from docket.pipeline import CheckReport

FORMAT_VERSION = 1


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "level": finding.level.value,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "message": finding.message,
        "hint": finding.hint,
        "subject": finding.subject,
    }


def render(report: CheckReport, colour: bool = False) -> str:
    document = {
        "version": FORMAT_VERSION,
        "as_of": report.as_of.isoformat(),
        "findings": [finding_dict(f) for f in report.findings],
        "summary": {
            "files": report.files,
            "errors": report.count(Level.ERROR),
            "warnings": report.count(Level.WARNING),
            "infos": report.count(Level.INFO),
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
