"""The one way a workflow command changes the repository: plan edits, then ``apply`` them.

A command first works out the new text of every file it will change (``FileEdit``: an in-place
splice from ``YamlEditor``, or a new record from ``record_text``), then ``apply`` checks them
together, as the repository would be with all of them, and only then writes them, each
atomically. So no workflow command can leave an invalid or half-written file behind, and a
command that changes two files (a new meeting and the previous one's ``next_meeting``) changes
both or neither.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docket.corpus import Corpus, build_corpus
from docket.errors import DocketError
from docket.fileio import atomic_write_text
from docket.findings import Finding, Pointer
from docket.load import LoadedDocument
from docket.load.locate import forget
from docket.load.reader import parse
from docket.load.validate import validate
from docket.suggest import did_you_mean
from docket.workflow.yaml_edit import YamlEditor, dump_yaml

RECORD_SEQUENCE_OFFSET = 2
"""New records indent a block list two columns under its key, as the shipped data does."""


class WorkflowError(DocketError):
    """The command cannot do what was asked (exit code 2); the message says why."""


@dataclass(frozen=True)
class FileEdit:
    """The new text of one file of the repository, and what changed, for the user."""

    path: str
    text: str
    summary: str = ""


def unknown_id(what: str, wanted: str, known: Sequence[str]) -> WorkflowError:
    """The error for an id that names nothing, with the nearest known id as a hint."""
    return WorkflowError(f"no {what} has the id '{wanted}'{did_you_mean(wanted, known)}")


def schema_comment(rel: str, kind: str) -> str:
    """The first line of a new record: tells YAML editors which schema the file follows."""
    up = "../" * rel.count("/")
    return f"# yaml-language-server: $schema={up}schemas/{kind}.schema.json\n"


def record_text(rel: str, kind: str, record: Any, comments: Sequence[str] = ()) -> str:
    """The text of a new record file at ``rel``: the schema comment, ``comments`` as ``#``
    lines, then ``record`` as ruamel.yaml writes it with docket's writer settings."""
    header = "".join(f"# {line}\n" for line in comments)
    return schema_comment(rel, kind) + header + dump_yaml(record, RECORD_SEQUENCE_OFFSET)


def _read(root: Path, rel: str) -> str:
    try:
        return (root / rel).read_bytes().decode("utf-8")  # line ends as they are
    except (OSError, UnicodeDecodeError) as error:
        raise WorkflowError(f"cannot read {rel}: {error}") from None


def edit_values(
    corpus: Corpus,
    rel: str,
    pointer: Pointer,
    values: Mapping[str, Any],
    order: Sequence[str],
    summary: str,
) -> FileEdit:
    """Set ``values`` in the mapping at ``pointer`` of the file ``rel`` (``order``: the
    model's field order, where new keys go)."""
    editor = YamlEditor(_read(corpus.root, rel), rel)
    editor.set_values(pointer, values, order)
    return FileEdit(rel, editor.result(), summary)


def append_entry(
    corpus: Corpus,
    rel: str,
    pointer: Pointer,
    key: str,
    entry: Mapping[str, Any],
    order: Sequence[str],
    summary: str,
) -> FileEdit:
    """Append ``entry`` to the list ``key`` of the mapping at ``pointer`` of the file ``rel``."""
    editor = YamlEditor(_read(corpus.root, rel), rel)
    editor.append(pointer, key, entry, order)
    return FileEdit(rel, editor.result(), summary)


def _describe(findings: list[Finding]) -> str:
    return "\n".join(f"  {f.path}: {f.message}" for f in findings)


def parsed_document(rel: str, text: str) -> LoadedDocument:
    """The document ``text`` would be at ``rel``, if it parses and validates on its own."""
    read = parse(text, rel)
    if read.finding is not None:
        raise WorkflowError(f"the new {rel} would not load:\n  {read.finding.message}")
    model, findings = validate(read.data, rel)
    if model is None:
        raise WorkflowError(f"the new {rel} would not validate:\n" + _describe(findings))
    return LoadedDocument(rel, model)


def check_edits(corpus: Corpus, edits: Sequence[FileEdit]) -> None:
    """Refuse ``edits`` unless each file validates and, all of them together, they break no
    reference and add no duplicate id (``WorkflowError`` listing the problems)."""
    documents = [parsed_document(edit.path, edit.text) for edit in edits]
    edited = {edit.path for edit in edits}
    after = [d for d in corpus.documents if d.path not in edited] + documents
    _, old = build_corpus(corpus.root, corpus.documents)
    _, new = build_corpus(corpus.root, after)
    known = {(f.code, f.message) for f in old}
    added = [f for f in new if (f.code, f.message) not in known]
    if added:
        paths = " and ".join(edit.path for edit in edits)
        raise WorkflowError(f"the new {paths} would break the repository:\n" + _describe(added))


def _previous(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None


def _restore(root: Path, written: list[tuple[str, str | None]]) -> None:
    for rel, text in reversed(written):
        if text is None:
            (root / rel).unlink(missing_ok=True)
        else:
            atomic_write_text(root / rel, text)


def apply(corpus: Corpus, edits: Sequence[FileEdit]) -> None:
    """Check ``edits`` together, then write them, each file replaced atomically. If a write
    fails, the files written before it are put back: the repository is as it was."""
    check_edits(corpus, edits)
    root = corpus.root
    written: list[tuple[str, str | None]] = []
    for edit in edits:
        path = root / edit.path
        try:
            before = _previous(path)
            atomic_write_text(path, edit.text)
        except (OSError, UnicodeDecodeError) as error:
            _restore(root, written)
            reason = getattr(error, "strerror", None) or str(error)
            raise WorkflowError(
                f"could not write {edit.path} ({reason}); the file is unchanged"
                + (" and the files written before it are restored" if written else "")
            ) from None
        written.append((edit.path, before))
    forget()
