"""Which meeting a document is about: by id or file, or the one a briefing pack is for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docket.corpus import Corpus
from docket.deadlines import add_days
from docket.errors import DocketError
from docket.model.body import BodyType
from docket.model.meeting import Meeting, MeetingStatus
from docket.repository import relative


class DocumentRequestError(DocketError):
    """The request for a document names a meeting, body or value docket does not know."""


def resolve_meeting(corpus: Corpus, reference: str) -> Meeting:
    """A meeting by its id, or by the path of its file (relative to the repository or not)."""
    located = corpus.meetings.get(reference)
    if located is not None:
        return located.obj
    candidate = Path(reference)
    rel = relative(candidate, corpus.root.resolve()) if candidate.exists() else reference
    for located in corpus.meetings.values():
        if located.path == rel or located.path == Path(reference).as_posix():
            return located.obj
    known = ", ".join(sorted(corpus.meetings)[:8])
    raise DocumentRequestError(
        f"no meeting has the id or file '{reference}'"
        + (f"; meetings include: {known}" if known else "; the repository has no meetings")
    )


@dataclass(frozen=True)
class BriefChoice:
    """The meeting a pack is for and the date it is drawn up as of, with the reason if the
    choice was not the obvious one."""

    meeting: Meeting
    as_of: date
    note: str | None = None


def _held_or_planned(corpus: Corpus, body: str) -> list[Meeting]:
    return [m.obj for m in corpus.meetings_of(body) if m.obj.status != MeetingStatus.CANCELLED]


def only_board(corpus: Corpus) -> str:
    """The body a pack is for when neither the command line nor the configuration names one:
    the repository's only board."""
    boards = sorted(b.obj.id for b in corpus.bodies.values() if b.obj.type == BodyType.BOARD)
    if len(boards) == 1:
        return boards[0]
    found = f"boards {', '.join(boards)}" if boards else "no board"
    raise DocumentRequestError(
        f"the repository has {found}: name the body with --body, or set "
        'brief_body = "ID" in docket.toml'
    )


def choose_brief_meeting(
    corpus: Corpus,
    body: str | None,
    meeting_ref: str | None,
    as_of: date | None,
    today: date,
) -> BriefChoice:
    """The meeting and as-of date of a briefing pack.

    Without ``meeting_ref``: the body's next meeting on or after the as-of date (default today).
    When it has none, its latest planned meeting (the latest meeting of any status if none is
    planned). Without ``as_of``: today, or, for a meeting already past, the day before it, so
    that the pack shows what the members had in front of them.
    """
    if meeting_ref is not None:
        meeting = resolve_meeting(corpus, meeting_ref)
        if body is not None and meeting.body != body:
            raise DocumentRequestError(
                f"meeting '{meeting.id}' is a meeting of '{meeting.body}', not of '{body}'"
            )
        note = None
    else:
        body = body or only_board(corpus)
        if body not in corpus.bodies:
            known = ", ".join(sorted(corpus.bodies)) or "none"
            raise DocumentRequestError(f"no body has the id '{body}' (bodies: {known})")
        meetings = _held_or_planned(corpus, body)
        if not meetings:
            raise DocumentRequestError(f"the body '{body}' has no meetings to brief for")
        day = as_of or today
        upcoming = [m for m in meetings if m.date >= day]
        if upcoming:
            meeting, note = upcoming[0], None
        else:
            planned = [
                m for m in meetings if m.status in (MeetingStatus.PLANNED, MeetingStatus.INVITED)
            ]
            meeting = (planned or meetings)[-1]
            kind = "planned meeting" if planned else "meeting"
            note = (
                f"'{body}' has no meeting on or after {day.isoformat()}; "
                f"using its latest {kind}, '{meeting.id}' of {meeting.date.isoformat()}"
            )
    if as_of is None:
        if meeting.date >= today:
            as_of = today
        else:
            as_of = add_days(meeting.date, -1)
            reason = f"as of {as_of.isoformat()}, the day before it (the meeting is past)"
            note = f"{note}, {reason}" if note else f"'{meeting.id}': {reason}"
    return BriefChoice(meeting, as_of, note)
