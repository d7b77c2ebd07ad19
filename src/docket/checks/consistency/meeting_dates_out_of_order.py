"""A meeting's own dates are out of order: agenda after the meeting, minutes before it.

Why: a meeting's record runs in one order: the agenda is sent (``agenda_sent``, and an item on a
supplementary agenda its ``supplementary_sent``) on or before the meeting day, the draft minutes
are sent (``minutes_sent``) on or after it, the minutes are approved (``minutes_approved``) on
or after both (at the end of the meeting at the earliest), and the next meeting announced
(``next_meeting``) comes after it. A date on the wrong side is a typing error, usually the month
or the year, and the notice period, the minutes deadline, the comment period and the reminders
are all counted from these dates. The deadline checks (agenda-late, minutes-late,
minutes-approved-early, ...) do not judge a meeting from a date this check puts in doubt, so one
mistake gives one finding.

When two or more dates (the file name's among them) contradict the meeting's ``date``, the
meeting's date is the likelier mistake, and one finding on ``date`` lists them. A meeting whose
``end`` is before its ``start`` is date-range-reversed's.

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml
    date: 2025-03-03
    agenda_sent: 2025-03-24
    ---
    date: 2025-03-03
    minutes_sent: 2025-03-10
    minutes_approved: 2025-03-04
    ---
    date: 2025-03-03
    next_meeting: {date: 2024-05-12}

Good:
    # meetings/wg/2025-03-03-wg-1.yaml
    date: 2025-03-03
    agenda_sent: 2025-02-24
    minutes_sent: 2025-03-10
    minutes_approved: 2025-03-24
    next_meeting: {date: 2025-05-12}
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.contradictions import contradictions
from docket.findings import Level

CODE = "DK131"
NAME = "meeting-dates-out-of-order"
LEVEL = Level.ERROR


def find(ctx: Context) -> Iterator[Hit]:
    # Each meeting is judged by its own dates and file name: no other document is read.
    for located in ctx.corpus.meetings.values():
        for contradiction in contradictions(located.path, located.obj):
            yield Hit(
                contradiction.message,
                located.path,
                contradiction.pointer,
                subject=located.obj.id,
            )
