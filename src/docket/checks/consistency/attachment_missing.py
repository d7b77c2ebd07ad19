"""An attachment's ``path`` names a file that does not exist in the repository.

Why: an attachment ("Bilag 3.1") with a path is meant to travel with the minutes; if the file
was renamed, moved or never added, the rendered minutes promise a document nobody can open.
Paths are relative to the repository root (a path leading outside it is a structural error).
By convention a meeting file ``meetings/<body>/<stem>.yaml`` keeps its attachments in the
folder ``meetings/<body>/<stem>/`` next to it.

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml; the folder holds bilag-3.1.pdf only
    attachments:
      - number: "3.1"
        title: Draft commission
        path: meetings/wg/2025-03-03-wg-1/bilag-3-1.pdf

Good:
    attachments:
      - number: "3.1"
        title: Draft commission
        path: meetings/wg/2025-03-03-wg-1/bilag-3.1.pdf
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level
from docket.repository import path_problem, shorten

CODE = "DK127"
NAME = "attachment-missing"
LEVEL = Level.ERROR


def find(ctx: Context) -> Iterator[Hit]:
    root = ctx.corpus.root.resolve()
    for located in ctx.corpus.meetings.values():
        for i, item in enumerate(located.obj.items):
            for j, attachment in enumerate(item.attachments):
                if attachment.path is None or attachment.path.startswith(("/", "\\")):
                    continue
                problem = path_problem(attachment.path)
                if problem is None:
                    target = (root / attachment.path).resolve()
                    if not target.is_relative_to(root) or target.is_file():
                        continue
                    problem = "is a folder, not a file" if target.is_dir() else "does not exist"
                yield Hit(
                    f"attachment {attachment.number} '{shorten(attachment.title)}': "
                    f"{shorten(attachment.path)} {problem}; add the file or correct the path "
                    "(relative to the repository root)",
                    located.path,
                    ("items", i, "attachments", j, "path"),
                    subject=item.id,
                )
