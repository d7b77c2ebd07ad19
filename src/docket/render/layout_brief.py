"""The briefing-pack report model -> a pandoc document.

Cover facts first (what, for whom, as of when, from which data), then the meeting's agenda with
its recommendations, then what happened since the body last met and what is still open.
"""

from __future__ import annotations

from docket.model.common import Language
from docket.render import freetext
from docket.render import pandoc_ast as ast
from docket.render.blocks import (
    DECISION_HEAD,
    DECISION_WIDTHS,
    FOLLOW_UP_HEAD,
    FOLLOW_UP_WIDTHS,
    agenda_table,
    attachment_section,
    cell,
    deadline_blocks,
    decision_rows,
    follow_up_rows,
    item_heading,
    meeting_title,
    source_text,
    sub_header,
)
from docket.render.report import (
    BriefReport,
    CheckSummary,
    GovernanceChange,
    ItemReport,
    Provenance,
    Source,
)
from docket.words import format_date, label


def _source_note(source: Source | None, lang: Language) -> ast.Block:
    return ast.para(
        [ast.emph([*ast.text(f"{label('source', lang)}: "), *ast.text(source_text(source, lang))])]
    )


def commit_text(provenance: Provenance, lang: Language) -> str:
    if not provenance.is_git:
        return label("not_git", lang)
    text = provenance.commit or "-"
    if provenance.dirty:
        text = f"{text} ({label('uncommitted', lang)})"
    return text


def cover(report: BriefReport) -> list[ast.Block]:
    lang, meeting = report.lang, report.meeting
    rows = [
        ("body", report.body),
        ("meeting", meeting_title(meeting)),
        ("date", format_date(meeting.date, lang)),
        ("as_of", format_date(report.as_of, lang)),
        ("audience", label(f"audience_{report.audience}", lang)),
        ("commit", commit_text(report.provenance, lang)),
        ("content_hash", report.provenance.content_hash),
    ]
    table = ast.table(
        None,
        [
            [[ast.plain([ast.strong(ast.text(label(key, lang)))])], cell(value)]
            for key, value in rows
        ],
        widths=[0.28, 0.72],
        classes=["cover"],
    )
    if report.since is None:
        period = label("since_start", lang, date=format_date(report.as_of, lang))
    else:
        period = label("since_last", lang, date=format_date(report.since, lang))
    return [
        ast.header(1, ast.text(label("cover", lang)), "cover"),
        table,
        ast.para(ast.text(period)),
    ]


def _agenda_item(item: ItemReport, index: int, lang: Language) -> list[ast.Block]:
    blocks = [ast.header(2, ast.text(item_heading(item, lang)), f"item-{index}")]
    for key, value in (
        ("recommendation", item.recommendation),
        ("background", item.background),
        ("proposed_solution", item.proposed_solution),
        ("next_steps", item.next_steps),
    ):
        body = freetext.blocks(value)
        if body:
            blocks += [sub_header(3, label(key, lang)), *body]
    return blocks + attachment_section(item, 3, lang)


def agenda(report: BriefReport) -> list[ast.Block]:
    lang, meeting = report.lang, report.meeting
    blocks = [ast.header(1, ast.text(label("agenda", lang)), "agenda"), *agenda_table(meeting)]
    blocks += deadline_blocks(meeting, 2)
    for index, item in enumerate(meeting.items, start=1):
        blocks += _agenda_item(item, index, lang)
    return blocks


def _section(identifier: str, title: str, empty: str, entries: list[ast.Block]) -> list[ast.Block]:
    heading = ast.header(1, ast.text(title), identifier)
    return [heading, *entries] if entries else [heading, ast.para(ast.text(empty))]


def forwards(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    entries = []
    for forward in report.forwards:
        entry = [*freetext.blocks(forward.text), _source_note(forward.source, lang)]
        if forward.on_agenda:
            numbers = ", ".join(forward.on_agenda)
            entry.append(ast.para(ast.text(label("on_agenda_as", lang, number=numbers))))
        entries.append(entry)
    listed = [ast.bullet_list(entries)] if entries else []
    return _section(
        "forwarded", label("forwarded_input", lang), label("no_forwarded", lang), listed
    )


def decisions(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    head = [cell(label(key, lang)) for key in DECISION_HEAD]
    rows = decision_rows(report.decisions, lang)
    table = [ast.table(head, rows, widths=list(DECISION_WIDTHS))] if rows else []
    return _section(
        "decisions", label("recent_decisions", lang), label("no_decisions", lang), table
    )


def pending(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    entries = []
    for line in report.pending:
        unit = label("day" if line.days == 1 else "day_plural", lang)
        days = label(
            "pending_days", lang, n=line.days, days=unit, date=format_date(line.since, lang)
        )
        entry = [
            *freetext.blocks(line.text),
            ast.para([ast.strong(ast.text(days))]),
            _source_note(line.source, lang),
        ]
        if line.on_agenda:
            numbers = ", ".join(line.on_agenda)
            entry.append(ast.para(ast.text(label("on_agenda_as", lang, number=numbers))))
        entries.append(entry)
    listed = [ast.bullet_list(entries)] if entries else []
    title = label("pending_here", lang, body=report.body)
    return _section("pending", title, label("no_pending", lang), listed)


def follow_ups(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    rows = follow_up_rows(report.follow_ups, lang)
    head = [cell(label(key, lang)) for key in FOLLOW_UP_HEAD]
    table = [ast.table(head, rows, widths=list(FOLLOW_UP_WIDTHS))] if rows else []
    return _section(
        "follow-ups", label("open_follow_ups", lang), label("no_follow_ups", lang), table
    )


def _change(change: GovernanceChange, lang: Language) -> list[ast.Block]:
    facts = [label("version", lang, version=change.version)]
    if change.adopted_on and change.adopted_by:
        when = format_date(change.adopted_on, lang)
        facts.append(label("adopted_by", lang, date=when, body=change.adopted_by))
    elif change.drafted_on:
        facts.append(label("drafted_on", lang, date=format_date(change.drafted_on, lang)))
    blocks = [
        ast.para([ast.strong(ast.text(change.document)), *ast.text(f" ({', '.join(facts)})")])
    ]
    blocks += freetext.blocks(change.summary)
    if change.amendments:
        blocks.append(ast.para(ast.text(f"{label('amendments', lang)}:")))
        blocks.append(
            ast.bullet_list(
                [*freetext.blocks(a.text), _source_note(a.source, lang)]
                if a.source
                else freetext.blocks(a.text)
                for a in change.amendments
            )
        )
    return blocks


def governance(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    entries = (
        [ast.bullet_list(_change(c, lang) for c in report.governance)] if report.governance else []
    )
    return _section(
        "governance",
        label("governance_changes", lang),
        label("no_governance_changes", lang),
        entries,
    )


def milestones(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    rows = []
    for line in report.milestones:
        if line.date:
            when = format_date(line.date, lang)
        elif line.meeting_date:
            when = label("at_meeting", lang, date=format_date(line.meeting_date, lang))
        else:
            when = ""
        rows.append(
            [
                cell(when),
                cell(line.body),
                [*freetext.blocks(line.title), *freetext.blocks(line.note)],
            ]
        )
    head = [cell(label(key, lang)) for key in ("date", "body", "activity")]
    table = [ast.table(head, rows, widths=[0.22, 0.28, 0.5])] if rows else []
    return _section("milestones", label("milestones", lang), label("no_milestones", lang), table)


def checks(summary: CheckSummary, lang: Language) -> list[ast.Block]:
    blocks = [ast.header(1, ast.text(label("checks", lang)), "checks")]
    counts = label(
        "checks_summary",
        lang,
        errors=summary.errors,
        warnings=summary.warnings,
        infos=summary.infos,
    )
    blocks.append(ast.para(ast.text(counts)))
    if summary.lines:
        blocks.append(
            ast.bullet_list(
                [
                    ast.plain(
                        [
                            ast.strong(
                                ast.text(f"{label('level_' + line.level, lang)} {line.code}")
                            ),
                            *ast.text(f" {line.where}: {line.message}"),
                        ]
                    )
                ]
                for line in summary.lines
            )
        )
    elif not (summary.errors or summary.warnings or summary.infos):
        blocks.append(ast.para(ast.text(label("checks_clean", lang))))
    if summary.filtered:
        blocks.append(ast.para([ast.emph(ast.text(label("checks_public_note", lang)))]))
    return blocks


def brief_document(report: BriefReport) -> ast.Document:
    lang, meeting = report.lang, report.meeting
    blocks = cover(report)
    blocks += agenda(report)
    blocks += forwards(report)
    blocks += decisions(report)
    blocks += pending(report)
    blocks += follow_ups(report)
    blocks += governance(report)
    blocks += milestones(report)
    blocks += checks(report.checks, lang)
    return ast.Document(
        title=f"{label('brief', lang)} {label('brief_for', lang, body=meeting.body)}",
        subtitle=f"{meeting_title(meeting)}, {format_date(meeting.date, lang)}",
        lang=lang.value,
        toc_title=label("contents", lang),
        blocks=blocks,
    )
