"""A meeting file is not in its body's folder, or its name gives another date than its record.

Why: a body's meetings are kept one file each in ``meetings/<body>/`` (``governance/`` holds
the organisations, people, bodies and governing documents), named ``<date>-<body>-<number>.yaml``
as ``docket new meeting`` and ``docket import`` write them. People find a meeting by its folder
and name. A file in another body's folder, or under ``governance/``, is found by no one looking
for it; and should it ever fail to parse, docket can tell only by its place which body it
belongs to, and would hold back the wrong body's checks until it is fixed. A name whose date
differs from ``date:`` makes a reader open the wrong file, and the meeting's attachment folder,
named like the file, carries the wrong date too.

Both are warnings, not errors: docket never takes a meeting's id, body or date from its path.
They are its ``id:``, ``body:`` and ``date:`` (for links, the calendar's UIDs, ``docket new
meeting``'s and import's "same body, same day" test alike), so a misplaced or misnamed file
still gives every result right; it misleads people, not docket. Which side is wrong, the place
or the record, only the secretariat can tell. Files under ``meetings/<body>/`` may sit in
subfolders (e.g. one a year); a name that does not start with a ``YYYY-MM-DD`` date is not
judged.

Bad:
    # meetings/board/2025-03-04-wg-1.yaml
    kind: meeting
    id: wg-1
    body: wg
    date: 2025-03-03

Good:
    # meetings/wg/2025-03-03-wg-1.yaml
    kind: meeting
    id: wg-1
    body: wg
    date: 2025-03-03
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from docket.checks.base import Context, Hit
from docket.checks.meeting_dates import in_doubt
from docket.contradictions import file_date
from docket.findings import Level

CODE = "DK119"
NAME = "meeting-file-misplaced"
LEVEL = Level.WARNING

_MOVE = "move it (and its attachment folder, updating the attachments' path) to"


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        path = PurePosixPath(located.path)
        home = f"meetings/{meeting.body}/"
        folder = path.parts[1] if len(path.parts) > 2 and path.parts[0] == "meetings" else None
        if folder is None:
            where = (
                "under governance/, where meetings do not belong"
                if path.parts[0] == "governance"
                else "outside any body's folder in meetings/"
            )
            yield Hit.at(
                located,
                f"meeting '{meeting.id}' of {ctx.corpus.name_of(meeting.body)} is stored "
                f"{where}: {_MOVE} {home}",
                "body",
            )
        elif folder != meeting.body:
            yield Hit.at(
                located,
                f"meeting '{meeting.id}' is stored in meetings/{folder}/, but body: says "
                f"{meeting.body} ({ctx.corpus.name_of(meeting.body)}): {_MOVE} {home}, or "
                "correct body if that is what is wrong",
                "body",
            )
        named = file_date(located.path)
        if (
            named is not None
            and named != meeting.date.isoformat()
            and not in_doubt(ctx.corpus, located, "date")
        ):
            yield Hit.at(
                located,
                f"the file name {path.name} gives the date {named}, but date: says "
                f"{meeting.date.isoformat()}: rename the file (and its attachment folder, "
                "updating the attachments' path) or correct date, whichever is wrong",
                "date",
            )
