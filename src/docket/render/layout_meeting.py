"""The minutes and agenda report model -> a pandoc document, laid out as the NGC minutes.

"Referat", "Møde N i <body>", a table of date, place, chair and secretary, the agenda as a
table with the kind legend, the participants, then per item "Pkt. N <title> v/<presenter>"
with its sections under the labels the reader knows.
"""

from __future__ import annotations

from collections.abc import Mapping

from docket.model.common import Language
from docket.model.meeting import MeetingStatus
from docket.render import freetext
from docket.render import pandoc_ast as ast
from docket.render.attachment_blocks import attachment_blocks, pdf_inserts
from docket.render.blocks import (
    agenda_table,
    attachment_section,
    banner,
    deadline_blocks,
    decision_details,
    item_heading,
    list_section,
    meeting_title,
    people_list,
    source_text,
    sub_header,
    votes_text,
    with_lead,
)
from docket.render.report import (
    DecisionLine,
    ItemReport,
    MeetingDocument,
    MeetingReport,
    PackAttachment,
    WrittenProcedureLine,
)
from docket.words import (
    FOLLOW_UP_STATUS,
    OUTCOME,
    REGION,
    format_clock,
    format_date,
    format_span,
    join_phrases,
    label,
    sentence_case,
)


def labelled(name: str, value: str | None, lang: Language) -> list[ast.Block]:
    """A table cell "Label: value"."""
    shown = value if value else label("not_given", lang)
    return [ast.plain([ast.strong(ast.text(f"{name}:")), ast.SPACE, *ast.text(shown)])]


def info_table(report: MeetingReport) -> ast.Block:
    lang = report.lang
    rows = [
        [
            labelled(label("date", lang), format_date(report.date, lang), lang),
            labelled(label("chair", lang), report.chair, lang),
        ],
        [
            labelled(label("place", lang), report.place, lang),
            labelled(label("secretary", lang), report.secretary, lang),
        ],
    ]
    if report.start:
        span = format_span(report.start, report.end, lang)
        rows.append([labelled(label("time", lang), span, lang), []])
    return ast.table(None, rows, widths=[0.5, 0.5], classes=["meeting-info"])


def participants(report: MeetingReport, level: int) -> list[ast.Block]:
    lang = report.lang
    heading = "participants" if report.document == MeetingDocument.MINUTES else "invited"
    blocks = [ast.header(level, ast.text(label(heading, lang)), "participants")]
    if report.present:
        blocks.append(people_list(report.present, lang))
    absent_key = "absent" if report.document == MeetingDocument.MINUTES else "absences"
    for key, people in ((absent_key, report.absent), ("guests", report.guests)):
        if people:
            blocks += [sub_header(level + 1, label(key, lang)), people_list(people, lang)]
    return blocks


def _note(parts: list[str]) -> list[ast.Block]:
    return [ast.para([ast.emph(ast.text(join_phrases(parts, " · ")))])] if parts else []


def _text_section(level: int, key: str, text: str | None, lang: Language) -> list[ast.Block]:
    body = freetext.blocks(text)
    return [sub_header(level, label(key, lang)), *body] if body else []


def decision_blocks(decision: DecisionLine, lang: Language) -> list[ast.Block]:
    """The outcome and text, then the vote, statements and the input it answers."""
    lead = [ast.strong(ast.text(f"{sentence_case(OUTCOME[lang][decision.outcome])}:"))]
    return with_lead(lead, decision.text) + decision_details(decision, lang)


def written_procedure_blocks(procedure: WrittenProcedureLine, lang: Language) -> list[ast.Block]:
    sent = label(
        "written_procedure_sent",
        lang,
        sent=format_date(procedure.sent, lang),
        deadline=format_date(procedure.deadline, lang),
    )
    blocks = [
        ast.para([ast.strong(ast.text(procedure.title))]),
        *freetext.blocks(procedure.question),
        ast.para(ast.text(sent)),
    ]
    if procedure.decided is None or procedure.decision is None:
        return [*blocks, ast.para(ast.text(label("written_procedure_open", lang)))]
    decided = label("written_procedure_decided", lang, date=format_date(procedure.decided, lang))
    blocks.append(ast.para(ast.text(f"{decided}. {votes_text(procedure.votes, lang)}")))
    return blocks + decision_blocks(procedure.decision, lang)


def conflict_blocks(item: ItemReport, lang: Language) -> list[ast.Block]:
    """ "X deltog ikke i behandlingen af punktet pga. inhabilitet." """
    return [
        ast.para(
            [
                ast.emph(
                    ast.text(
                        label("conflict_reason", lang, name=c.name, reason=c.reason)
                        if c.reason
                        else label("conflict", lang, name=c.name)
                    )
                )
            ]
        )
        for c in item.conflicts
    ]


def outcome_sections(item: ItemReport, level: int, lang: Language) -> list[ast.Block]:
    """Decisions, amendments, follow-ups, forwarded input, pending decisions and topics."""
    blocks: list[ast.Block] = []
    procedures = [written_procedure_blocks(p, lang) for p in item.written_procedures]
    blocks += list_section(level, "written_procedures", procedures, lang)
    answers = [
        [
            ast.para([ast.emph(ast.text(f"{source_text(d.source, lang)}:"))]),
            *decision_blocks(d, lang),
        ]
        for d in item.answers_received
    ]
    blocks += list_section(level, "answers_received", answers, lang)
    decisions = [decision_blocks(d, lang) for d in item.decisions]
    blocks += list_section(level, "decisions", decisions, lang)
    amendments = [with_lead(ast.text(f"{a.document}:"), a.text) for a in item.amendments]
    blocks += list_section(level, "amendments", amendments, lang)
    follow_ups = []
    for f in item.follow_ups:
        parts = [
            f"{label('owner', lang)}: {f.owner or label('no_owner', lang)}",
            f"{label('due', lang)}: {format_date(f.due, lang) if f.due else label('no_due', lang)}",
            FOLLOW_UP_STATUS[lang][f.status],
        ]
        follow_ups.append([*freetext.blocks(f.text), *_note(parts)])
    blocks += list_section(level, "follow_ups", follow_ups, lang)
    forwards = []
    for fw in item.forwards:
        note = [f"{label('via', lang)} {fw.via}"] if fw.via else []
        forwards.append([*with_lead([ast.strong(ast.text(f"{fw.to}:"))], fw.text), *_note(note)])
    blocks += list_section(level, "forwarded", forwards, lang)
    pending = [with_lead([ast.strong(ast.text(f"{p.body}:"))], p.text) for p in item.pending]
    blocks += list_section(level, "pending", pending, lang)
    topics = [
        with_lead([ast.strong(ast.text(f"{t.body}:"))], t.text)
        if t.body
        else freetext.blocks(t.text)
        for t in item.topics
    ]
    blocks += list_section(level, "topics", topics, lang)
    return blocks


def item_blocks(
    item: ItemReport,
    index: int,
    level: int,
    lang: Language,
    included: Mapping[str, PackAttachment] | None = None,
) -> list[ast.Block]:
    blocks = [ast.header(level, ast.text(item_heading(item, lang)), f"item-{index}")]
    blocks += conflict_blocks(item, lang)
    sub = level + 1
    blocks += _text_section(sub, "recommendation", item.recommendation, lang)
    blocks += _text_section(sub, "item_minutes", item.minutes, lang)
    blocks += outcome_sections(item, sub, lang)
    blocks += _text_section(sub, "background", item.background, lang)
    blocks += _text_section(sub, "proposed_solution", item.proposed_solution, lang)
    blocks += _text_section(sub, "next_steps", item.next_steps, lang)
    blocks += attachment_section(item, sub, lang, included)
    return blocks


def closed_item_blocks(item: ItemReport, index: int, level: int, lang: Language) -> ast.Block:
    """ "Pkt. 2 Lukket punkt": the heading of an item the audience may not see, where it
    stands, with nothing under it."""
    return ast.header(level, ast.text(item_heading(item, lang)), f"item-{index}")


def next_meeting_blocks(report: MeetingReport) -> list[ast.Block]:
    following = report.next_meeting
    if following is None:
        return []
    lang = report.lang
    when = format_date(following.date, lang, year=following.date.year != report.date.year)
    if following.time:
        when = f"{when} {format_clock(following.time, lang)}"
    key = "next_meeting" if following.ordinary else "next_meeting_extra"
    return [ast.para(ast.text(label(key, lang, date=when)))]


def meeting_marks(report: MeetingReport) -> dict[str, str]:
    """Classification and status for every page; draft minutes carry a watermark and the
    last day for comments under the rules in force."""
    lang = report.lang
    status = label(f"status_{report.status.value}", lang)
    if report.document == MeetingDocument.AGENDA:
        status = label("agenda", lang)
    marks = {
        "classification": label(f"classification_{report.classification.value}", lang),
        "status": status,
        "page-label": label("page_label", lang),
        "of-label": label("of_label", lang),
        "footer-title": f"{label(report.document.value, lang)} · {meeting_title(report)}",
    }
    if report.document == MeetingDocument.MINUTES and report.status == MeetingStatus.MINUTES_DRAFT:
        marks["watermark"] = label("watermark_draft", lang)
        if report.comments_until:
            deadline = label("comments_by", lang, date=format_date(report.comments_until, lang))
            marks["status"] = f"{status}, {deadline}"
    return marks


def meeting_document(report: MeetingReport) -> ast.Document:
    lang = report.lang
    title_key = "minutes" if report.document == MeetingDocument.MINUTES else "agenda"
    marks = meeting_marks(report)
    blocks = [banner(marks), info_table(report)]
    blocks += [ast.header(1, ast.text(label("agenda", lang)), "agenda"), *agenda_table(report)]
    blocks += participants(report, 1)
    blocks += deadline_blocks(report, 1)
    shown = 0
    for index, item in enumerate(report.items, start=1):
        if item.closed:
            blocks.append(closed_item_blocks(item, index, 1, lang))
            continue
        shown += 1  # attachments count the items the audience sees
        carried = {a.number: a for a in report.attachments if a.item_position == shown}
        blocks += item_blocks(item, index, 1, lang, carried)
    blocks += next_meeting_blocks(report)
    for attachment in report.attachments:
        blocks += attachment_blocks(attachment, lang)
    return ast.Document(
        title=label(title_key, lang),
        subtitle=meeting_title(report),
        lang=lang.value,
        region=REGION[lang],
        toc_title=label("contents", lang),
        marks=marks,
        inserts=pdf_inserts(list(report.attachments)),
        blocks=blocks,
    )
