"""The structure of ``docket check --format json``: one pydantic model that both writes the
output and generates schemas/check-output.schema.json (one source of truth)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FORMAT_VERSION = 1
SCHEMA_FILENAME = "check-output.schema.json"


class FindingOutput(BaseModel):
    """One problem: what is wrong, where, and how bad."""

    model_config = ConfigDict(extra="forbid", title="Finding")

    code: str = Field(
        pattern=r"^DK[0-9]{3}$", description="Stable code, e.g. DK101 ('docket rules')."
    )
    name: str = Field(description="Readable kebab-case name of the check or problem.")
    level: Literal["error", "warning", "info"] = Field(
        description="Configured level: errors fail 'docket check', warnings with --strict."
    )
    path: str = Field(
        description="File relative to the repository root, '/' separators; '' when the "
        "finding concerns no single file."
    )
    line: int | None = Field(ge=1, description="1-based line; null for a whole file or none.")
    column: int | None = Field(ge=1, description="1-based column; null with line.")
    message: str = Field(description="What is wrong.")
    hint: str | None = Field(description="How to fix it, when docket knows.")
    subject: str | None = Field(
        description="Id of the object the finding concerns (what a waiver's object names)."
    )


class SummaryOutput(BaseModel):
    """Counts over the whole run."""

    model_config = ConfigDict(extra="forbid", title="Summary")

    files: int = Field(ge=0, description="Data files read.")
    errors: int = Field(ge=0, description="Findings at level error.")
    warnings: int = Field(ge=0, description="Findings at level warning.")
    infos: int = Field(ge=0, description="Findings at level info.")
    waived: int = Field(ge=0, description="Findings removed by a live waiver.")


class CheckOutput(BaseModel):
    """The findings of one 'docket check' run."""

    model_config = ConfigDict(extra="forbid", title="docket check output")

    version: Literal[1] = Field(description="Format version; changes only incompatibly.")
    as_of: date = Field(description="The date deadlines were judged as of (YYYY-MM-DD).")
    findings: list[FindingOutput] = Field(description="Sorted by path, line, column, code.")
    summary: SummaryOutput
