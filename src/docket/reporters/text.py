"""Human-readable findings, grouped by file: ``path:line:column: level code [name] message``,
in reading order (``docket.reporters.order``: errors first).

Paths, messages and hints pass through ``printable``: nothing from a file reaches the terminal
as a control sequence."""

from __future__ import annotations

from docket.findings import Finding, Level
from docket.pipeline import CheckReport
from docket.reporters.escape import printable
from docket.reporters.order import reading_order
from docket.reporters.summary import summary

_COLOURS = {Level.ERROR: "\033[31m", Level.WARNING: "\033[33m", Level.INFO: "\033[36m"}
_RESET = "\033[0m"


def _line(finding: Finding, colour: bool) -> str:
    where = printable(finding.path) or "<repository>"
    if finding.line is not None:
        where += f":{finding.line}:{finding.column}"
    level = finding.level.value
    if colour:
        level = f"{_COLOURS[finding.level]}{level}{_RESET}"
    text = f"{where}: {level} {finding.code} [{finding.name}] {printable(finding.message)}"
    if finding.hint:
        text += f"\n    hint: {printable(finding.hint)}"
    return text


def render(report: CheckReport, colour: bool = False) -> str:
    lines: list[str] = []
    current: str | None = None
    for finding in reading_order(report.findings):
        if finding.path != current:
            if current is not None:
                lines.append("")
            current = finding.path
        lines.append(_line(finding, colour))
    if lines:
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
