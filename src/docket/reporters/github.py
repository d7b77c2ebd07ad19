"""Findings as GitHub Actions workflow commands: each becomes an annotation on its file and line.

``::error file=F,line=L,col=C,title=CODE name::message``. GitHub reads ``%``, CR and LF in the
message as escapes, and additionally ``:`` and ``,`` in property values, so those are escaped
(as in the actions/toolkit ``escapeData``/``escapeProperty``). Before that, control and bidi
characters from the data are made visible (``printable``), so no escape sequence reaches the log.
"""

from __future__ import annotations

from docket.findings import Finding, Level
from docket.pipeline import CheckReport
from docket.reporters.escape import printable
from docket.reporters.order import reading_order
from docket.reporters.summary import summary

COMMANDS = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    properties: list[tuple[str, str]] = []
    if finding.path:
        properties.append(("file", printable(finding.path)))
        if finding.line is not None:
            properties.append(("line", str(finding.line)))
            if finding.column is not None:
                properties.append(("col", str(finding.column)))
    properties.append(("title", f"{finding.code} {finding.name}"))
    message = printable(finding.message, keep_line_breaks=True) + (
        f"\nhint: {printable(finding.hint, keep_line_breaks=True)}" if finding.hint else ""
    )
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.level]} {listed}::{escape_data(message)}"


def render(report: CheckReport, colour: bool = False) -> str:
    lines = [annotation(f) for f in reading_order(report.findings)]
    lines.append(f"docket: {summary(report)}")
    return "\n".join(lines) + "\n"
