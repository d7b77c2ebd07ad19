"""Attachments of agenda items -> what a pack or minutes carry for each (report model).

A governing document of the record (``document:`` and ``version:``) is rendered from the record
at that version, so the board reads the text it is asked to adopt even when no file exists. A
PDF file is placed page by page (see ``pdf_inserts``); a Word, OpenDocument or Markdown file is
converted by pandoc into the pack's own text. A file must lie inside the repository. Anything
that cannot be read is kept, with the reason, so the pack names it instead of dropping it.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypandoc

from docket.corpus import Corpus
from docket.model.annual_plan import AnnualPlan
from docket.model.common import Language
from docket.model.governing_document import DocumentVersion, RulesVersion
from docket.model.meeting import AgendaItem, Amendment, Attachment, Meeting
from docket.render.audience import Audience, attachment_level, located_level, may_see
from docket.render.names import body_name, party_name, source_of
from docket.render.pdf_inserts import UnreadablePdf, page_count
from docket.render.report import (
    AmendmentLine,
    AttachmentKind,
    DocumentView,
    MilestoneLine,
    PackAttachment,
    Unreadable,
)

CONVERTIBLE = {".docx": "docx", ".odt": "odt", ".md": "markdown-raw_html-raw_tex-raw_attribute"}
"""File types pandoc converts into the pack, with the reader pandoc uses (no raw markup)."""
PDF_SUFFIX = ".pdf"
CONVERT_SECONDS = 60


def amendment_lines(
    corpus: Corpus, version: DocumentVersion, title: str, lang: Language, audience: Audience
) -> tuple[AmendmentLine, ...]:
    lines = []
    for amendment_id in version.amendments:
        located = corpus.objects.get(amendment_id)
        if located is None or not isinstance(located.obj, Amendment):
            continue
        if may_see(audience, located_level(located)):
            lines.append(AmendmentLine(located.obj.text, title, source_of(corpus, located, lang)))
    return tuple(lines)


def _version_view(
    corpus: Corpus,
    title: str,
    body: str,
    version: DocumentVersion,
    lang: Language,
    audience: Audience,
) -> DocumentView:
    adopted = version.adopted
    return DocumentView(
        title=title,
        body=body_name(corpus, body, lang),
        version=version.version,
        status=version.status,
        adopted_on=adopted.date if adopted else None,
        adopted_by=body_name(corpus, adopted.body, lang) if adopted else None,
        drafted_on=version.drafted,
        drafted_by=party_name(corpus, version.drafted_by, lang),
        based_on=version.based_on,
        summary=version.summary,
        text=version.text,
        remarks=version.remarks,
        amendments=amendment_lines(corpus, version, title, lang, audience),
        parameters=version.parameters if isinstance(version, RulesVersion) else None,
    )


def _plan_view(corpus: Corpus, plan: AnnualPlan, lang: Language) -> DocumentView:
    meetings = tuple(
        MilestoneLine(
            title=body_name(corpus, m.body, lang),
            body=body_name(corpus, m.body, lang),
            date=m.date,
            meeting_date=None,
            note=m.note,
        )
        for m in plan.meetings
    )
    milestones = []
    for milestone in plan.milestones:
        meeting = corpus.meetings.get(milestone.meeting or "")
        milestones.append(
            MilestoneLine(
                title=milestone.title.get(lang),
                body=body_name(corpus, milestone.body, lang),
                date=milestone.date,
                meeting_date=meeting.obj.date if meeting else None,
                note=milestone.note,
            )
        )
    adopted = corpus.meetings.get(plan.adopted_at or "")
    return DocumentView(
        title=plan.title.get(lang),
        body="",
        version=None,
        status=plan.status,
        adopted_on=adopted.obj.date if adopted else None,
        adopted_by=body_name(corpus, adopted.obj.body, lang) if adopted else None,
        meetings=meetings,
        milestones=tuple(milestones),
    )


def document_view(
    corpus: Corpus, document_id: str, version: str | None, lang: Language, audience: Audience
) -> DocumentView | Unreadable:
    """The governing document ``document_id`` at ``version`` (default: its latest version)."""
    for plan in corpus.annual_plans:
        if plan.obj.id == document_id:
            return _plan_view(corpus, plan.obj, lang)
    versioned = [
        (c.obj.id, c.obj.title, c.obj.body, list(c.obj.versions)) for c in corpus.commissions
    ]
    versioned += [(r.obj.id, r.obj.title, r.obj.body, list(r.obj.versions)) for r in corpus.rules]
    for found_id, title, body, versions in versioned:
        if found_id != document_id:
            continue
        chosen = [v for v in versions if v.version == version] if version else versions[-1:]
        if not chosen:
            return Unreadable.UNKNOWN_VERSION
        return _version_view(corpus, title.get(lang), body, chosen[0], lang, audience)
    return Unreadable.UNKNOWN_DOCUMENT


def _clean(node: Any, shift: int) -> Any:
    """Pandoc blocks of a converted file made safe to put in a pack: no raw markup, images as
    their description, headings below the attachment's own heading and without identifiers."""
    if isinstance(node, list):
        cleaned = []
        for child in node:
            if isinstance(child, dict) and child.get("t") in ("RawBlock", "RawInline"):
                continue
            if isinstance(child, dict) and child.get("t") == "Image":
                cleaned.extend(_clean(child["c"][1], shift))
                continue
            cleaned.append(_clean(child, shift))
        return cleaned
    if isinstance(node, dict):
        if node.get("t") == "Header":
            level, (_, classes, _), inlines = node["c"]
            return {
                "t": "Header",
                "c": [
                    min(level + shift, 6),
                    ["", [*classes, "unlisted"], []],
                    _clean(inlines, shift),
                ],
            }
        return {key: _clean(value, shift) for key, value in node.items()}
    return node


def convert_file(path: Path, reader: str) -> tuple[dict[str, Any], ...]:
    """A Word, OpenDocument or Markdown file as pandoc blocks; ``ValueError`` if pandoc fails."""

    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", reader, "-t", "json", str(path)],
        capture_output=True,
        check=False,
        timeout=CONVERT_SECONDS,
    )
    if result.returncode != 0:
        raise ValueError(result.stderr.decode("utf-8", "replace").strip())
    return tuple(_clean(json.loads(result.stdout)["blocks"], 1))


def _inside(root: Path, recorded: str) -> Path | None:
    """The file ``recorded`` names, if it lies inside ``root`` (links resolved)."""
    resolved_root = root.resolve()
    target = (resolved_root / recorded).resolve()
    return target if target.is_relative_to(resolved_root) else None


def _file_attachment(corpus: Corpus, base: PackAttachment, recorded: str) -> PackAttachment:
    def unreadable(reason: Unreadable) -> PackAttachment:
        return replace(base, kind=AttachmentKind.UNREADABLE, problem=reason, recorded=recorded)

    path = _inside(corpus.root, recorded)
    if path is None:
        return unreadable(Unreadable.OUTSIDE)
    if not path.is_file():
        return unreadable(Unreadable.MISSING)
    suffix = path.suffix.lower()
    file_name = f"bilag-{base.number}{suffix}"
    if suffix == PDF_SUFFIX:
        data = path.read_bytes()
        try:
            pages = page_count(data)
        except UnreadablePdf:
            return unreadable(Unreadable.DAMAGED)
        return replace(
            base,
            kind=AttachmentKind.PDF,
            url=None,
            data=data,
            pages=pages,
            file_name=file_name,
            recorded=recorded,
        )
    reader = CONVERTIBLE.get(suffix)
    if reader is None:
        return unreadable(Unreadable.FORMAT)
    try:
        blocks = convert_file(path, reader)
        data = path.read_bytes()
    except (ValueError, subprocess.TimeoutExpired):
        return unreadable(Unreadable.DAMAGED)
    return replace(
        base,
        kind=AttachmentKind.CONVERTED,
        url=None,
        converted=blocks,
        data=data,
        file_name=file_name,
        recorded=recorded,
    )


def pack_attachment(
    corpus: Corpus, item: AgendaItem, attachment: Attachment, lang: Language, audience: Audience
) -> PackAttachment:
    base = PackAttachment(
        item.number, attachment.number, attachment.title, AttachmentKind.LINK, url=attachment.url
    )
    if attachment.document:
        view = document_view(corpus, attachment.document, attachment.version, lang, audience)
        if isinstance(view, Unreadable):
            return replace(
                base,
                kind=AttachmentKind.UNREADABLE,
                url=None,
                problem=view,
                recorded=attachment.document,
            )
        return replace(
            base,
            kind=AttachmentKind.DOCUMENT,
            url=None,
            document=view,
            recorded=attachment.document,
        )
    if attachment.path:
        return _file_attachment(corpus, base, attachment.path)
    if attachment.url:
        return base
    return PackAttachment(
        item.number,
        attachment.number,
        attachment.title,
        AttachmentKind.UNREADABLE,
        problem=Unreadable.NO_SOURCE,
    )


def meeting_attachments(
    corpus: Corpus, meeting: Meeting, items: list[AgendaItem], lang: Language, audience: Audience
) -> tuple[PackAttachment, ...]:
    """Every attachment the audience may see, in agenda order, each with its position and a
    copy name of its own (a repeated number must not overwrite another file)."""
    found = [
        replace(pack_attachment(corpus, item, attachment, lang, audience), item_position=place)
        for place, item in enumerate(items, start=1)
        for attachment in item.attachments
        if may_see(audience, attachment_level(meeting, item, attachment))
    ]
    numbered: list[PackAttachment] = []
    names: set[str] = set()
    for position, attachment in enumerate(found, start=1):
        name = attachment.file_name
        if name is not None and name in names:
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}-{position}{dot}{suffix}"
        if name is not None:
            names.add(name)
        numbered.append(replace(attachment, position=position, file_name=name))
    return tuple(numbered)
