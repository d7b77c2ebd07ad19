"""Attachments -> pandoc blocks, for the briefing pack and for minutes with attachments.

Each attachment starts on a new page under its own heading ("Bilag 3.1 <title>"), which is its
outline entry in PDF and the running header of its pages. A governing document is laid out from
the record; a converted file brings its own blocks; a PDF gets reserved pages in the PDF and,
in the other formats, a line that points to the copy written beside the document.
"""

from __future__ import annotations

from docket.model.common import Language
from docket.render import freetext
from docket.render import pandoc_ast as ast
from docket.render.blocks import attachment_title, milestone_when, source_note, sub_header
from docket.render.pdf_inserts import slot_blocks
from docket.render.report import AttachmentKind, DocumentView, MilestoneLine, PackAttachment
from docket.words import format_date, join_phrases, label, sentence_case

NOT_PDF = "not-pdf"
"""A Div with this class is left out of the PDF (see convert)."""


def _facts(view: DocumentView, lang: Language) -> str:
    """ "Version 1.1 · udkast af 24. april 2025": the status word once, not again beside the
    phrase that already says it ("vedtaget 18. december 2024 af ...")."""
    facts = []
    if view.version:
        facts.append(label("document_version", lang, version=view.version))
    status = view.status.value
    adopted = view.adopted_on is not None and view.adopted_by is not None
    if not (status == "adopted" and adopted) and not (status == "draft" and view.drafted_on):
        facts.append(label(f"document_status_{status}", lang))
    if view.adopted_on and view.adopted_by:
        facts.append(
            label("adopted_by", lang, date=format_date(view.adopted_on, lang), body=view.adopted_by)
        )
    elif view.drafted_on:
        facts.append(label("drafted_on", lang, date=format_date(view.drafted_on, lang)))
    if view.drafted_by:
        facts.append(label("drafted_by", lang, who=view.drafted_by))
    if view.based_on:
        facts.append(label("based_on", lang, version=view.based_on))
    return sentence_case(join_phrases(facts, " · "))


def _procedure(view: DocumentView, lang: Language) -> list[ast.Block]:
    parameters = view.parameters
    if parameters is None:
        return []
    unit = label(
        "working_days" if parameters.day_count.value == "working" else "calendar_days", lang
    )
    lines = []
    for key, value in (
        ("rule_agenda_notice", parameters.agenda_notice_days),
        ("rule_draft_minutes", parameters.draft_minutes_days),
        ("rule_comment_days", parameters.minutes_comment_days),
    ):
        if value is not None:
            lines.append(label(key, lang, n=value, unit=unit))
    if parameters.physical_meetings_per_year is not None:
        lines.append(label("rule_physical", lang, n=parameters.physical_meetings_per_year))
    if parameters.physical_rotation.value == "regions":
        lines.append(label("rule_rotation", lang))
    if parameters.quorum is not None:
        lines.append(label("rule_quorum", lang, n=parameters.quorum))
    if parameters.meetings_per_year is not None:
        lines.append(label("rule_meetings", lang, n=parameters.meetings_per_year))
    if parameters.chairs is not None:
        lines.append(label("rule_chairs", lang, n=parameters.chairs))
    if parameters.vice_chairs is not None:
        lines.append(label("rule_vice_chairs", lang, n=parameters.vice_chairs))
    if not lines:
        return []
    return [
        sub_header(2, label("procedure", lang)),
        ast.bullet_list([ast.plain(ast.text(line))] for line in lines),
    ]


def _plan_table(
    lines: tuple[MilestoneLine, ...], lang: Language, title_key: str
) -> list[ast.Block]:
    if not lines:
        return []
    head = [[ast.plain(ast.text(label(key, lang)))] for key in ("date", "body", "activity")]
    rows = []
    for line in lines:
        when = milestone_when(line, lang)
        text = [] if line.title == line.body else freetext.blocks(line.title)
        rows.append(
            [
                [ast.plain(ast.text(when))] if when else [],
                [ast.plain(ast.text(line.body))],
                [*text, *freetext.blocks(line.note)],
            ]
        )
    return [
        sub_header(2, label(title_key, lang)),
        ast.table(head, rows, widths=[0.22, 0.28, 0.5], classes=["plan"]),
    ]


def document_blocks(view: DocumentView, lang: Language) -> list[ast.Block]:
    """A governing document as the record holds it at one version."""
    blocks = [
        ast.para([ast.strong(ast.text(view.title))]),
        ast.para(ast.text(_facts(view, lang))),
        ast.para([ast.emph(ast.text(label("from_record", lang)))]),
    ]
    for key, text in (("summary", view.summary), ("document_text", view.text)):
        body = freetext.blocks(text)
        if body:
            blocks += [sub_header(2, label(key, lang)), *body]
    if not view.text and (view.version is not None or not (view.meetings or view.milestones)):
        blocks.append(ast.para([ast.emph(ast.text(label("no_document_text", lang)))]))
    blocks += _procedure(view, lang)
    if view.amendments:
        entries = []
        for amendment in view.amendments:
            entry = freetext.blocks(amendment.text)
            if amendment.source is not None:
                entry.append(source_note(amendment.source, lang))
            entries.append(entry)
        blocks += [sub_header(2, label("amendments", lang)), ast.bullet_list(entries)]
    blocks += _plan_table(view.meetings, lang, "plan_meetings")
    blocks += _plan_table(view.milestones, lang, "plan_milestones")
    remarks = freetext.blocks(view.remarks)
    if remarks:
        blocks += [sub_header(2, label("remarks", lang)), *remarks]
    return blocks


def _content(attachment: PackAttachment, lang: Language) -> list[ast.Block]:
    if attachment.kind == AttachmentKind.DOCUMENT and attachment.document is not None:
        return document_blocks(attachment.document, lang)
    if attachment.kind == AttachmentKind.CONVERTED:
        return list(attachment.converted)
    if attachment.kind == AttachmentKind.PDF and attachment.file_name:
        name = attachment.file_name
        elsewhere = ast.div(
            [
                ast.para(
                    [
                        *ast.text(label("attachment_file", lang, name="")),
                        ast.link(ast.text(name), name),
                    ]
                ),
                ast.para([ast.emph(ast.text(label("attachment_in_pdf", lang)))]),
            ],
            classes=[NOT_PDF],
        )
        return [elsewhere, *slot_blocks(attachment.anchor, attachment.pages)]
    if attachment.kind == AttachmentKind.LINK and attachment.url:
        url = attachment.url
        return [
            ast.para(
                [*ast.text(label("attachment_link", lang, url="")), ast.link(ast.text(url), url)]
            )
        ]
    reason = label(f"unreadable_{attachment.problem.value}", lang) if attachment.problem else ""
    return [ast.para([ast.strong(ast.text(label("attachment_unreadable", lang, reason=reason)))])]


def attachment_blocks(attachment: PackAttachment, lang: Language) -> list[ast.Block]:
    """One attachment on its own pages."""
    return [
        *ast.page_break(),
        ast.header(1, ast.text(attachment_title(attachment, lang)), attachment.anchor),
        ast.para(
            [ast.emph(ast.text(label("attachment_for_item", lang, item=attachment.item_number)))]
        ),
        *_content(attachment, lang),
    ]


def pdf_inserts(attachments: list[PackAttachment]) -> dict[str, bytes]:
    """The PDF attachments by the slot name their reserved pages carry."""
    return {
        a.anchor: a.data for a in attachments if a.kind == AttachmentKind.PDF and a.data is not None
    }
