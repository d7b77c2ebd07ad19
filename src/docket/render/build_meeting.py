"""Corpus -> the report model of one meeting's minutes or agenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from docket.corpus import Corpus
from docket.deadlines import meeting_deadlines
from docket.errors import DocketError
from docket.model.common import Language
from docket.model.meeting import (
    AgendaItem,
    Attendance,
    Capacity,
    Decision,
    Meeting,
    MeetingStatus,
    Votes,
)
from docket.model.written_procedure import Answer, WrittenProcedure
from docket.render.audience import (
    Audience,
    attachment_level,
    item_level,
    may_see,
    visible_meeting,
)
from docket.render.build_attachments import meeting_attachments
from docket.render.names import (
    body_in_text,
    body_name,
    body_short,
    party_name,
    person_line,
    person_name,
    place_text,
    presenters_text,
    source_of,
)
from docket.render.procedure_index import procedure_index
from docket.render.report import (
    AgendaRow,
    AmendmentLine,
    AnswerLine,
    AttachmentLine,
    ConflictLine,
    Deadlines,
    DecisionLine,
    FollowUpLine,
    ForwardLine,
    ItemReport,
    MeetingDocument,
    MeetingReport,
    NextMeetingLine,
    PendingLine,
    PersonLine,
    StatementLine,
    TopicLine,
    VotesLine,
    WrittenProcedureLine,
)


class NotVisible(DocketError):
    """The meeting is more confidential than the audience the document is for."""


def visible_items(meeting: Meeting, audience: Audience) -> list[AgendaItem]:
    return [item for item in meeting.items if may_see(audience, item_level(meeting, item))]


def closed_row(item: AgendaItem) -> AgendaRow:
    """The agenda line of an item above the audience: its number, nothing else of it."""
    return AgendaRow(item.number, None, "", None, None, closed=True)


def closed_item(item: AgendaItem) -> ItemReport:
    """An item above the audience where it stands in the document: its number alone."""
    return ItemReport(id="", number=item.number, title="", presenters=None, kind=None, closed=True)


def _document_title(corpus: Corpus, document_id: str, lang: Language) -> str:
    titles = {c.obj.id: c.obj.title for c in corpus.commissions}
    titles.update((r.obj.id, r.obj.title) for r in corpus.rules)
    titles.update((p.obj.id, p.obj.title) for p in corpus.annual_plans)
    title = titles.get(document_id)
    return title.get(lang) if title else document_id


def _agenda_row(corpus: Corpus, item: AgendaItem, lang: Language) -> AgendaRow:
    presenters = item.agenda_presenter_text or presenters_text(corpus, item.presenters, lang)
    return AgendaRow(
        item.number, item.time, item.title, item.kind, presenters, item.supplementary_sent
    )


def votes_line(corpus: Corpus, votes: Votes) -> VotesLine:
    def names(people: list[str]) -> tuple[str, ...]:
        return tuple(corpus.name_of(p) for p in people)

    return VotesLine(
        votes.count("in_favour"),
        votes.count("against"),
        votes.count("abstaining"),
        names(votes.in_favour_by),
        names(votes.against_by),
        names(votes.abstaining_by),
    )


def decision_line(corpus: Corpus, decision: Decision, lang: Language) -> DecisionLine:
    """A decision with its vote, statements and the forwarded input it answers."""
    answers = []
    for forward_id in decision.answers:
        located = corpus.objects.get(forward_id)
        if located is not None:
            text = str(getattr(located.obj, "text", forward_id))
            answers.append(AnswerLine(text, source_of(corpus, located, lang)))
    return DecisionLine(
        decision.id,
        decision.text,
        decision.outcome,
        votes=votes_line(corpus, decision.votes) if decision.votes else None,
        statements=tuple(
            StatementLine(st.kind, tuple(corpus.name_of(p) for p in st.by), st.text)
            for st in decision.statements
        ),
        answers=tuple(answers),
    )


def procedure_votes(procedure: WrittenProcedure) -> VotesLine:
    """The answers to a written procedure, counted as a vote."""
    counts = {answer: 0 for answer in Answer}
    for a in procedure.answers:
        counts[a.answer] += 1
    return VotesLine(counts[Answer.IN_FAVOUR], counts[Answer.AGAINST], counts[Answer.ABSTAINING])


def _answers_received(corpus: Corpus, item: AgendaItem, lang: Language) -> tuple[DecisionLine, ...]:
    """The decisions ``item`` reports back that answer input forwarded by another body, each
    with where it was taken."""
    found = []
    for target in item.addresses:
        located = corpus.objects.get(target)
        if located is None or not isinstance(located.obj, Decision) or not located.obj.answers:
            continue
        line = replace(
            decision_line(corpus, located.obj, lang), source=source_of(corpus, located, lang)
        )
        found.append(replace(line, answers=()))
    return tuple(found)


def _written_procedure(
    corpus: Corpus, procedure: WrittenProcedure, lang: Language
) -> WrittenProcedureLine:
    return WrittenProcedureLine(
        title=procedure.title,
        question=procedure.question,
        sent=procedure.sent,
        deadline=procedure.deadline,
        decided=procedure.decided,
        decision=decision_line(corpus, procedure.decision, lang) if procedure.decision else None,
        votes=procedure_votes(procedure),
    )


def _item(
    corpus: Corpus,
    meeting: Meeting,
    item: AgendaItem,
    document: MeetingDocument,
    lang: Language,
    audience: Audience,
) -> ItemReport:
    presenters = presenters_text(corpus, item.presenters, lang) or item.agenda_presenter_text
    attachments = tuple(
        AttachmentLine(a.number, a.title)
        for a in item.attachments
        if may_see(audience, attachment_level(meeting, item, a))
    )
    procedures = corpus.derive(procedure_index).by_id
    common = ItemReport(
        id=item.id,
        number=item.number,
        title=item.title,
        presenters=presenters,
        kind=item.kind,
        recommendation=item.recommendation,
        background=item.background,
        proposed_solution=item.proposed_solution,
        next_steps=item.next_steps,
        attachments=attachments,
        supplementary_sent=item.supplementary_sent,
        written_procedures=tuple(
            _written_procedure(corpus, procedures[target], lang)
            for target in item.addresses
            if target in procedures
        ),
        answers_received=_answers_received(corpus, item, lang),
    )
    if document == MeetingDocument.AGENDA:
        return common
    return replace(
        common,
        minutes=item.minutes,
        conflicts=tuple(ConflictLine(corpus.name_of(c.person), c.reason) for c in item.conflicts),
        decisions=tuple(decision_line(corpus, d, lang) for d in item.decisions),
        follow_ups=tuple(
            FollowUpLine(
                f.id,
                f.text,
                party_name(corpus, f.owner, lang),
                f.due,
                f.status,
                closed_on=f.closed_on,
            )
            for f in item.follow_ups
        ),
        forwards=tuple(
            ForwardLine(
                f.id,
                f.text,
                body_name(corpus, f.to, lang),
                party_name(corpus, f.via, lang),
            )
            for f in item.forwarded
        ),
        pending=tuple(
            PendingLine(p.id, p.text, body_name(corpus, p.body, lang), p.since or meeting.date)
            for p in item.pending_decisions
        ),
        topics=tuple(
            TopicLine(t.text, body_name(corpus, t.body, lang) if t.body else None)
            for t in item.proposed_topics
        ),
        amendments=tuple(
            AmendmentLine(a.text, _document_title(corpus, a.document, lang))
            for a in item.amendments
        ),
    )


def item_report(
    corpus: Corpus, meeting: Meeting, item: AgendaItem, lang: Language, audience: Audience
) -> ItemReport:
    """An item as the agenda shows it: title, presenters, texts and attachments."""
    return _item(corpus, meeting, item, MeetingDocument.AGENDA, lang, audience)


def _home_organisation(corpus: Corpus, meeting: Meeting, listed: list[str]) -> str | None:
    """The body's own organisation (its secretariat) when every member of the body on the
    meeting day, and every member listed, belongs to it: "Merete Eldrup, Københavns
    Universitet" on every line of the board of that university says nothing, so the lists
    leave it out; when members come from several organisations, each keeps its own."""
    located = corpus.bodies.get(meeting.body)
    if located is None or located.obj.secretariat is None:
        return None
    home = located.obj.secretariat
    members = [m.person for m in located.obj.members_on(meeting.date)] + listed
    if not members:
        return None
    for person_id in members:
        person = corpus.person_on(person_id, meeting.date)
        if person is None or person.organisation != home:
            return None
    return home


def _participants(
    corpus: Corpus, meeting: Meeting, document: MeetingDocument, lang: Language
) -> tuple[list[PersonLine], list[PersonLine], list[PersonLine]]:
    """Present members, absent members and guests, in the order the file lists them.

    The agenda lists everyone invited; without a participant list, the body's members on the
    meeting day. The meeting's secretary is always listed, marked as such.
    """
    secretary_note = body_short(corpus, meeting.body, lang)
    present: list[PersonLine] = []
    absent: list[PersonLine] = []
    guests: list[PersonLine] = []
    people = [
        (p.person, p.capacity, p.attendance, p.items, p.substitute_for)
        for p in meeting.participants
    ]
    if not people and document == MeetingDocument.AGENDA:
        located = corpus.bodies.get(meeting.body)
        members = located.obj.members_on(meeting.date) if located else []
        people = [(m.person, Capacity.MEMBER, Attendance.PRESENT, [], None) for m in members]
    listed = {person for person, *_ in people}
    if meeting.secretary and meeting.secretary not in listed:
        people.append((meeting.secretary, Capacity.MEMBER, Attendance.PRESENT, [], None))
    numbers = {item.id: item.number for item in meeting.items}
    home = _home_organisation(corpus, meeting, [p for p, c, *_ in people if c != Capacity.GUEST])
    for person, capacity, attendance, items, substitute_for in people:
        line = person_line(corpus, person, lang, meeting.date, home)
        if person == meeting.secretary:
            line = replace(line, secretary_of=secretary_note)
        if capacity == Capacity.GUEST:
            line = replace(line, items=tuple(numbers.get(i, i) for i in items))
        if capacity == Capacity.SUBSTITUTE and substitute_for:
            line = replace(line, substitute_for=corpus.name_of(substitute_for))
        if attendance != Attendance.PRESENT:
            absent.append(line)
        elif capacity == Capacity.GUEST:
            guests.append(line)
        else:
            present.append(line)
    return present, absent, guests


def _deadlines(corpus: Corpus, meeting: Meeting) -> Deadlines:
    version = corpus.rules_in_force(meeting.body, meeting.date)
    if version is None:
        return Deadlines(rules_in_force=False, agenda_sent=meeting.agenda_sent)
    parameters = version.parameters
    dates = meeting_deadlines(meeting.date, parameters, meeting.minutes_sent)
    return Deadlines(
        rules_in_force=True,
        day_count=parameters.day_count,
        agenda_notice_days=parameters.agenda_notice_days,
        agenda_by=dates.agenda_by,
        draft_minutes_days=parameters.draft_minutes_days,
        minutes_by=dates.minutes_by,
        comments_until=dates.comments_until,
        agenda_sent=meeting.agenda_sent,
    )


def build_meeting_report(
    corpus: Corpus,
    meeting: Meeting,
    document: MeetingDocument,
    lang: Language,
    audience: Audience,
    with_attachments: bool = False,
) -> MeetingReport:
    """The minutes or agenda of ``meeting`` for ``audience``.

    Raises ``NotVisible`` when the meeting itself is above the audience: such a document would
    have nothing to show, and even its existence is not for that audience.
    """
    if not may_see(audience, meeting.confidentiality):
        raise NotVisible(
            f"meeting '{meeting.id}' is {meeting.confidentiality.value}: "
            f"it cannot be rendered for a {audience.value} audience"
        )
    items = visible_items(meeting, audience)
    shown_ids = {item.id for item in items}
    # Danish public minutes print a line for a closed item ("Pkt. 2 Lukket punkt") so that the
    # numbers run on; the line carries the item's number and nothing else of it.
    agenda = tuple(
        _agenda_row(corpus, item, lang) if item.id in shown_ids else closed_row(item)
        for item in meeting.items
    )
    reports = tuple(
        _item(corpus, meeting, item, document, lang, audience)
        if item.id in shown_ids
        else closed_item(item)
        for item in meeting.items
    )
    # A guest who attended only items above the audience is left out; the others' lists of
    # items name only visible ones ("deltog i pkt. 7" would reveal an internal item 7).
    shown = visible_meeting(meeting, audience) or meeting
    present, absent, guests = _participants(corpus, shown, document, lang)
    next_meeting = meeting.next_meeting
    return MeetingReport(
        document=document,
        lang=lang,
        meeting_id=meeting.id,
        body=body_in_text(corpus, meeting.body, lang),
        number=meeting.number,
        date=meeting.date,
        start=meeting.start,
        end=meeting.end,
        place=place_text(corpus, meeting.place, lang),
        chair=person_name(corpus, meeting.chair),
        secretary=person_name(corpus, meeting.secretary),
        agenda=agenda,
        present=tuple(present),
        absent=tuple(absent),
        guests=tuple(guests),
        items=reports,
        deadlines=_deadlines(corpus, meeting) if document == MeetingDocument.AGENDA else None,
        next_meeting=(
            NextMeetingLine(next_meeting.date, next_meeting.time, next_meeting.ordinary)
            if next_meeting and document == MeetingDocument.MINUTES
            else None
        ),
        status=meeting.status,
        classification=audience,
        comments_until=_comments_until(corpus, meeting),
        attachments=(
            meeting_attachments(corpus, meeting, items, lang, audience) if with_attachments else ()
        ),
    )


def _comments_until(corpus: Corpus, meeting: Meeting) -> date | None:
    """For draft minutes: the last day members may comment, under the rules in force."""
    if meeting.status != MeetingStatus.MINUTES_DRAFT:
        return None
    rules = corpus.rules_in_force(meeting.body, meeting.date)
    if rules is None:
        return None
    return meeting_deadlines(meeting.date, rules.parameters, meeting.minutes_sent).comments_until
