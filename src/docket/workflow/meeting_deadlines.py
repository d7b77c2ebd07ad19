"""The deadlines a new meeting sets off, as lines for the secretariat to read.

The arithmetic is ``docket.deadlines``; this module only finds the rules in force and words
the result, saying plainly when no rules are in force or the rules are silent.
"""

from __future__ import annotations

from datetime import date

from docket.corpus import Corpus
from docket.deadlines import meeting_deadlines
from docket.model.governing_document import DayCount

_DAY_COUNT = {
    DayCount.CALENDAR: "counted in calendar days",
    DayCount.WORKING: "counted in working days: weekends and Danish public holidays are skipped",
}


def _when(day: date | None, as_of: date | None) -> str:
    if day is None:
        return "the rules do not say"
    text = f"{day.isoformat()} ({day.strftime('%A')})"
    if as_of is not None and day < as_of:
        text += f", already passed as of {as_of.isoformat()}"
    return text


def deadline_lines(corpus: Corpus, body: str, day: date, as_of: date | None = None) -> list[str]:
    """What the rules of procedure in force on ``day`` require around a meeting that day."""
    found = corpus.rules_document_in_force(body, day)
    if found is not None:
        document, version = found
        params = version.parameters
        due = meeting_deadlines(day, params)
        comments = _when(due.comments_until, as_of)
        if due.comments_until is not None and due.minutes_by is not None:
            comments += (
                f": {params.minutes_comment_days} {params.day_count} days after the draft "
                f"minutes, if they are sent on {due.minutes_by.isoformat()}"
            )
        return [
            f"deadlines from {document.id} version {version.version}, in force on "
            f"{day.isoformat()} ({_DAY_COUNT[params.day_count]}):",
            f"  agenda to be sent by   {_when(due.agenda_by, as_of)}",
            f"  draft minutes by       {_when(due.minutes_by, as_of)}",
            f"  comment period ends    {comments}",
        ]
    return [
        f"no rules of procedure are in force for {body} on {day.isoformat()}: "
        "there are no deadlines to compute"
    ]
