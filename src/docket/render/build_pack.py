"""The parts of a briefing pack that make it a board's own: the cover facts, each agenda item as
a board paper, and what the secretariat points out to the board.

An item's paper gathers what the record links to it: the input other bodies forwarded that the
item ``addresses``, the decisions awaiting the body, the topics proposed earlier and the
annual-plan milestones that it takes up, the decisions recorded
where that input arose and those that adopted the documents attached to it, and the open
follow-ups recorded in the same places or addressed by the item.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from docket.corpus import Corpus
from docket.model.annual_plan import Milestone
from docket.model.common import Language
from docket.model.meeting import AgendaItem, Decision, Meeting, ProposedTopic
from docket.render.audience import Audience, item_level, located_level, may_see
from docket.render.build_meeting import item_report
from docket.render.decision_index import decision_index
from docket.render.names import body_in_text, body_name, source_of
from docket.render.report import (
    AttachmentKind,
    CoverFacts,
    DecisionLine,
    Flag,
    FlagKind,
    FollowUpLine,
    ForwardLine,
    ItemPaper,
    MilestoneLine,
    PackAttachment,
    PendingLine,
    Source,
    TopicLine,
)


def cover_facts(corpus: Corpus, meeting: Meeting, audience: Audience) -> CoverFacts:
    contact: list[str] = []
    secretary = corpus.people.get(meeting.secretary or "")
    if secretary is not None:
        contact.append(", ".join(part for part in (secretary.name, secretary.email) if part))
    body = corpus.bodies.get(meeting.body)
    if body is not None and body.obj.secretariat:
        contact.append(corpus.name_of(body.obj.secretariat, corpus.language_of(meeting.body)))
    return CoverFacts(
        classification=audience,
        status=meeting.status,
        link=meeting.place.link if meeting.place else None,
        contact=tuple(contact),
    )


def _same_item(source: Source | None, other: Source | None) -> bool:
    return (
        source is not None
        and other is not None
        and (source.meeting_id, source.item_number) == (other.meeting_id, other.item_number)
    )


def _earlier_decisions(
    corpus: Corpus,
    sources: list[Source],
    item: AgendaItem,
    lang: Language,
    audience: Audience,
) -> tuple[DecisionLine, ...]:
    """Decisions recorded where the item's input arose, and those that adopted its documents."""
    index = corpus.derive(decision_index)
    documents = {a.document for a in item.attachments if a.document}
    found = [
        *(loc for s in sources for loc in index.by_item.get((s.meeting_id, s.item_number), ())),
        *(loc for document in documents for loc in index.by_document.get(document, ())),
    ]
    lines: list[tuple[date, DecisionLine]] = []
    for located in dict.fromkeys(found):  # a decision found both ways once
        if located.meeting is None or not may_see(audience, located_level(located)):
            continue
        decision = cast(Decision, located.obj)
        line = DecisionLine(
            decision.id, decision.text, decision.outcome, source_of(corpus, located, lang)
        )
        lines.append((located.meeting.date, line))
    lines.sort(key=lambda pair: (pair[0], pair[1].id))
    return tuple(line for _, line in lines)


def _topics(
    corpus: Corpus, item: AgendaItem, lang: Language, audience: Audience
) -> tuple[TopicLine, ...]:
    """The topics proposed at earlier meetings that ``item`` takes up, with where each arose."""
    lines = []
    for target in item.addresses:
        located = corpus.objects.get(target)
        if located is None or not isinstance(located.obj, ProposedTopic):
            continue
        if not may_see(audience, located_level(located)):
            continue
        body = body_name(corpus, located.obj.body, lang) if located.obj.body else None
        lines.append(TopicLine(located.obj.text, body, source_of(corpus, located, lang)))
    return tuple(lines)


def _milestones(
    corpus: Corpus, item: AgendaItem, lang: Language, audience: Audience
) -> tuple[MilestoneLine, ...]:
    """The annual-plan milestones that ``item`` takes up (none tied to a meeting the audience
    may not see)."""
    lines = []
    for target in item.addresses:
        located = corpus.objects.get(target)
        if located is not None and isinstance(located.obj, Milestone):
            line = milestone_line(corpus, located.obj, lang, audience)
            if line is not None:
                lines.append(line)
    return tuple(lines)


def milestone_line(
    corpus: Corpus, milestone: Milestone, lang: Language, audience: Audience
) -> MilestoneLine | None:
    """How a document names an annual-plan milestone; ``None`` when it is tied to a meeting
    the audience may not see."""
    meeting = corpus.meetings.get(milestone.meeting or "")
    if meeting is not None and not may_see(audience, meeting.obj.confidentiality):
        return None
    return MilestoneLine(
        title=milestone.title.get(lang),
        body=body_name(corpus, milestone.body, lang),
        date=milestone.date,
        meeting_date=meeting.obj.date if meeting else None,
        note=milestone.note,
    )


def item_papers(
    corpus: Corpus,
    meeting: Meeting,
    items: list[AgendaItem],
    lang: Language,
    audience: Audience,
    forwards: tuple[ForwardLine, ...],
    pending: tuple[PendingLine, ...],
    follow_ups: tuple[FollowUpLine, ...],
    attachments: tuple[PackAttachment, ...],
) -> tuple[ItemPaper, ...]:
    papers = []
    for position, item in enumerate(items, start=1):
        addressed = set(item.addresses)
        inputs = tuple(f for f in forwards if f.id in addressed)
        awaiting = tuple(p for p in pending if p.id in addressed)
        sources = [f.source for f in inputs if f.source is not None]
        sources += [p.source for p in awaiting if p.source is not None]
        concerned = tuple(
            f
            for f in follow_ups
            if f.id in addressed or any(_same_item(f.source, s) for s in sources)
        )
        papers.append(
            ItemPaper(
                item=item_report(corpus, meeting, item, lang, audience),
                inputs=inputs,
                earlier=_earlier_decisions(corpus, sources, item, lang, audience),
                pending=awaiting,
                follow_ups=concerned,
                attachments=tuple(a for a in attachments if a.item_position == position),
                topics=_topics(corpus, item, lang, audience),
                milestones=_milestones(corpus, item, lang, audience),
                position=position,
            )
        )
    return tuple(papers)


def _rules_flags(corpus: Corpus, meeting: Meeting, lang: Language) -> list[Flag]:
    """The body, and the bodies reporting to it, that have no rules of procedure in force."""
    bodies = [meeting.body] + [
        b.obj.id for b in corpus.bodies.values() if b.obj.reports_to == meeting.body
    ]
    flags = []
    for body in bodies:
        if corpus.rules_in_force(body, meeting.date) is not None:
            continue
        drafts = [v.version for r in corpus.rules if r.obj.body == body for v in r.obj.versions]
        flags.append(
            Flag(
                FlagKind.RULES_NOT_ADOPTED,
                text=drafts[-1] if drafts else "",
                who=body_name(corpus, body, lang),
            )
        )
    return flags


def secretariat_flags(
    corpus: Corpus,
    meeting: Meeting,
    lang: Language,
    forwards: tuple[ForwardLine, ...],
    pending: tuple[PendingLine, ...],
    follow_ups: tuple[FollowUpLine, ...],
    attachments: tuple[PackAttachment, ...],
    audience: Audience,
) -> tuple[Flag, ...]:
    """What the board should know before the meeting, as data the layout words plainly; first,
    the numbers of the items this audience may not see, so that a member whose pack skips
    "Pkt. 2" knows it is withheld, not lost, and which edition has it."""
    withheld = [
        (item.number, level)
        for item in meeting.items
        if not may_see(audience, level := item_level(meeting, item))
    ]
    flags = []
    if withheld:
        edition = max((level for _, level in withheld), key=lambda level: level.rank)
        numbers = ", ".join(number for number, _ in withheld)
        flags.append(
            Flag(FlagKind.ITEMS_WITHHELD, numbers, who=audience.value, edition=edition.value)
        )
    flags += [
        Flag(FlagKind.INPUT_NOT_ON_AGENDA, f.text, who=f.source.body if f.source else None)
        for f in forwards
        if not f.on_agenda
    ]
    flags += [
        Flag(
            FlagKind.PENDING_DECISION,
            p.text,
            who=body_in_text(corpus, meeting.body, lang),
            day=p.since,
            days=p.days,
            source=p.source,
            on_agenda=p.on_agenda,
        )
        for p in pending
    ]
    flags += [
        Flag(FlagKind.OVERDUE_FOLLOW_UP, f.text, who=f.owner, day=f.due)
        for f in follow_ups
        if f.overdue
    ]
    flags += _rules_flags(corpus, meeting, lang)
    flags += [
        Flag(FlagKind.ATTACHMENT_UNREADABLE, a.number, problem=a.problem)
        for a in attachments
        if a.kind == AttachmentKind.UNREADABLE
    ]
    return tuple(flags)
