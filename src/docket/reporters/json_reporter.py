"""Findings as JSON, written through the model that generates schemas/check-output.schema.json."""

from __future__ import annotations

import json

from docket.findings import Finding, Level
from docket.pipeline import CheckReport
from docket.reporters.escape import json_text
from docket.reporters.json_model import (
    FORMAT_VERSION,
    CheckOutput,
    FindingOutput,
    SummaryOutput,
)


def finding_output(finding: Finding) -> FindingOutput:
    return FindingOutput(
        code=finding.code,
        name=finding.name,
        level=finding.level.value,
        path=finding.path,
        line=finding.line,
        column=finding.column,
        message=finding.message,
        hint=finding.hint,
        subject=finding.subject,
    )


def check_output(report: CheckReport) -> CheckOutput:
    return CheckOutput(
        version=FORMAT_VERSION,
        as_of=report.as_of,
        findings=[finding_output(f) for f in report.findings],
        summary=SummaryOutput(
            files=report.files,
            errors=report.count(Level.ERROR),
            warnings=report.count(Level.WARNING),
            infos=report.count(Level.INFO),
            waived=report.waived,
        ),
    )


def render(report: CheckReport, colour: bool = False) -> str:
    document = check_output(report).model_dump(mode="json")
    return json_text(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
