"""The briefing-pack report model -> a pandoc document, laid out as a board pack.

A cover (meeting, time, place, classification, status, secretariat, who is summoned); the agenda
with the page where each item and attachment starts; what the secretariat points out, in plain
words; each item as a board paper on its own pages (background, the decision requested set
apart, input from other bodies with its source, earlier decisions, open follow-ups, an empty
"Beslutning:" field for the chair); what happened since the body last met; the attachments in
agenda order; a colophon with the data's provenance; and, only on request, the secretariat's
technical appendix with check codes and file places.
"""

from __future__ import annotations

from docket.model.common import Language
from docket.model.meeting import ItemKind
from docket.render import freetext
from docket.render import pandoc_ast as ast
from docket.render.attachment_blocks import attachment_blocks, pdf_inserts
from docket.render.blocks import (
    DECISION_HEAD,
    DECISION_WIDTHS,
    FOLLOW_UP_HEAD,
    FOLLOW_UP_WIDTHS,
    agenda_activity,
    attachment_entry,
    banner,
    cell,
    deadline_blocks,
    decision_rows,
    follow_up_rows,
    item_heading,
    milestone_when,
    people_list,
    source_note,
    source_text,
    sub_header,
)
from docket.render.report import (
    AgendaRow,
    BriefReport,
    CheckSummary,
    Flag,
    FlagKind,
    FollowUpLine,
    GovernanceChange,
    ItemPaper,
    MilestoneLine,
    Provenance,
    Source,
)
from docket.words import (
    KIND_LEGEND,
    KIND_MARK,
    OUTCOME,
    REGION,
    format_date,
    format_span,
    format_time,
    in_sentence,
    join_phrases,
    label,
    meeting_ref,
    sentence_case,
)


def commit_text(provenance: Provenance, lang: Language) -> str:
    if not provenance.is_git:
        return label("not_git", lang)
    text = provenance.commit or "-"
    if provenance.dirty:
        text = f"{text} ({label('uncommitted', lang)})"
    return text


def _section(identifier: str, title: str, empty: str, entries: list[ast.Block]) -> list[ast.Block]:
    heading = ast.header(2, ast.text(title), identifier)
    return [heading, *entries] if entries else [heading, ast.para(ast.text(empty))]


def forwards(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    entries = []
    for forward in report.forwards:
        entry = [*freetext.blocks(forward.text), source_note(forward.source, lang)]
        if forward.on_agenda:
            numbers = ", ".join(forward.on_agenda)
            entry.append(ast.para(ast.text(label("on_agenda_as", lang, number=numbers))))
        for source in forward.answered_by:
            entry.append(
                ast.para(ast.text(label("answered_by", lang, source=source_text(source, lang))))
            )
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
            source_note(line.source, lang),
        ]
        if line.on_agenda:
            numbers = ", ".join(line.on_agenda)
            entry.append(ast.para(ast.text(label("on_agenda_as", lang, number=numbers))))
        entries.append(entry)
    listed = [ast.bullet_list(entries)] if entries else []
    title = label("pending_here", lang, body=report.meeting.body)
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
                [*freetext.blocks(a.text), source_note(a.source, lang)]
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
        when = milestone_when(line, lang)
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
    blocks = [ast.header(2, ast.text(label("checks", lang)), "checks")]
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


def title_of(report: BriefReport) -> str:
    """ "Mødemateriale til den nationale bestyrelse for ..."."""
    lang = report.lang
    return f"{label('brief', lang)} {label('brief_for', lang, body=report.meeting.body)}"


def subtitle_of(report: BriefReport) -> str:
    """ "Møde 1, 7. maj 2025": the meeting under the title, which already names the body."""
    lang, meeting = report.lang, report.meeting
    when = format_date(meeting.date, lang)
    if meeting.number is None:
        return label("pack_meeting_unnumbered", lang, date=when)
    return label("pack_meeting", lang, number=meeting.number, date=when)


def pack_marks(report: BriefReport) -> dict[str, str]:
    """Classification and status for every page, and the words of "Side X af Y"."""
    lang = report.lang
    cover = report.cover
    marks = {
        "page-label": label("page_label", lang),
        "of-label": label("of_label", lang),
        "footer-title": f"{title_of(report)} · {subtitle_of(report)}",
    }
    if cover is not None:
        marks["classification"] = label(f"classification_{cover.classification.value}", lang)
        marks["status"] = label(f"status_{cover.status.value}", lang)
    return marks


def _fact(key: str, value: list[ast.Inline] | str | None, lang: Language) -> list[list[ast.Block]]:
    inlines = ast.text(value) if isinstance(value, str) else value
    shown = inlines or ast.text(label("not_given", lang))
    return [[ast.plain([ast.strong(ast.text(label(key, lang)))])], [ast.plain(shown)]]


def cover_page(report: BriefReport) -> list[ast.Block]:
    lang, meeting, cover = report.lang, report.meeting, report.cover
    span = None
    if meeting.start:
        span = format_span(meeting.start, meeting.end, lang)
    rows = [
        _fact("date", format_date(meeting.date, lang), lang),
        _fact("time", span, lang),
        _fact("place", meeting.place, lang),
    ]
    if cover is not None and cover.link:
        rows.append(_fact("meeting_link", [ast.link(ast.text(cover.link), cover.link)], lang))
    if cover is not None:
        rows.append(
            _fact(
                "classification", label(f"classification_{cover.classification.value}", lang), lang
            )
        )
        rows.append(_fact("status", label(f"status_{cover.status.value}", lang), lang))
        rows.append(_fact("contact", "; ".join(cover.contact) or None, lang))
    rows.append(_fact("as_of", format_date(report.as_of, lang), lang))
    blocks = [
        # Word and HTML open with pandoc's title block (title and subtitle); the PDF's cover
        # carries both itself, once.
        ast.div(
            [
                ast.header(1, ast.text(title_of(report)), "cover"),
                ast.para([ast.strong(ast.text(subtitle_of(report)))]),
            ],
            classes=[f"not-{fmt}" for fmt in ("docx", "html", "md")],
        ),
        ast.table(None, rows, widths=[0.3, 0.7], classes=["cover"]),
        sub_header(2, label("summoned", lang)),
    ]
    if meeting.present:
        blocks.append(people_list(meeting.present, lang))
    else:
        blocks.append(ast.para(ast.text(label("members_not_recorded", lang))))
    if meeting.absent:
        blocks += [sub_header(2, label("absences", lang)), people_list(meeting.absent, lang)]
    return blocks


def _agendacell(paper: ItemPaper, lang: Language) -> list[ast.Block]:
    item = paper.item
    row = AgendaRow(item.number, None, item.title, item.kind, item.presenters)
    blocks = [ast.plain([ast.link(ast.text(agenda_activity(row, lang)), f"#{paper.anchor}")])]
    if paper.attachments:
        blocks.append(
            ast.bullet_list([ast.plain(attachment_entry(a, lang))] for a in paper.attachments)
        )
    return blocks


def agenda_page(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    head = [
        [ast.plain(ast.text(label(key, lang)))]
        for key in ("item", "approx_time", "activity", "page_column")
    ]
    papers = iter(report.papers)
    rows = []
    for row in report.meeting.agenda:
        if row.closed:
            # the closed item's line where it stands, as in the public agenda: no page, no more
            rows.append([cell(f"{row.number}."), [], cell(agenda_activity(row, lang)), []])
            continue
        paper = next(papers)
        rows.append(
            [
                [ast.plain(ast.text(f"{paper.item.number}."))],
                [ast.plain(ast.text(format_time(row.time, lang)))] if row.time else [],
                _agendacell(paper, lang),
                [ast.plain(ast.page_of(paper.anchor))],
            ]
        )
    return [
        *ast.page_break(),
        ast.header(1, ast.text(label("agenda", lang)), "agenda"),
        ast.table(head, rows, widths=[0.1, 0.12, 0.64, 0.14], classes=["agenda"]),
        ast.para([ast.emph(ast.text(KIND_LEGEND[lang]))]),
        *deadline_blocks(report.meeting, 2),
    ]


def _pending_flag_text(flag: Flag, lang: Language) -> str:
    """ "En beslutning har afventet <body> siden 18. december 2024 (128 dage): »...« Den blev
    noteret på møde 1 i den tekniske arbejdsgruppe den 24. april 2025." A reader cannot tell
    what a bare date refers to: when the decision has waited since the meeting that recorded
    it, the meeting is named in place of the date; when since an earlier day, the meeting
    that recorded it is named after the text."""
    source = flag.source
    recorded = (
        meeting_ref(source.body, source.meeting_number, source.meeting_date, lang)
        if source is not None and not source.written_procedure
        else None
    )
    since_meeting = recorded is not None and source is not None and source.meeting_date == flag.day
    since = recorded if since_meeting else (format_date(flag.day, lang) if flag.day else "")
    days = label("day" if flag.days == 1 else "day_plural", lang)
    text = label(
        "flag_pending_decision",
        lang,
        body=flag.who,
        n=flag.days,
        days=days,
        since=since,
        text=flag.text,
    )
    if recorded is not None and not since_meeting:
        text += label("flag_pending_recorded", lang, meeting=recorded)
    if flag.on_agenda:
        text += label("flag_pending_on_agenda", lang, number=", ".join(flag.on_agenda))
    return text


def _flag_text(flag: Flag, lang: Language) -> str:
    if flag.kind == FlagKind.OVERDUE_FOLLOW_UP:
        when = format_date(flag.day, lang) if flag.day else label("no_due", lang)
        return label(
            "flag_overdue_follow_up",
            lang,
            text=flag.text,
            who=flag.who or label("no_owner", lang),
            date=when,
        )
    if flag.kind == FlagKind.INPUT_NOT_ON_AGENDA:
        who = in_sentence(flag.who or "")
        return label("flag_input_not_on_agenda", lang, who=who, text=flag.text)
    if flag.kind == FlagKind.PENDING_DECISION:
        return _pending_flag_text(flag, lang)
    if flag.kind == FlagKind.ITEMS_WITHHELD:
        audience = label(f"audience_{flag.who}", lang)
        edition = label(f"audience_{flag.edition}", lang)
        return label(
            "flag_items_withheld", lang, numbers=flag.text, audience=audience, edition=edition
        )
    if flag.kind == FlagKind.RULES_NOT_ADOPTED:
        if flag.text:
            return label("flag_rules_not_adopted", lang, who=flag.who, version=flag.text)
        return label("no_rules_at_all", lang, who=flag.who)
    reason = label(f"unreadable_{flag.problem.value}", lang) if flag.problem else ""
    return label("flag_attachment_unreadable", lang, number=flag.text, reason=reason)


def flags_section(report: BriefReport) -> list[ast.Block]:
    lang = report.lang
    blocks = [ast.header(2, ast.text(label("flags", lang)), "flags")]
    if not report.flags:
        return [*blocks, ast.para(ast.text(label("flags_none", lang)))]
    return [
        *blocks,
        ast.bullet_list([ast.plain(ast.text(_flag_text(f, lang)))] for f in report.flags),
    ]


def _set_apart(blocks: list[ast.Block], css_class: str) -> list[ast.Block]:
    """Blocks in a shaded box in PDF, a classed box in HTML, as they are in Word."""
    return [
        ast.raw_block(
            "typst",
            '#block(width: 100%, inset: 8pt, fill: rgb("#eef2f8"), '
            'stroke: (left: 2pt + rgb("#1f3864")))[',
        ),
        ast.div(blocks, classes=[css_class]),
        ast.raw_block("typst", "]"),
    ]


def _decision_field(lang: Language) -> list[ast.Block]:
    """The empty "Beslutning:" field the chair writes in."""
    return [
        ast.div(
            [
                ast.para([ast.strong(ast.text(label("decision_field", lang)))]),
                ast.raw_block(
                    "typst", '#block(width: 100%, height: 6em, stroke: 0.5pt + rgb("#b4bccb"))'
                ),
                ast.raw_block("openxml", "<w:p /><w:p /><w:p /><w:p />"),
            ],
            classes=["decision-field"],
        )
    ]


def _with_source(text: str, source: Source | None, lang: Language) -> list[ast.Block]:
    blocks = freetext.blocks(text)
    return [*blocks, source_note(source, lang)] if source is not None else blocks


def paper_blocks(paper: ItemPaper, lang: Language, body: str) -> list[ast.Block]:
    """One agenda item as a board paper, starting on a new page."""
    item = paper.item
    blocks = [*ast.page_break(), ast.header(1, ast.text(item_heading(item, lang)), paper.anchor)]
    if item.kind is not None:
        legend = f"({KIND_MARK[lang][item.kind]}) {label(f'kind_{item.kind.value}', lang)}"
        blocks.append(ast.para([ast.emph(ast.text(legend))]))
    recorded = False
    case = freetext.blocks(item.background)
    if case:
        recorded = True
        blocks += [sub_header(2, label("case", lang)), *case]
    for key, value in (
        ("proposed_solution", item.proposed_solution),
        ("next_steps", item.next_steps),
    ):
        body_blocks = freetext.blocks(value)
        if body_blocks:
            recorded = True
            blocks += [sub_header(3, label(key, lang)), *body_blocks]
    recommendation = freetext.blocks(item.recommendation)
    missing_recommendation = not recommendation and item.kind == ItemKind.DECISION
    notice_at = len(blocks)
    if recommendation:
        recorded = True
        blocks += _set_apart(
            [sub_header(2, label("decision_requested", lang)), *recommendation],
            "decision-requested",
        )
    sections: list[tuple[str, list[list[ast.Block]]]] = [
        (
            label("forwarded_input", lang),
            [_with_source(f.text, f.source, lang) for f in paper.inputs],
        ),
        (
            f"{label('item_pending', lang)} {body}",
            [_with_source(p.text, p.source, lang) for p in paper.pending],
        ),
        (
            label("item_topics", lang),
            [_with_source(t.text, t.source, lang) for t in paper.topics],
        ),
        (
            label("item_milestones", lang),
            [_milestone_entry(m, lang) for m in paper.milestones],
        ),
        (
            label("earlier_decisions", lang),
            [
                _with_source(f"{sentence_case(OUTCOME[lang][d.outcome])}: {d.text}", d.source, lang)
                for d in paper.earlier
            ],
        ),
        (
            label("item_follow_ups", lang),
            [
                [*freetext.blocks(f.text), ast.para([ast.emph(ast.text(_follow_up_note(f, lang)))])]
                for f in paper.follow_ups
            ],
        ),
    ]
    for title, entries in sections:
        if entries:
            recorded = True
            blocks += [sub_header(2, title), ast.bullet_list(entries)]
    if paper.attachments:
        recorded = True
        blocks += [
            sub_header(2, label("attachments", lang)),
            ast.bullet_list([ast.plain(attachment_entry(a, lang))] for a in paper.attachments),
        ]
    # One notice at most: a decision item without a recommendation says so where the
    # recommendation would stand, and then also that nothing else is recorded, if so.
    if missing_recommendation:
        key = "no_recommendation" if recorded else "no_recommendation_nor_anything"
        notice = _set_apart([ast.para(ast.text(label(key, lang)))], "decision-requested")
        blocks[notice_at:notice_at] = notice
    elif not recorded:
        blocks.append(ast.para([ast.emph(ast.text(label("nothing_recorded", lang)))]))
    if item.kind == ItemKind.DECISION:
        blocks += _decision_field(lang)
    return blocks


def _milestone_entry(line: MilestoneLine, lang: Language) -> list[ast.Block]:
    """ "Godkendelse af årshjul og budget 2025", the note, and "7. maj 2025 · <body>"."""
    when = milestone_when(line, lang)
    facts = join_phrases((when, line.body), " · ")
    return [
        *freetext.blocks(line.title),
        *freetext.blocks(line.note),
        ast.para([ast.emph(ast.text(sentence_case(facts)))]),
    ]


def _follow_up_note(line: FollowUpLine, lang: Language) -> str:
    due = format_date(line.due, lang) if line.due else label("no_due", lang)
    parts = [
        f"{label('owner', lang)}: {line.owner or label('no_owner', lang)}",
        f"{label('due', lang)}: {due}",
    ]
    if line.overdue:
        parts.append(label("overdue", lang))
    if line.source is not None:
        parts.append(f"{label('source', lang)}: {source_text(line.source, lang)}")
    return " · ".join(parts)


def overview(report: BriefReport) -> list[ast.Block]:
    """What happened since the body last met and what is still open, across bodies."""
    lang = report.lang
    if report.since is None:
        period = label("since_start", lang, date=format_date(report.as_of, lang))
    else:
        period = label("since_last", lang, date=format_date(report.since, lang))
    return [
        *ast.page_break(),
        ast.header(1, ast.text(label("overview", lang)), "overview"),
        ast.para(ast.text(period)),
        *forwards(report),
        *decisions(report),
        *pending(report),
        *follow_ups(report),
        *governance(report),
        *milestones(report),
    ]


def colophon(report: BriefReport) -> list[ast.Block]:
    lang, summary = report.lang, report.checks
    counts = label(
        "checks_summary",
        lang,
        errors=summary.errors,
        warnings=summary.warnings,
        infos=summary.infos,
    )
    rows = [
        [cell(label(key, lang)), cell(value)]
        for key, value in (
            ("as_of", format_date(report.as_of, lang)),
            ("audience", label(f"audience_{report.audience}", lang)),
            ("checks", counts),
            ("commit", commit_text(report.provenance, lang)),
            ("content_hash", report.provenance.content_hash),
        )
    ]
    return [
        *ast.page_break(),
        ast.header(1, ast.text(label("colophon", lang)), "colophon"),
        ast.para(ast.text(label("colophon_made", lang, date=format_date(report.as_of, lang)))),
        ast.table(None, rows, widths=[0.3, 0.7], classes=["colophon"]),
    ]


def brief_document(report: BriefReport) -> ast.Document:
    lang, meeting = report.lang, report.meeting
    body = meeting.body
    marks = pack_marks(report)
    blocks = [banner(marks), *cover_page(report)]
    blocks += agenda_page(report)
    blocks += flags_section(report)
    for paper in report.papers:
        blocks += paper_blocks(paper, lang, body)
    blocks += overview(report)
    attachments = [a for paper in report.papers for a in paper.attachments]
    for attachment in attachments:
        blocks += attachment_blocks(attachment, lang)
    blocks += colophon(report)
    if report.appendix:
        blocks += [
            *ast.page_break(),
            ast.header(1, ast.text(label("appendix", lang)), "appendix"),
            *checks(report.checks, lang),
        ]
    return ast.Document(
        title=title_of(report),
        subtitle=subtitle_of(report),
        lang=lang.value,
        region=REGION[lang],
        marks=marks,
        cover=True,
        inserts=pdf_inserts(attachments),
        blocks=blocks,
    )
