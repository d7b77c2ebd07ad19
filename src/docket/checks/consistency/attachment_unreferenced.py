"""A file in a meeting's attachment folder is listed by no agenda item.

Why: by convention a meeting file ``meetings/<body>/<stem>.yaml`` keeps its attachments in the
folder ``meetings/<body>/<stem>/`` next to it (e.g. ``meetings/twg/2025-04-24-twg-1/`` for
``meetings/twg/2025-04-24-twg-1.yaml``). A file there that no item lists under
``attachments`` (with its ``path``, in this or any other meeting) is either a forgotten
attachment the minutes should mention, or a leftover that should not be published with them.
Hidden files (names starting with '.') are ignored. The finding points at the meeting's
``items``, where the attachment belongs.

Bad:
    # meetings/wg/2025-03-03-wg-1/ holds bilag-1.1.pdf; meetings/wg/2025-03-03-wg-1.yaml:
    items:
      - id: wg-1-budget
        number: "1"
        title: Budget

Good:
    items:
      - id: wg-1-budget
        number: "1"
        title: Budget
        attachments:
          - number: "1.1"
            title: Budget draft
            path: meetings/wg/2025-03-03-wg-1/bilag-1.1.pdf
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable, Iterator
from pathlib import Path

from docket.checks.base import Context, Hit
from docket.corpus import Corpus
from docket.findings import Level

CODE = "DK128"
NAME = "attachment-unreferenced"
LEVEL = Level.WARNING
READS = frozenset({"meeting"})


def attachment_folder(meeting_path: str) -> str:
    """The attachment folder of a meeting file: its path without the suffix."""
    return posixpath.splitext(meeting_path)[0]


def _listed(corpus: Corpus) -> set[str]:
    """Every attachment path any meeting lists, normalised relative to the root."""
    return {
        posixpath.normpath(listed.path.replace("\\", "/"))
        for facts in corpus.facts.values()
        for listed in facts.attachments
    }


def _files(folder: Path) -> list[Path]:
    return sorted(
        file
        for file in folder.rglob("*")
        if file.is_file() and not any(p.startswith(".") for p in file.relative_to(folder).parts)
    )


def _folders(root: Path, files: Iterable[str]) -> set[str]:
    """The folders (or links to folders) beside ``files``: one listing per parent folder, not
    one look per meeting."""
    found: set[str] = set()
    for parent in {posixpath.dirname(path) for path in files}:
        try:
            entries = list(os.scandir(root / parent))
        except OSError:
            continue
        found.update(posixpath.join(parent, e.name) for e in entries if _is_folder(e))
    return found


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a folder or leads to one; a link loop or a link to nothing is not."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def find(ctx: Context) -> Iterator[Hit]:
    root = ctx.corpus.root.resolve()
    listed: set[str] | None = None
    meetings = ctx.corpus.facts.values()
    folders = _folders(root, (facts.path for facts in meetings))
    for facts in meetings:
        if attachment_folder(facts.path) not in folders:
            continue
        folder = root / attachment_folder(facts.path)
        listed = _listed(ctx.corpus) if listed is None else listed
        for file in _files(folder):
            rel = file.relative_to(root).as_posix()
            if rel in listed:
                continue
            yield Hit(
                f"{rel} is in the attachment folder of meeting {facts.id} but no item "
                "lists it: add it to the 'attachments' of its item (number, title, path), or "
                "remove the file",
                facts.path,
                ("items",),
                subject=rel,
                at_key=True,
            )
