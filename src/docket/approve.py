"""Approval of minutes by pull-request review, decided by the rules of procedure in force.

The draft minutes arrive as a pull request; members approve them by approving the pull request.
``judge`` reads the reviews (the JSON ``gh api repos/OWNER/REPO/pulls/N/reviews`` returns), maps
each reviewer's GitHub login to a person (the person's ``github`` field) and decides whether the
minutes may be recorded as approved on a given day. All of these must hold:

1. rules of procedure are in force for the body on the meeting day (they say who decides);
2. the draft minutes were sent (``minutes_sent``) and the comment period the rules give
   (``minutes_comment_days``, calendar or working days) has ended before the day of approval;
3. enough voting members of the body on that day approved: ``ceil(minutes_approval_share x
   voting members)`` when the rules give that share, else the quorum (``quorum``, and
   ``quorum_share`` of the voting members, whichever is more);
4. no voting member's latest review requests changes.

A reviewer counts with their latest review submitted on or before the day (an approval or a
change request; a comment changes nothing; a dismissed review withdraws the earlier ones). A
reviewer who is not in the people registry, or is not a voting member on that day, is named
and not counted. Every decision is explained: what was counted, and what is still missing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from docket.calendar_feed import TIMEZONE
from docket.corpus import Corpus, Located
from docket.deadlines import comment_period_end
from docket.errors import DocketError
from docket.model.meeting import ApprovalMethod, Meeting, MeetingStatus
from docket.workflow.write import FileEdit, WorkflowError, edit_values, unknown_id

MEETING_FIELDS = tuple(Meeting.model_fields)
DELETED_USER = "ghost"
"""The login GitHub shows for a review whose author's account was deleted."""


class ReviewsError(DocketError):
    """The reviews file cannot be read as GitHub's review list (exit code 2)."""


class ReviewState(StrEnum):
    APPROVED = "APPROVED"
    CHANGES_REQUESTED = "CHANGES_REQUESTED"
    COMMENTED = "COMMENTED"
    DISMISSED = "DISMISSED"
    PENDING = "PENDING"


@dataclass(frozen=True)
class Review:
    login: str
    state: ReviewState
    day: date | None
    """The day (Copenhagen time) it was submitted; None for a pending review."""


def parse_reviews(text: str, source: str) -> list[Review]:
    """The reviews in GitHub's JSON (a list of reviews, or pages of them from ``--paginate``)."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReviewsError(
            f"{source}:{error.lineno}:{error.colno}: not JSON ({error.msg}); save the output "
            "of 'gh api repos/OWNER/REPO/pulls/N/reviews' unchanged"
        ) from None
    if isinstance(data, list) and all(isinstance(page, list) for page in data) and data:
        data = [review for page in data for review in page]
    if not isinstance(data, list):
        raise ReviewsError(f"{source}: expected a list of reviews, found {type(data).__name__}")
    reviews = []
    for index, entry in enumerate(data):
        try:
            user = entry["user"] or {"login": DELETED_USER}  # GitHub: null for a deleted account
            login = str(user["login"])
            state = ReviewState(str(entry["state"]))
            submitted = entry.get("submitted_at")
            day = (
                datetime.fromisoformat(str(submitted).replace("Z", "+00:00"))
                .astimezone(TIMEZONE)
                .date()
                if submitted
                else None
            )
        except (KeyError, TypeError, ValueError):
            raise ReviewsError(
                f"{source}: review {index + 1} lacks user.login, a known state or a valid "
                "submitted_at; is this the answer of the pull request's /reviews endpoint?"
            ) from None
        reviews.append(Review(login, state, day))
    return reviews


@dataclass
class Judgement:
    """Whether the minutes may be recorded as approved, and why (or what is missing)."""

    meeting: str
    day: date
    approvers: list[str] = field(default_factory=list)
    needed: int = 0
    voting: int = 0
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    already: bool = False

    @property
    def allowed(self) -> bool:
        return not self.missing and not self.already


def _latest(reviews: list[Review], day: date) -> dict[str, Review]:
    """Each reviewer's standing review on ``day`` (GitHub lists reviews oldest first)."""
    standing: dict[str, Review] = {}
    for review in reviews:
        if review.day is None or review.day > day:
            continue
        key = review.login.casefold()
        if review.state == ReviewState.DISMISSED:
            standing.pop(key, None)
        elif review.state in (ReviewState.APPROVED, ReviewState.CHANGES_REQUESTED):
            standing[key] = review
    return standing


def find_meeting(corpus: Corpus, wanted: str) -> Located[Meeting]:
    """A meeting by id or by the path of its file."""
    located = corpus.meetings.get(wanted)
    if located is None:
        located = next(
            (m for m in corpus.meetings.values() if m.path == wanted.replace("\\", "/")), None
        )
    if located is None:
        raise unknown_id("meeting", wanted, sorted(corpus.meetings))
    return located


def judge(corpus: Corpus, meeting_id: str, reviews: list[Review], day: date) -> Judgement:
    """Decide whether the minutes of ``meeting_id`` may be recorded approved on ``day``."""
    located = find_meeting(corpus, meeting_id)
    meeting = located.obj
    verdict = Judgement(meeting.id, day)
    if meeting.minutes_approved is not None:
        verdict.already = True
        verdict.notes.append(f"the minutes were already approved on {meeting.minutes_approved}")
        return verdict
    if not meeting.status.took_place:
        verdict.missing.append(f"the meeting has not taken place (status {meeting.status})")
    found = corpus.rules_document_in_force(meeting.body, meeting.date)
    if found is None:
        verdict.missing.append(
            f"no rules of procedure of {meeting.body} are in force on {meeting.date}: the rules "
            "say how many members must approve; record the adopted version"
        )
        return verdict
    document, rules = found
    params = rules.parameters
    source = f"{document.id} version {rules.version}"
    if meeting.minutes_sent is None:
        verdict.missing.append(
            "the draft minutes were never sent for comments: record minutes_sent, the day "
            "they went out"
        )
    else:
        end = comment_period_end(meeting.minutes_sent, params)
        if end is not None and day <= end:
            verdict.missing.append(
                f"the comment period runs until {end} ({params.minutes_comment_days} "
                f"{params.day_count} days after the draft was sent on {meeting.minutes_sent}, "
                f"{source}): the minutes can be approved from {end + timedelta(days=1)}"
            )
    body = corpus.bodies.get(meeting.body)
    voting = {m.person for m in body.obj.members_on(day) if m.voting} if body else set()
    verdict.voting = len(voting)
    by_login = {p.github.casefold(): p.id for p in corpus.people.values() if p.github}
    standing = _latest(reviews, day)
    for key, review in sorted(standing.items()):
        person = by_login.get(key)
        state = "approved" if review.state == ReviewState.APPROVED else "requested changes"
        if person is None:
            verdict.notes.append(
                f"@{review.login} {state} but no person has github: {review.login}; not counted"
            )
        elif person not in voting:
            verdict.notes.append(
                f"{corpus.name_of(person)} (@{review.login}) {state} but is not a voting "
                f"member of {meeting.body} on {day}; not counted"
            )
        elif review.state == ReviewState.APPROVED:
            verdict.approvers.append(person)
        else:
            verdict.missing.append(
                f"{corpus.name_of(person)} (@{review.login}) requested changes on {review.day} "
                "and has not approved since"
            )
    needed = params.approvals_needed(len(voting))
    if needed is None:
        verdict.missing.append(
            f"{source} sets neither a quorum nor minutes_approval_share: it does not say "
            "how many members must approve"
        )
        return verdict
    verdict.needed = needed
    if len(verdict.approvers) < needed:
        verdict.missing.append(
            f"{len(verdict.approvers)} of {len(voting)} voting members approved; {needed} "
            f"must ({source}): {needed - len(verdict.approvers)} more"
        )
    return verdict


def explain(corpus: Corpus, verdict: Judgement) -> str:
    """The decision in plain words, one line each."""
    names = ", ".join(corpus.name_of(p) for p in verdict.approvers) or "nobody"
    if verdict.already:
        head = f"minutes of {verdict.meeting}: nothing to do"
    elif verdict.allowed:
        head = (
            f"minutes of {verdict.meeting} approved on {verdict.day} by {len(verdict.approvers)} "
            f"of {verdict.voting} voting members ({verdict.needed} needed): {names}"
        )
    else:
        head = f"minutes of {verdict.meeting} cannot be recorded approved on {verdict.day}:"
    lines = [head]
    lines += [f"  missing: {reason}" for reason in verdict.missing]
    if verdict.missing and verdict.approvers:
        lines.append(f"  approved so far: {names}")
    lines += [f"  note: {note}" for note in verdict.notes]
    return "\n".join(lines) + "\n"


def record_approval(corpus: Corpus, verdict: Judgement, reference: str | None = None) -> FileEdit:
    """The meeting file with the approval recorded: status, date and who approved, how."""
    if not verdict.allowed:
        raise WorkflowError("the approval is not allowed; nothing to record")
    located = corpus.meetings[verdict.meeting]
    approval: dict[str, object] = {
        "method": ApprovalMethod.REVIEW.value,
        "by": list(verdict.approvers),
    }
    if reference:
        approval["reference"] = reference
    values = {
        "status": MeetingStatus.MINUTES_APPROVED.value,
        "minutes_approved": verdict.day,
        "minutes_approval": approval,
    }
    summary = f"recorded the approval of the minutes of {verdict.meeting} on {verdict.day}"
    return edit_values(corpus, located.path, (), values, MEETING_FIELDS, summary)


def approve_at_meeting(corpus: Corpus, meeting_id: str, at_id: str) -> FileEdit | None:
    """The meeting file with its minutes approved at the later meeting ``at_id`` of its body (the
    Danish default: the minutes are approved and signed at the next meeting); None when they are
    approved already. Refused, saying why, when ``at_id`` is not a later meeting of the same body
    that was held, the draft was never sent, or the comment period had not ended by then."""
    located = find_meeting(corpus, meeting_id)
    at = find_meeting(corpus, at_id).obj
    meeting = located.obj
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        return None
    if at.body != meeting.body:
        raise WorkflowError(
            f"{at.id} is a meeting of {at.body}: the minutes of {meeting.id} are approved at a "
            f"meeting of {meeting.body}"
        )
    if at.date <= meeting.date:
        raise WorkflowError(
            f"{at.id} ({at.date.isoformat()}) is not after {meeting.id} "
            f"({meeting.date.isoformat()}): minutes are approved at a later meeting"
        )
    if not at.status.took_place:
        raise WorkflowError(
            f"{at.id} is {at.status.value}: record the approval once that meeting was held"
        )
    if meeting.minutes_sent is None:
        raise WorkflowError(
            f"the draft minutes of {meeting.id} were never sent: record the day they were "
            "(minutes_sent) first, so that the comment period can be judged"
        )
    rules = corpus.rules_in_force(meeting.body, meeting.date)
    last = comment_period_end(meeting.minutes_sent, rules.parameters) if rules else None
    if last is not None and at.date <= last:
        raise WorkflowError(
            f"the members may comment on the minutes of {meeting.id} until {last.isoformat()}: "
            f"{at.id} on {at.date.isoformat()} is within that period"
        )
    values = {
        "status": MeetingStatus.MINUTES_APPROVED.value,
        "minutes_approved": at.date,
        "minutes_approval": {"method": ApprovalMethod.MEETING.value, "reference": at.id},
    }
    summary = f"recorded the approval of the minutes of {meeting.id} at {at.id} on {at.date}"
    return edit_values(corpus, located.path, (), values, MEETING_FIELDS, summary)
