"""What someone must do, and by when, as the record stands on a given day.

The record already holds every thread a secretariat chases by hand: agendas and minutes the rules
of procedure want sent by a date, comment periods that end, minutes waiting for approval,
follow-ups with owners and due dates, input forwarded to another body that is still unanswered,
decisions awaited from another body, and the milestones of the annual plan. ``collect`` turns
them into ``Task``s, each with the party that must act:

- the *secretariat* (the body's ``secretariat`` organisation, else its secretary, else the body
  itself) sends agendas and minutes: by the rules' deadline, or, where the rules set none, the
  agenda before the meeting and a recorded draft (status minutes-draft) as soon as it can;
- the *owner* of a follow-up (a person or an organisation; the secretariat when none is named);
- a *body* (its members) comments on and approves minutes, answers forwarded input, takes the
  decisions others wait for and meets its milestones.

Deadlines come from the rules of procedure in force on the meeting day, counted in calendar or
working days with the Danish public holidays (``docket.deadlines``). A task is listed when its
deadline falls within the horizon, or has passed; a thread without a deadline (a follow-up with
no due date, an open pending decision) is listed as standing until it is closed.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from docket.checks.addresses import addressing_meetings
from docket.checks.schedule import NOT_YET_HELD
from docket.corpus import Corpus, Located
from docket.deadlines import (
    PUBLIC_ONLY,
    add_days,
    agenda_deadline,
    closed_days,
    comment_period_end,
    minutes_deadline,
)
from docket.facts import MeetingFacts
from docket.model.body import Role
from docket.model.governing_document import DayCount, HolidayCategory, VersionStatus
from docket.model.meeting import FollowUpStatus, Meeting, MeetingStatus, PendingStatus


class TaskKind(StrEnum):
    AGENDA = "agenda-to-send"
    MINUTES = "minutes-to-send"
    COMMENTS = "comment-period-ends"
    APPROVAL = "minutes-to-approve"
    FOLLOW_UP = "follow-up"
    INPUT = "input-awaiting-answer"
    PENDING = "decision-awaited"
    MILESTONE = "milestone"


class ActorRole(StrEnum):
    """Why a party must act: it runs the body, it owns the follow-up, or it is the body."""

    SECRETARIAT = "secretariat"
    OWNER = "owner"
    BODY = "body"


@dataclass(frozen=True)
class DeadlineBasis:
    """Where a deadline comes from: 'N working days' under a version of the rules of procedure,
    with the holiday categories that version closes."""

    days: int
    count: DayCount
    rules_id: str
    version: str
    closed: tuple[HolidayCategory, ...] = PUBLIC_ONLY


@dataclass(frozen=True)
class Task:
    """One thing a party must do. ``subject`` is the id of the record it concerns."""

    kind: TaskKind
    actor: str
    role: ActorRole
    body: str
    subject: str
    path: str
    due: date | None = None
    meeting: str | None = None
    text: str = ""
    rule: DeadlineBasis | None = None

    @property
    def closed(self) -> tuple[HolidayCategory, ...]:
        """The days that are not working days for this task's deadline."""
        return self.rule.closed if self.rule is not None else PUBLIC_ONLY

    def sort_key(self) -> tuple[date, str, str]:
        return (self.due or date.max, self.kind.value, self.subject)


def secretariat_of(corpus: Corpus, body: str, day: date) -> str:
    """Who runs ``body``: its secretariat organisation, else its secretary, else the body."""
    located = corpus.bodies.get(body)
    if located is not None and located.obj.secretariat:
        return located.obj.secretariat
    secretaries = corpus.holders(body, Role.SECRETARY, day)
    return secretaries[0] if secretaries else body


def _rule(corpus: Corpus, meeting: Meeting, days: int | None) -> DeadlineBasis | None:
    found = corpus.rules_document_in_force(meeting.body, meeting.date)
    if found is None or days is None:
        return None
    document, version = found
    parameters = version.parameters
    return DeadlineBasis(
        days, parameters.day_count, document.id, version.version, closed_days(parameters)
    )


def _meeting_tasks(corpus: Corpus, located: Located[Meeting], as_of: date) -> list[Task]:
    meeting = located.obj
    rules = corpus.rules_in_force(meeting.body, meeting.date)
    params = rules.parameters if rules else None
    secretariat = secretariat_of(corpus, meeting.body, as_of)
    tasks: list[Task] = []

    def task(
        kind: TaskKind,
        actor: str,
        role: ActorRole,
        due: date | None,
        rule: DeadlineBasis | None = None,
    ) -> Task:
        return Task(
            kind, actor, role, meeting.body, meeting.id, located.path, due, meeting.id, rule=rule
        )

    if meeting.status in NOT_YET_HELD and meeting.agenda_sent is None and meeting.date >= as_of:
        due = agenda_deadline(meeting.date, params) if params else None
        rule = _rule(corpus, meeting, params.agenda_notice_days if params else None)
        tasks.append(
            task(TaskKind.AGENDA, secretariat, ActorRole.SECRETARIAT, due or meeting.date, rule)
        )
    if not meeting.status.took_place or meeting.status == MeetingStatus.MINUTES_APPROVED:
        return tasks
    if meeting.minutes_sent is None:
        due = minutes_deadline(meeting.date, params) if params else None
        if due is None and meeting.status != MeetingStatus.MINUTES_DRAFT:
            return tasks  # no rule sets a deadline and no draft is recorded: nothing implied
        rule = _rule(corpus, meeting, params.draft_minutes_days if params else None)
        tasks.append(task(TaskKind.MINUTES, secretariat, ActorRole.SECRETARIAT, due, rule))
        return tasks
    if meeting.minutes_approved is not None:
        return tasks
    period_end = comment_period_end(meeting.minutes_sent, params) if params else None
    if period_end is not None and period_end >= as_of:
        rule = _rule(corpus, meeting, params.minutes_comment_days if params else None)
        tasks.append(task(TaskKind.COMMENTS, meeting.body, ActorRole.BODY, period_end, rule))
    else:
        next_meeting = _next_meeting(corpus, meeting.body, max(as_of, meeting.date))
        tasks.append(
            task(
                TaskKind.APPROVAL,
                meeting.body,
                ActorRole.BODY,
                next_meeting.date if next_meeting else None,
            )
        )
    return tasks


def _next_meeting(corpus: Corpus, body: str, after: date) -> Meeting | None:
    """The body's first meeting on or after ``after`` that is not cancelled."""
    days, meetings = corpus.derive(_held_or_planned).get(body, ([], []))
    found = bisect_left(days, after)
    return meetings[found].obj if found < len(meetings) else None


def _held_or_planned(corpus: Corpus) -> dict[str, tuple[list[date], list[Located[Meeting]]]]:
    """Each body's meetings that are not cancelled, in date order, with their dates apart to
    search (from the meetings' facts: no model is made)."""
    found: dict[str, tuple[list[date], list[Located[Meeting]]]] = {}
    for body in {facts.body for facts in corpus.facts.values()}:
        days: list[date] = []
        meetings: list[Located[Meeting]] = []
        for located in corpus.meetings_of(body):
            facts = corpus.facts_at(located.path)
            if facts is not None and facts.status != MeetingStatus.CANCELLED:
                days.append(facts.date)
                meetings.append(located)
        found[body] = (days, meetings)
    return found


def _took_place(meetings: list[MeetingFacts], body: str, as_of: date) -> bool:
    return any(m.body == body and m.took_place and m.date <= as_of for m in meetings)


def _planned_answer(meetings: list[MeetingFacts], body: str, as_of: date) -> date | None:
    dates = [m.date for m in meetings if m.body == body and m.date >= as_of]
    return min(dates) if dates else None


def _outcome_tasks(corpus: Corpus, as_of: date) -> list[Task]:
    """Follow-ups, forwarded input and awaited decisions of meetings that took place."""
    answers = addressing_meetings(corpus)
    tasks: list[Task] = []
    for located in corpus.meetings.values():
        meeting = located.obj
        if not meeting.status.took_place or meeting.date > as_of:
            continue
        for item in meeting.items:
            for follow_up in item.follow_ups:
                if follow_up.status != FollowUpStatus.OPEN:
                    continue
                owner = follow_up.owner or secretariat_of(corpus, meeting.body, as_of)
                tasks.append(
                    Task(
                        TaskKind.FOLLOW_UP,
                        owner,
                        ActorRole.OWNER,
                        meeting.body,
                        follow_up.id,
                        located.path,
                        follow_up.due,
                        meeting.id,
                        follow_up.text,
                    )
                )
            for forward in item.forwarded:
                taken_up = answers.get(forward.id, [])
                if _took_place(taken_up, forward.to, as_of):
                    continue
                due = _planned_answer(taken_up, forward.to, as_of)
                if due is None:
                    upcoming = _next_meeting(corpus, forward.to, as_of)
                    due = upcoming.date if upcoming else None
                tasks.append(
                    Task(
                        TaskKind.INPUT,
                        forward.to,
                        ActorRole.BODY,
                        meeting.body,
                        forward.id,
                        located.path,
                        due,
                        meeting.id,
                        forward.text,
                    )
                )
            for pending in item.pending_decisions:
                if pending.status != PendingStatus.OPEN:
                    continue
                taken_up = answers.get(pending.id, [])
                tasks.append(
                    Task(
                        TaskKind.PENDING,
                        pending.body,
                        ActorRole.BODY,
                        meeting.body,
                        pending.id,
                        located.path,
                        _planned_answer(taken_up, pending.body, as_of),
                        meeting.id,
                        pending.text,
                    )
                )
    return tasks


def _milestone_tasks(corpus: Corpus, as_of: date) -> list[Task]:
    answers = addressing_meetings(corpus)
    tasks: list[Task] = []
    for located in corpus.annual_plans:
        plan = located.obj
        if plan.status == VersionStatus.SUPERSEDED:
            continue
        for milestone in plan.milestones:
            held = corpus.meetings.get(milestone.meeting or "")
            due = milestone.date or (held.obj.date if held else None)
            if due is None or _took_place(answers.get(milestone.id, []), milestone.body, as_of):
                continue
            lang = corpus.language_of(milestone.body)
            tasks.append(
                Task(
                    TaskKind.MILESTONE,
                    milestone.body,
                    ActorRole.BODY,
                    milestone.body,
                    milestone.id,
                    located.path,
                    due,
                    milestone.meeting,
                    milestone.title.get(lang),
                )
            )
    return tasks


def collect(corpus: Corpus, as_of: date, within: int) -> list[Task]:
    """Every task due within ``within`` days of ``as_of``, overdue, or standing, in due order."""
    horizon = add_days(as_of, within)
    tasks: list[Task] = []
    for located in corpus.meetings.values():
        tasks.extend(_meeting_tasks(corpus, located, as_of))
    tasks.extend(_outcome_tasks(corpus, as_of))
    tasks.extend(_milestone_tasks(corpus, as_of))
    kept = [t for t in tasks if t.due is None or t.due <= horizon]
    return sorted(kept, key=Task.sort_key)
