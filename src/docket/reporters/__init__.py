"""Reporters turn a ``CheckReport`` into text; ``REPORTERS`` picks one by name."""

from __future__ import annotations

from collections.abc import Callable

from docket.pipeline import CheckReport
from docket.reporters import github, json_reporter, sarif, text

Reporter = Callable[[CheckReport, bool], str]

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_reporter.render,
    "github": github.render,
    "sarif": sarif.render,
}
