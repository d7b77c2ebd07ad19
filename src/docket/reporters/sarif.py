"""Findings as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` lists everything docket can report (the internal error, the
structural problems, the waiver audit and every registered check), so a result's ``ruleIndex``
always points into it. Locations are repository-relative URIs under ``%SRCROOT%``.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from docket import __version__
from docket.catalogue import CatalogueEntry, all_entries
from docket.findings import Finding, Level
from docket.pipeline import CheckReport
from docket.reporters.escape import json_text

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SOURCE_ROOT = "%SRCROOT%"
LEVELS = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "note"}


def rule_descriptor(rule: CatalogueEntry) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.level]},
    }
    if rule.help:
        descriptor["help"] = {"text": rule.help}
    return descriptor


def result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    message = finding.message + (f"\nhint: {finding.hint}" if finding.hint else "")
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.level],
        "message": {"text": message},
    }
    if finding.code in index:
        entry["ruleIndex"] = index[finding.code]
    if finding.path:
        physical: dict[str, Any] = {
            "artifactLocation": {"uri": quote(finding.path), "uriBaseId": SOURCE_ROOT}
        }
        if finding.line is not None:
            region = {"startLine": finding.line}
            if finding.column is not None:
                region["startColumn"] = finding.column
            physical["region"] = region
        entry["locations"] = [{"physicalLocation": physical}]
    return entry


def sarif_log(report: CheckReport) -> dict[str, Any]:
    entries = all_entries()
    index = {rule.code: position for position, rule in enumerate(entries)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "docket",
                        "version": __version__,
                        "rules": [rule_descriptor(rule) for rule in entries],
                    }
                },
                "results": [result(f, index) for f in report.findings],
                "properties": {"asOf": report.as_of.isoformat(), "waived": report.waived},
            }
        ],
    }


def render(report: CheckReport, colour: bool = False) -> str:
    return json_text(json.dumps(sarif_log(report), ensure_ascii=False, indent=2)) + "\n"
