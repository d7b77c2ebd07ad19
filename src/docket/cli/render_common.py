"""What ``docket brief`` and ``docket render`` share: loading, choices, writing outputs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from docket.corpus import Corpus
from docket.errors import UsageError
from docket.fileio import atomic_write_bytes
from docket.findings import Finding, Level
from docket.model.common import Language
from docket.pipeline import load_corpus
from docket.render.audience import Audience
from docket.render.convert import Format, Job, convert_all
from docket.render.report import AttachmentKind, PackAttachment
from docket.words import label

REPORTS_FOLDER = "reports"


def add_lang_and_audience(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        help="language of the labels and dates (default: the body's language)",
    )
    parser.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        default=Audience.INTERNAL.value,
        help="who may read it: leaves out everything more confidential (default: internal)",
    )


def warn_broken(structural: list[Finding]) -> None:
    """Files that do not load are reported on stderr, not fatal."""
    broken = {f.path for f in structural if f.level == Level.ERROR}
    if broken:
        print(
            f"docket: warning: {len(broken)} file(s) have errors and may be missing from the "
            "document; run 'docket check' for details",
            file=sys.stderr,
        )


def load(root: Path) -> Corpus:
    """The corpus, warning about files that do not load."""
    corpus, structural, _ = load_corpus(root)
    warn_broken(structural)
    return corpus


def parse_formats(text: str, allowed: Sequence[Format]) -> list[Format]:
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    known = {f.value: f for f in allowed}
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise UsageError(
            f"unknown format '{', '.join(unknown) or text}': choose from " + ", ".join(known)
        )
    return list(dict.fromkeys(known[name] for name in names))


def progress(done: int, total: int, job: Job) -> None:
    print(f"docket: rendered {job.format.value} ({done}/{total})", file=sys.stderr)


def render_jobs(jobs: list[Job], show_progress: bool) -> list[bytes]:
    return convert_all(jobs, progress=progress if show_progress else None)


def warn_attachments(attachments: Sequence[PackAttachment]) -> None:
    """Name every attachment that could not be put in the document (the document names it too)."""
    for attachment in attachments:
        if attachment.kind == AttachmentKind.UNREADABLE and attachment.problem is not None:
            where = f" ({attachment.recorded})" if attachment.recorded else ""
            reason = label(f"unreadable_{attachment.problem.value}", Language.EN)
            print(
                f"docket: warning: attachment {attachment.number} '{attachment.title}'{where} "
                f"could not be read: {reason}",
                file=sys.stderr,
            )


def copy_attachments(folder: Path, attachments: Sequence[PackAttachment]) -> None:
    """Write each file attachment beside the document, under the name HTML, Word and
    Markdown refer to (the PDF carries its attachments inside)."""
    for attachment in attachments:
        if attachment.file_name and attachment.data is not None:
            atomic_write_bytes(folder / attachment.file_name, attachment.data)


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (``-``: standard output, text formats only) and say where."""
    if str(path) == "-":
        sys.stdout.write(data.decode("utf-8"))
        return
    atomic_write_bytes(path, data)
    print(path)
