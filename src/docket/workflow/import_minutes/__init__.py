"""Legacy minutes (Word, LibreOffice, HTML, Markdown, PDF, text) -> a draft meeting record.

``read`` turns the document into lines, ``parse`` finds its parts with the tables in
``labels``, ``bodies`` finds which body the minutes are of, ``draft`` matches names against
the repository and writes the record with a list of what a person must confirm; ``batch``
does this for a folder of minutes, in date order.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docket.corpus import Corpus
from docket.workflow.import_minutes.bodies import named_body
from docket.workflow.import_minutes.draft import Draft, build_draft
from docket.workflow.import_minutes.parse import ParsedMinutes, parse_minutes
from docket.workflow.import_minutes.read import read_lines
from docket.workflow.write import WorkflowError, parsed_document, unknown_id

__all__ = ["Draft", "ParsedMinutes", "body_of", "import_minutes", "read_minutes"]


def read_minutes(path: Path) -> ParsedMinutes:
    """The parts of the minutes in ``path``."""
    return parse_minutes(read_lines(path))


def body_of(parsed: ParsedMinutes, corpus: Corpus, body: str | None, source: str) -> str:
    """The body the minutes are of: ``body`` unless the minutes name another of the
    repository's bodies, which is refused; the body they name when ``body`` is None."""
    if body is not None and body not in corpus.bodies:
        raise unknown_id("body", body, sorted(corpus.bodies))
    named = named_body(parsed.bodies_named, corpus, parsed.text)
    if body is None:
        if named is None:
            raise WorkflowError(
                f"{source}: the minutes name none of the repository's bodies: pass --body, "
                f"one of {', '.join(sorted(corpus.bodies))}"
            )
        if len(named.bodies) > 1:
            raise WorkflowError(
                f"{source}: the minutes name '{named.name}' (they say '{named.where}'), the "
                f"name of more than one body: pass --body, one of {', '.join(named.bodies)}"
            )
        return named.body
    if named is not None and body not in named.bodies:
        raise WorkflowError(
            f"{source}: --body {body} contradicts the minutes, which are of "
            f"'{named.name}' (body {named.body}; they say '{named.where}'): pass "
            f"--body {named.body}, or leave --body out"
        )
    return body


def import_minutes(
    path: Path,
    corpus: Corpus,
    body: str | None,
    day: date | None = None,
    number: int | None = None,
) -> Draft:
    """The draft record of the minutes in ``path``, a meeting of ``body`` (None: the body the
    minutes name)."""
    if not path.is_file():
        raise WorkflowError(f"{path}: no such file")
    parsed = read_minutes(path)
    draft = build_draft(parsed, corpus, body_of(parsed, corpus, body, path.name), day, number)
    parsed_document(draft.path, draft.text())  # a draft that does not validate is our bug
    return draft
