"""Corpus -> the decision register and the follow-up tracker, across all bodies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from docket.corpus import Corpus
from docket.findings import Pointer
from docket.model.common import Language
from docket.model.meeting import Decision, DecisionOutcome, FollowUp, FollowUpStatus
from docket.render.audience import Audience, located_level, may_see
from docket.render.build_meeting import decision_line, procedure_votes
from docket.render.names import party_name, source_of
from docket.render.report import DecisionLine, FollowUpLine, Register, RegisterKind
from docket.render.selection import DocumentRequestError

OVERDUE = "overdue"
DECISION_STATUSES = tuple(outcome.value for outcome in DecisionOutcome)
FOLLOW_UP_STATUSES = (*(status.value for status in FollowUpStatus), OVERDUE)


def _check_choice(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value is not None and value not in allowed:
        raise DocumentRequestError(f"unknown {what} '{value}': choose from {', '.join(allowed)}")


def _owner_matches(corpus: Corpus, owner_id: str | None, wanted: str) -> bool:
    """``wanted`` is the owner's id, or a part of their name (any case)."""
    if owner_id is None:
        return False
    return owner_id == wanted or wanted.casefold() in corpus.name_of(owner_id).casefold()


def decision_register(
    corpus: Corpus,
    lang: Language,
    audience: Audience,
    as_of: date,
    body: str | None = None,
    status: str | None = None,
) -> Register:
    _check_choice(status, DECISION_STATUSES, "decision outcome")
    if body is not None and body not in corpus.bodies:
        raise DocumentRequestError(f"no body has the id '{body}'")
    found: list[tuple[tuple[date, str, str, Pointer], DecisionLine]] = []
    procedures = {
        p.obj.decision.id: p.obj for p in corpus.written_procedures if p.obj.decision is not None
    }
    for located in corpus.by_kind("decision"):
        meeting, decision = located.meeting, located.obj
        if not isinstance(decision, Decision):
            continue
        procedure = procedures.get(decision.id)
        if meeting is not None:
            day, body_id = meeting.date, meeting.body
        elif procedure is not None:
            day, body_id = procedure.decided or procedure.deadline, procedure.body
        else:
            continue
        if not may_see(audience, located_level(located)):
            continue
        if (body and body_id != body) or (status and decision.outcome.value != status):
            continue
        line = replace(
            decision_line(corpus, decision, lang), source=source_of(corpus, located, lang)
        )
        if procedure is not None and line.votes is None:
            line = replace(line, votes=procedure_votes(procedure))
        found.append(((day, body_id, located.path, located.pointer), line))
    found.sort(key=lambda entry: entry[0])
    lines = tuple(line for _, line in found)
    filters = tuple(
        f"{key}={value}" for key, value in (("body", body), ("status", status)) if value
    )
    return Register(RegisterKind.DECISIONS, lang, as_of, filters, decisions=lines)


def follow_up_register(
    corpus: Corpus,
    lang: Language,
    audience: Audience,
    as_of: date,
    body: str | None = None,
    status: str | None = None,
    owner: str | None = None,
) -> Register:
    """Follow-ups by owner and due date; ``status`` 'overdue' means open and past due."""
    _check_choice(status, FOLLOW_UP_STATUSES, "follow-up status")
    if body is not None and body not in corpus.bodies:
        raise DocumentRequestError(f"no body has the id '{body}'")
    lines: list[FollowUpLine] = []
    for located in corpus.by_kind("follow-up"):
        meeting, follow_up = located.meeting, located.obj
        if meeting is None or not isinstance(follow_up, FollowUp):
            continue
        if not may_see(audience, located_level(located)):
            continue
        overdue = (
            follow_up.status == FollowUpStatus.OPEN
            and follow_up.due is not None
            and follow_up.due < as_of
        )
        if body and meeting.body != body:
            continue
        if status == OVERDUE and not overdue:
            continue
        if status not in (None, OVERDUE) and follow_up.status.value != status:
            continue
        if owner and not _owner_matches(corpus, follow_up.owner, owner):
            continue
        lines.append(
            FollowUpLine(
                follow_up.id,
                follow_up.text,
                party_name(corpus, follow_up.owner, lang),
                follow_up.due,
                follow_up.status,
                overdue=overdue,
                closed_on=follow_up.closed_on,
                source=source_of(corpus, located, lang),
            )
        )
    lines.sort(key=lambda f: (f.owner is None, f.owner or "", f.due is None, f.due or as_of, f.id))
    filters = tuple(
        f"{key}={value}"
        for key, value in (("body", body), ("status", status), ("owner", owner))
        if value
    )
    return Register(RegisterKind.FOLLOW_UPS, lang, as_of, filters, follow_ups=tuple(lines))
