"""Pandoc blocks more than one layout uses: headings, the agenda table, an item's heading and
attachments (with the page each starts on), the deadlines, the source of an outcome, the
decision and follow-up tables, lists of people and the classification banner of HTML.

Layouts import these from here and never from each other.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from docket import words
from docket.model.common import Language
from docket.render import freetext
from docket.render import pandoc_ast as ast
from docket.render.report import (
    AgendaRow,
    Deadlines,
    DecisionLine,
    FollowUpLine,
    ItemReport,
    MeetingReport,
    MilestoneLine,
    PackAttachment,
    PersonLine,
    Source,
    VotesLine,
)
from docket.words import (
    FOLLOW_UP_STATUS,
    KIND_LEGEND,
    KIND_MARK,
    OUTCOME,
    format_date,
    format_time,
    join_phrases,
    label,
    phrase_end,
)

UNLISTED = ("unlisted",)


def sub_header(level: int, text: str) -> ast.Block:
    """A heading inside an item or section: kept out of the table of contents."""
    return ast.header(level, ast.text(text), classes=UNLISTED)


def meeting_title(report: MeetingReport) -> str:
    return words.meeting_title(report.body, report.number, report.lang)


def agenda_activity(row: AgendaRow, lang: Language) -> str:
    """ "Title (B) v/Presenter" as in the agenda table; "Lukket punkt" for a closed item."""
    if row.closed:
        return words.sentence_case(label("closed_item", lang))
    text = row.title
    if row.kind is not None:
        text = f"{text} ({KIND_MARK[lang][row.kind]})"
    if row.presenters:
        text = f"{text} {label('by', lang)}{row.presenters}"
    if row.supplementary_sent:
        when = format_date(row.supplementary_sent, lang)
        text = f"{text} ({label('supplementary', lang, date=when)})"
    return text


def agenda_table(report: MeetingReport) -> list[ast.Block]:
    lang = report.lang
    head = [[ast.plain(ast.text(label(key, lang)))] for key in ("item", "approx_time", "activity")]
    rows = [
        [
            [ast.plain(ast.text(f"{row.number}."))],
            [ast.plain(ast.text(format_time(row.time, lang)))] if row.time else [],
            [ast.plain(ast.text(agenda_activity(row, lang)))],
        ]
        for row in report.agenda
    ]
    return [
        ast.table(head, rows, widths=[0.1, 0.14, 0.76], classes=["agenda"]),
        ast.para([ast.emph(ast.text(KIND_LEGEND[lang]))]),
    ]


def item_heading(item: ItemReport, lang: Language) -> str:
    """ "Pkt. 3 Title v/Presenter"; for a closed item "Pkt. 2 Lukket punkt" alone."""
    if item.closed:
        return words.closed_item_heading(item.number, lang)
    text = words.item_heading(item.number, item.title, lang)
    if item.presenters:
        text = f"{text} {label('by', lang)}{item.presenters}"
    return text


def list_section(
    level: int, key: str, items: list[list[ast.Block]], lang: Language
) -> list[ast.Block]:
    return [sub_header(level, label(key, lang)), ast.bullet_list(items)] if items else []


def milestone_when(line: MilestoneLine, lang: Language) -> str:
    """When a milestone falls: its date, else "på mødet <date>", else nothing."""
    if line.date:
        return format_date(line.date, lang)
    if line.meeting_date:
        return label("at_meeting", lang, date=format_date(line.meeting_date, lang))
    return ""


def attachment_title(attachment: PackAttachment, lang: Language) -> str:
    return label("attachment_heading", lang, number=attachment.number, title=attachment.title)


def page_suffix(anchor: str, lang: Language) -> list[ast.Inline]:
    """ ", side N" in PDF and Word, nothing in HTML and Markdown."""
    word = label("on_page", lang, page="").strip()
    return [
        ast.raw_inline("typst", f", {word} "),
        ast.raw_inline("openxml", f'<w:r><w:t xml:space="preserve">, {word} </w:t></w:r>'),
        *ast.page_of(anchor),
    ]


def attachment_entry(attachment: PackAttachment, lang: Language) -> list[ast.Inline]:
    """ "Bilag 3.1 <title>, side 12", linked to the attachment (the page in PDF and Word); a
    title's closing full stop gives way to the comma."""
    title = phrase_end(attachment_title(attachment, lang))
    return [
        ast.link(ast.text(title), f"#{attachment.anchor}"),
        *page_suffix(attachment.anchor, lang),
    ]


def attachment_section(
    item: ItemReport,
    level: int,
    lang: Language,
    included: Mapping[str, PackAttachment] | None = None,
) -> list[ast.Block]:
    """The item's attachments; those the document carries link to the page they start on."""
    carried = included or {}
    entries = [
        [ast.plain(attachment_entry(carried[a.number], lang))]
        if a.number in carried
        else [ast.plain(ast.text(f"{label('attachment', lang)} {a.number}: {a.title}"))]
        for a in item.attachments
    ]
    return list_section(level, "attachments", entries, lang)


def _days(count: int, after: bool, deadlines: Deadlines, lang: Language) -> str:
    unit = "working_days" if deadlines.day_count.value == "working" else "calendar_days"
    return label(
        "days",
        lang,
        n=count,
        unit=label(unit, lang),
        direction=label("after" if after else "before", lang),
    )


def deadline_blocks(report: MeetingReport, level: int) -> list[ast.Block]:
    """The deadlines from the rules in force on the meeting day, or why there are none."""
    lang, deadlines = report.lang, report.deadlines
    if deadlines is None:
        return []
    blocks = [ast.header(level, ast.text(label("deadlines", lang)), "deadlines")]
    if not deadlines.rules_in_force:
        blocks.append(ast.para(ast.text(label("no_rules", lang, body=report.body))))
    lines: list[str] = []
    if deadlines.agenda_by and deadlines.agenda_notice_days is not None:
        when = format_date(deadlines.agenda_by, lang)
        lines.append(
            label(
                "agenda_by",
                lang,
                date=f"{when} ({_days(deadlines.agenda_notice_days, False, deadlines, lang)})",
            )
        )
    if deadlines.agenda_sent:
        lines.append(label("agenda_sent", lang, date=format_date(deadlines.agenda_sent, lang)))
    if deadlines.minutes_by and deadlines.draft_minutes_days is not None:
        when = format_date(deadlines.minutes_by, lang)
        days = _days(deadlines.draft_minutes_days, True, deadlines, lang)
        lines.append(label("minutes_by", lang, date=f"{when} ({days})"))
    if deadlines.comments_until:
        lines.append(
            label("comments_until", lang, date=format_date(deadlines.comments_until, lang))
        )
    if deadlines.rules_in_force and not (deadlines.agenda_by or deadlines.minutes_by):
        lines.append(label("rules_silent", lang))
    blocks += [ast.para(ast.text(line)) for line in lines]
    return blocks


def source_text(source: Source | None, lang: Language) -> str:
    """ "Teknisk arbejdsgruppe, møde 1, 24. april 2025, pkt. 6: Kommentering af årshjul"."""
    if source is None:
        return ""
    day = format_date(source.meeting_date, lang)
    if source.written_procedure:
        procedure = label("written_procedure_source", lang, date=day)
        return f"{join_phrases((source.body, procedure))}: {source.item_title}"
    if source.meeting_number is None:
        meeting = label("meeting_on", lang, date=day)
    else:
        meeting = f"{label('meeting', lang).lower()} {source.meeting_number}, {day}"
    item = label("item_heading", lang).lower()
    where = join_phrases((source.body, meeting, f"{item} {source.item_number}"))
    return f"{where}: {source.item_title}"


def with_lead(lead: list[ast.Inline], text: str) -> list[ast.Block]:
    """``text`` as blocks, with ``lead`` (e.g. "Godkendt:") in front of its first paragraph."""
    body = freetext.blocks(text)
    if body and body[0]["t"] == "Para":
        return [ast.para([*lead, ast.SPACE, *body[0]["c"]]), *body[1:]]
    return [ast.para(lead), *body]


def names_text(names: tuple[str, ...], lang: Language) -> str:
    """ "A", "A og B", "A, B og C"."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {label('and', lang)} {names[-1]}"


def votes_text(votes: VotesLine, lang: Language) -> str:
    """ "Afstemning: 5 for, 2 imod (A og B), 1 undlod at stemme." """
    parts = []
    for key, count, names in (
        ("votes_in_favour", votes.in_favour, votes.in_favour_by),
        ("votes_against", votes.against, votes.against_by),
        ("votes_abstaining", votes.abstaining, votes.abstaining_by),
    ):
        if count or key == "votes_in_favour":
            part = label(key, lang, n=count)
            parts.append(f"{part} ({names_text(names, lang)})" if names else part)
    return f"{label('votes', lang)}: {', '.join(parts)}."


def decision_details(decision: DecisionLine, lang: Language) -> list[ast.Block]:
    """The vote, minority statements, protocol remarks and the input the decision answers."""
    blocks: list[ast.Block] = []
    if decision.votes:
        blocks.append(ast.para(ast.text(votes_text(decision.votes, lang))))
    for statement in decision.statements:
        head = label(f"statement_{statement.kind.value}", lang, by=names_text(statement.by, lang))
        blocks += with_lead([ast.emph(ast.text(f"{head}:"))], statement.text)
    for answer in decision.answers:
        head = label("answers_input", lang, source=source_text(answer.source, lang))
        blocks += with_lead([ast.emph(ast.text(f"{head}:"))], answer.text)
    return blocks


def source_note(source: Source | None, lang: Language) -> ast.Block:
    """ "Kilde: <source>" in italics under an outcome."""
    return ast.para(
        [ast.emph([*ast.text(f"{label('source', lang)}: "), *ast.text(source_text(source, lang))])]
    )


def banner(marks: dict[str, str]) -> ast.Block:
    """The classification and status at the top of an HTML page (PDF and Word carry them in
    the header of every page). Words from docket.words and dates only, escaped."""
    text = " · ".join(v for v in (marks.get("classification"), marks.get("status")) if v)
    return ast.raw_block("html", f'<p class="classification-banner">{html.escape(text)}</p>')


def person_text(person: PersonLine, lang: Language) -> str:
    text = join_phrases((person.name, *person.details))
    if person.secretary_of:
        text = f"{text} ({label('secretary_for', lang)} {person.secretary_of})"
    if person.items:
        text = f"{text} ({label('only_items', lang)} {', '.join(person.items)})"
    if person.substitute_for:
        text = f"{text} ({label('substitute_for', lang)} {person.substitute_for})"
    return text


def people_list(people: tuple[PersonLine, ...], lang: Language) -> ast.Block:
    return ast.bullet_list([ast.plain(ast.text(person_text(p, lang)))] for p in people)


def cell(text: str) -> list[ast.Block]:
    return [ast.plain(ast.text(text))] if text else []


def follow_up_rows(lines: tuple[FollowUpLine, ...], lang: Language) -> list[list[list[ast.Block]]]:
    rows = []
    for line in lines:
        due = format_date(line.due, lang) if line.due else label("no_due", lang)
        status = FOLLOW_UP_STATUS[lang][line.status]
        if line.overdue:
            status = f"{status}, {label('overdue', lang)}"
        if line.closed_on:
            status = f"{status}, {label('closed_on', lang, date=format_date(line.closed_on, lang))}"
        rows.append(
            [
                cell(line.owner or label("no_owner", lang)),
                cell(due),
                cell(status),
                freetext.blocks(line.text),
                cell(source_text(line.source, lang)),
            ]
        )
    return rows


FOLLOW_UP_HEAD = ("owner", "due", "status", "follow_up", "source")


FOLLOW_UP_WIDTHS = (0.17, 0.13, 0.12, 0.33, 0.25)


def decision_rows(lines: tuple[DecisionLine, ...], lang: Language) -> list[list[list[ast.Block]]]:
    return [
        [
            cell(source_text(line.source, lang)),
            cell(OUTCOME[lang][line.outcome]),
            [*freetext.blocks(line.text), *decision_details(line, lang)],
        ]
        for line in lines
    ]


DECISION_HEAD = ("source", "outcome", "decision")
DECISION_WIDTHS = (0.38, 0.17, 0.45)
