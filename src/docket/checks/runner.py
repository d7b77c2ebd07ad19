"""Run the selected checks over a corpus: stamp, isolate crashes, sort."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from docket.checks.base import Check, Context
from docket.corpus import Corpus
from docket.errors import internal_error
from docket.findings import Finding, Level

INTERNAL_ERROR_CODE = "DK000"
INTERNAL_ERROR_NAME = "internal-error"


def run_checks(
    corpus: Corpus,
    checks: Iterable[Check],
    as_of: date,
    levels: Mapping[str, Level] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Finding]:
    """Every finding of every check; a check that crashes yields one internal-error finding."""
    findings: list[Finding] = []
    for check in checks:
        level = (levels or {}).get(check.name, check.level)
        settings = {**check.option_defaults(), **(options or {}).get(check.name, {})}
        context = Context(corpus=corpus, as_of=as_of, options=settings)
        try:
            hits = list(check.find(context))
        except Exception as error:  # a broken check must not hide the others' findings
            findings.append(
                Finding(
                    code=INTERNAL_ERROR_CODE,
                    name=INTERNAL_ERROR_NAME,
                    level=Level.ERROR,
                    message=f"check {check.name} ({check.code}) crashed: "
                    f"{internal_error(error)}; please report this",
                )
            )
            continue
        findings.extend(
            Finding(
                code=check.code,
                name=check.name,
                level=level,
                message=hit.message,
                path=hit.path,
                pointer=hit.pointer,
                at_key=hit.at_key,
                subject=hit.subject,
            )
            for hit in hits
        )
    return findings
