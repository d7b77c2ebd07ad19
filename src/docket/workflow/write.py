"""Write one data file only if the repository still loads with it: validate, resolve, then write
atomically. No workflow command can leave an invalid or half-written file behind."""

from __future__ import annotations

from difflib import get_close_matches
from pathlib import Path

from docket.corpus import Corpus, build_corpus
from docket.errors import DocketError
from docket.fileio import atomic_write_text
from docket.findings import Finding
from docket.load import LoadedDocument
from docket.load.locate import forget
from docket.load.reader import parse
from docket.load.validate import validate
from docket.workflow.yaml_edit import EditError, YamlEditor


class WorkflowError(DocketError):
    """The command cannot do what was asked (exit code 2); the message says why."""


def unknown_id(what: str, wanted: str, known: list[str]) -> WorkflowError:
    """The error for an id that names nothing, with the nearest known id as a hint."""
    close = get_close_matches(wanted, known, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return WorkflowError(f"no {what} has the id '{wanted}'{hint}")


def editor_for(root: Path, rel: str) -> YamlEditor:
    """A round-trip editor on the file ``rel`` of the repository at ``root``."""
    try:
        text = (root / rel).read_bytes().decode("utf-8")  # line ends as they are
        return YamlEditor(text, rel)
    except (OSError, UnicodeDecodeError) as error:
        raise WorkflowError(f"cannot read {rel}: {error}") from None
    except EditError as error:
        raise WorkflowError(str(error)) from None


def _describe(findings: list[Finding]) -> str:
    return "\n".join(f"  {f.path}: {f.message}" for f in findings)


def check_document(
    corpus: Corpus, rel: str, text: str, also: tuple[LoadedDocument, ...] = ()
) -> LoadedDocument:
    """The document ``text`` would be at ``rel``, if it validates and every id it refers to
    exists (and it adds no duplicate id); otherwise ``WorkflowError`` listing the problems.
    ``also`` are documents about to be written with it."""
    read = parse(text, rel)
    if read.finding is not None:
        raise WorkflowError(f"the new {rel} would not load:\n  {read.finding.message}")
    model, findings = validate(read.data, rel)
    if model is None:
        raise WorkflowError(f"the new {rel} would not validate:\n" + _describe(findings))
    document = LoadedDocument(rel, model)
    others = {d.path for d in also} | {rel}
    before = [d for d in corpus.documents if d.path not in others] + list(also)
    _, old = build_corpus(corpus.root, corpus.documents)
    _, new = build_corpus(corpus.root, [*before, document])
    known = {(f.code, f.message) for f in old}
    added = [f for f in new if (f.code, f.message) not in known]
    if added:
        raise WorkflowError(f"the new {rel} would break the repository:\n" + _describe(added))
    return document


def write_file(root: Path, rel: str, text: str) -> None:
    """Replace ``rel`` atomically; on failure the old file is left as it was."""
    path = root / rel
    try:
        atomic_write_text(path, text)
    except OSError as error:
        reason = error.strerror or str(error)
        raise WorkflowError(f"could not write {rel} ({reason}); the file is unchanged") from None
    forget()
