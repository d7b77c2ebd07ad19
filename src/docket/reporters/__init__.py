"""Reporters turn a ``CheckReport`` into text; ``reporter(name)`` picks one by name.

Each reporter's module is imported only when it is used, so that naming the formats (for the
command line) costs nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docket.pipeline import CheckReport

Reporter = Callable[["CheckReport", bool], str]

REPORTER_MODULES: dict[str, str] = {
    "text": "text",
    "json": "json_reporter",
    "github": "github",
    "sarif": "sarif",
}
"""Every report format and the module in ``docket.reporters`` whose ``render`` writes it."""


def reporter(name: str) -> Reporter:
    """The ``render`` function of the format ``name`` (one of ``REPORTER_MODULES``)."""
    module = importlib.import_module(f"docket.reporters.{REPORTER_MODULES[name]}")
    render: Reporter = module.render
    return render
