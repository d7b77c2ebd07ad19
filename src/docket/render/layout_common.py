"""Layout pieces every document shares: headings kept out of the contents, and the source
line of an outcome ("Kilde: Den tekniske arbejdsgruppe, møde 1, 24. april 2025, pkt. 6: ...")."""

from __future__ import annotations

import html

from docket.model.common import Language
from docket.render import pandoc_ast as ast
from docket.render.report import Source
from docket.words import format_date, label

UNLISTED = ("unlisted",)


def source_text(source: Source | None, lang: Language) -> str:
    """ "Teknisk arbejdsgruppe, møde 1, 24. april 2025, pkt. 6: Kommentering af årshjul"."""
    if source is None:
        return ""
    day = format_date(source.meeting_date, lang)
    if source.meeting_number is None:
        meeting = label("meeting_on", lang, date=day)
    else:
        meeting = f"{label('meeting', lang).lower()} {source.meeting_number}, {day}"
    item = label("item_heading", lang).lower()
    return f"{source.body}, {meeting}, {item} {source.item_number}: {source.item_title}"


def source_note(source: Source | None, lang: Language) -> ast.Block:
    return ast.para(
        [ast.emph([*ast.text(f"{label('source', lang)}: "), *ast.text(source_text(source, lang))])]
    )


def sub_header(level: int, text: str) -> ast.Block:
    """A heading inside an item or section: kept out of the table of contents."""
    return ast.header(level, ast.text(text), classes=UNLISTED)


def banner(marks: dict[str, str]) -> ast.Block:
    """The classification and status at the top of an HTML page (PDF and Word carry them in
    the header of every page). Words from docket.words and dates only, escaped."""
    text = " · ".join(v for v in (marks.get("classification"), marks.get("status")) if v)
    return ast.raw_block("html", f'<p class="classification-banner">{html.escape(text)}</p>')
