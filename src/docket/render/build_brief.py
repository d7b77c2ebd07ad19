"""Corpus -> the report model of a board briefing pack (mødemateriale).

A pack looks back over the period since the body's last meeting (what other bodies forwarded,
what was decided anywhere) and at what is still open (decisions awaiting the body, follow-ups
across bodies), then ahead (milestones of the next three months), and ends with the state of
the data (consistency-check findings). Around that sit the parts that make it a board's own
(``build_pack``: the cover facts, each item as a board paper, the secretariat's notes) and the
attachments themselves (``build_attachments``). Everything is judged as of one date and shown
only as far as the audience may see it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TypeVar, cast

from pydantic import BaseModel

from docket.corpus import Corpus, Located
from docket.findings import Finding, Level
from docket.model.annual_plan import Milestone
from docket.model.common import Language
from docket.model.meeting import (
    Decision,
    FollowUp,
    FollowUpStatus,
    Forward,
    Meeting,
    MeetingStatus,
    PendingDecision,
    PendingStatus,
)
from docket.render.audience import Audience, finding_level, located_level, may_see
from docket.render.build_attachments import amendment_lines, meeting_attachments
from docket.render.build_meeting import build_meeting_report, decision_line, visible_items
from docket.render.build_pack import cover_facts, item_papers, milestone_line, secretariat_flags
from docket.render.decision_index import decision_index
from docket.render.names import body_name, party_name, source_of
from docket.render.provenance import provenance
from docket.render.report import (
    BriefReport,
    CheckLine,
    CheckSummary,
    DecisionLine,
    FollowUpLine,
    ForwardLine,
    GovernanceChange,
    MeetingDocument,
    MilestoneLine,
    PackAttachment,
    PendingLine,
    Source,
)

M = TypeVar("M", bound=BaseModel)

MILESTONE_MONTHS = 3


@dataclass(frozen=True)
class Period:
    """After ``since`` (the body's last meeting; ``None``: from the start) up to ``until``."""

    since: date | None
    until: date

    def __contains__(self, day: date) -> bool:
        return (self.since is None or day > self.since) and day <= self.until


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    if not date.min.year <= year <= date.max.year:
        return date.min if year < date.min.year else date.max
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - every month has 28 days


def _visible(corpus: Corpus, kind: str, cls: type[M], audience: Audience) -> Iterator[Located[M]]:
    """Objects of ``kind`` recorded in a meeting and visible to the audience."""
    for located in corpus.by_kind(kind):
        visible = may_see(audience, located_level(located))
        if located.meeting is not None and isinstance(located.obj, cls) and visible:
            yield cast("Located[M]", located)


def _meeting_day(located: Located[M]) -> date:
    assert located.meeting is not None
    return located.meeting.date


def last_meeting_before(corpus: Corpus, meeting: Meeting) -> Meeting | None:
    earlier = [
        m.obj
        for m in corpus.meetings_of(meeting.body)
        if m.obj.date < meeting.date and m.obj.status != MeetingStatus.CANCELLED
    ]
    return earlier[-1] if earlier else None


def _on_agenda(meeting: Meeting, audience: Audience, target: str) -> tuple[str, ...]:
    return tuple(i.number for i in visible_items(meeting, audience) if target in i.addresses)


def forwards_to(
    corpus: Corpus, meeting: Meeting, period: Period, lang: Language, audience: Audience
) -> list[ForwardLine]:
    found = [
        loc
        for loc in _visible(corpus, "forward", Forward, audience)
        if loc.obj.to == meeting.body and _meeting_day(loc) in period
    ]
    found.sort(key=lambda loc: (_meeting_day(loc), loc.path, loc.pointer))
    return [
        ForwardLine(
            loc.obj.id,
            loc.obj.text,
            body_name(corpus, loc.obj.to, lang),
            party_name(corpus, loc.obj.via, lang),
            source_of(corpus, loc, lang),
            _on_agenda(meeting, audience, loc.obj.id),
            _answered_by(corpus, loc.obj.id, lang, audience),
        )
        for loc in found
    ]


def _answered_by(
    corpus: Corpus, forward_id: str, lang: Language, audience: Audience
) -> tuple[Source, ...]:
    """Where the decisions that answer the forwarded input ``forward_id`` were taken."""
    return tuple(
        source
        for loc in corpus.derive(decision_index).by_answer.get(forward_id, ())
        if may_see(audience, located_level(loc)) and (source := source_of(corpus, loc, lang))
    )


def decisions_in(
    corpus: Corpus, period: Period, lang: Language, audience: Audience
) -> list[DecisionLine]:
    """Decisions taken at meetings in ``period``, and by written procedure in it."""
    found = [
        (_meeting_day(loc), loc.path, loc.pointer, loc)
        for loc in _visible(corpus, "decision", Decision, audience)
        if _meeting_day(loc) in period
    ]
    for procedure in corpus.written_procedures:
        decided, decision = procedure.obj.decided, procedure.obj.decision
        if decided is not None and decision is not None and decided in period:
            located = corpus.objects.get(decision.id)
            if located is not None and located.obj is decision:
                found.append(
                    (decided, procedure.path, ("decision",), cast("Located[Decision]", located))
                )
    found.sort(key=lambda entry: entry[:3])
    return [
        replace(decision_line(corpus, loc.obj, lang), source=source_of(corpus, loc, lang))
        for *_, loc in found
    ]


def _settled_by(corpus: Corpus, pending: PendingDecision) -> date | None:
    """The day the decision that settled ``pending`` was taken, if recorded."""
    if pending.decided_by is None:
        return None
    located = corpus.objects.get(pending.decided_by)
    return located.meeting.date if located and located.meeting else None


def pending_with(
    corpus: Corpus, meeting: Meeting, as_of: date, lang: Language, audience: Audience
) -> list[PendingLine]:
    lines: list[PendingLine] = []
    for loc in _visible(corpus, "pending-decision", PendingDecision, audience):
        pending = loc.obj
        if pending.body != meeting.body or _meeting_day(loc) > as_of:
            continue
        settled = _settled_by(corpus, pending)
        still_open = pending.status == PendingStatus.OPEN or (
            pending.status == PendingStatus.DECIDED and settled is not None and settled > as_of
        )
        if not still_open:
            continue
        since = pending.since or _meeting_day(loc)
        lines.append(
            PendingLine(
                pending.id,
                pending.text,
                body_name(corpus, pending.body, lang),
                since,
                (as_of - since).days,
                source_of(corpus, loc, lang),
                _on_agenda(meeting, audience, pending.id),
            )
        )
    lines.sort(key=lambda line: (line.since, line.id))
    return lines


def open_follow_ups(
    corpus: Corpus, as_of: date, lang: Language, audience: Audience
) -> list[FollowUpLine]:
    """Follow-ups recorded by ``as_of`` and open on that day, by owner and due date."""
    lines: list[FollowUpLine] = []
    for loc in _visible(corpus, "follow-up", FollowUp, audience):
        follow_up = loc.obj
        if _meeting_day(loc) > as_of:
            continue
        closed_later = follow_up.closed_on is not None and follow_up.closed_on > as_of
        if follow_up.status != FollowUpStatus.OPEN and not closed_later:
            continue
        lines.append(
            FollowUpLine(
                follow_up.id,
                follow_up.text,
                party_name(corpus, follow_up.owner, lang),
                follow_up.due,
                FollowUpStatus.OPEN,
                overdue=follow_up.due is not None and follow_up.due < as_of,
                source=source_of(corpus, loc, lang),
            )
        )
    lines.sort(key=lambda f: (f.owner is None, f.owner or "", f.due is None, f.due or as_of, f.id))
    return lines


def governance_changes(
    corpus: Corpus, period: Period, lang: Language, audience: Audience
) -> list[GovernanceChange]:
    """Commission and rules versions adopted, or drafted, in the period."""
    changes: list[tuple[date, GovernanceChange]] = []
    documents = [(c.obj.title, c.obj.body, c.obj.versions) for c in corpus.commissions]
    documents += [(r.obj.title, r.obj.body, list(r.obj.versions)) for r in corpus.rules]
    for title_text, body, versions in documents:
        title = title_text.get(lang)
        for version in versions:
            adopted = version.adopted
            adopted_now = adopted is not None and adopted.date in period
            drafted_now = version.drafted is not None and version.drafted in period
            if not (adopted_now or drafted_now):
                continue
            when = adopted.date if adopted_now and adopted else version.drafted
            assert when is not None
            changes.append(
                (
                    when,
                    GovernanceChange(
                        document=title,
                        body=body_name(corpus, body, lang),
                        version=version.version,
                        adopted_on=adopted.date if adopted_now and adopted else None,
                        adopted_by=body_name(corpus, adopted.body, lang)
                        if adopted_now and adopted
                        else None,
                        drafted_on=version.drafted,
                        summary=version.summary,
                        amendments=amendment_lines(corpus, version, title, lang, audience),
                    ),
                )
            )
    changes.sort(key=lambda pair: (pair[0], pair[1].document, pair[1].version))
    return [change for _, change in changes]


def _milestone_day(corpus: Corpus, milestone: Milestone) -> date | None:
    if milestone.date is not None:
        return milestone.date
    located = corpus.meetings.get(milestone.meeting or "")
    return located.obj.date if located else None


def milestones_ahead(
    corpus: Corpus, as_of: date, lang: Language, audience: Audience
) -> list[MilestoneLine]:
    until = add_months(as_of, MILESTONE_MONTHS)
    lines: list[tuple[date, MilestoneLine]] = []
    for plan in corpus.annual_plans:
        for milestone in plan.obj.milestones:
            day = _milestone_day(corpus, milestone)
            if day is None or not as_of <= day <= until:
                continue
            line = milestone_line(corpus, milestone, lang, audience)
            if line is not None:
                lines.append((day, line))
    lines.sort(key=lambda pair: (pair[0], pair[1].body, pair[1].title))
    return [line for _, line in lines]


def check_summary(corpus: Corpus, findings: Sequence[Finding], audience: Audience) -> CheckSummary:
    """The findings of the consistency checks the caller ran: counts per level and the errors
    and warnings, limited to findings the audience may see."""
    shown = [f for f in findings if may_see(audience, finding_level(corpus, f))]
    lines = tuple(
        CheckLine(
            level=f.level.value,
            code=f.code,
            message=f.message,
            where=f"{f.path}:{f.line}" if f.line is not None else (f.path or ""),
        )
        for f in shown
        if f.level in (Level.ERROR, Level.WARNING)
    )
    counts = {level: sum(1 for f in shown if f.level == level) for level in Level}
    return CheckSummary(
        errors=counts[Level.ERROR],
        warnings=counts[Level.WARNING],
        infos=counts[Level.INFO],
        lines=lines,
        filtered=len(shown) < len(findings),
    )


def build_brief(
    corpus: Corpus,
    meeting: Meeting,
    as_of: date,
    findings: Sequence[Finding],
    lang: Language,
    audience: Audience,
    root: Path | None = None,
    appendix: bool = False,
) -> BriefReport:
    """The pack for ``meeting`` as of ``as_of``; ``findings`` are what ``docket check`` finds
    in ``corpus`` as of that date (the caller has run the checks on the corpus it loaded)."""
    previous = last_meeting_before(corpus, meeting)
    period = Period(previous.date if previous else None, as_of)
    items = visible_items(meeting, audience)
    attachments: tuple[PackAttachment, ...] = meeting_attachments(
        corpus, meeting, items, lang, audience
    )
    forwards = tuple(forwards_to(corpus, meeting, period, lang, audience))
    pending = tuple(pending_with(corpus, meeting, as_of, lang, audience))
    follow_ups = tuple(open_follow_ups(corpus, as_of, lang, audience))
    return BriefReport(
        lang=lang,
        audience=audience.value,
        body=body_name(corpus, meeting.body, lang),
        as_of=as_of,
        since=period.since,
        provenance=provenance(root or corpus.root),
        meeting=build_meeting_report(corpus, meeting, MeetingDocument.AGENDA, lang, audience),
        forwards=forwards,
        decisions=tuple(decisions_in(corpus, period, lang, audience)),
        pending=pending,
        follow_ups=follow_ups,
        governance=tuple(governance_changes(corpus, period, lang, audience)),
        milestones=tuple(milestones_ahead(corpus, as_of, lang, audience)),
        checks=check_summary(corpus, findings, audience),
        cover=cover_facts(corpus, meeting, audience),
        papers=item_papers(
            corpus, meeting, items, lang, audience, forwards, pending, follow_ups, attachments
        ),
        flags=secretariat_flags(
            corpus, meeting, lang, forwards, pending, follow_ups, attachments, audience
        ),
        appendix=appendix,
    )
