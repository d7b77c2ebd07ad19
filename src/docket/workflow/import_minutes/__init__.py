"""Legacy minutes (Word, LibreOffice, HTML, Markdown, PDF, text) -> a draft meeting record.

``read`` turns the document into lines, ``parse`` finds its parts with the tables in
``labels``, ``draft`` matches names against the repository and writes the record with a list
of what a person must confirm.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docket.corpus import Corpus
from docket.workflow.import_minutes.draft import Draft, build_draft
from docket.workflow.import_minutes.parse import parse_minutes
from docket.workflow.import_minutes.read import read_lines
from docket.workflow.write import WorkflowError, parsed_document, unknown_id

__all__ = ["Draft", "import_minutes"]


def import_minutes(path: Path, corpus: Corpus, body: str, day: date | None = None) -> Draft:
    """The draft record of the minutes in ``path``, a meeting of ``body``."""
    if body not in corpus.bodies:
        raise unknown_id("body", body, sorted(corpus.bodies))
    if not path.is_file():
        raise WorkflowError(f"{path}: no such file")
    draft = build_draft(parse_minutes(read_lines(path)), corpus, body, day)
    parsed_document(draft.path, draft.text())  # a draft that does not validate is our bug
    return draft
