"""How documents name where an outcome was recorded: a meeting's item or a written procedure."""

from __future__ import annotations

from docket.model.common import Language
from docket.render.report import Source
from docket.words import format_date, label


def source_text(source: Source | None, lang: Language) -> str:
    """ "Teknisk arbejdsgruppe, møde 1, 24. april 2025, pkt. 6: Kommentering af årshjul"."""
    if source is None:
        return ""
    day = format_date(source.meeting_date, lang)
    if source.written_procedure:
        procedure = label("written_procedure_source", lang, date=day)
        return f"{source.body}, {procedure}: {source.item_title}"
    if source.meeting_number is None:
        meeting = label("meeting_on", lang, date=day)
    else:
        meeting = f"{label('meeting', lang).lower()} {source.meeting_number}, {day}"
    item = label("item_heading", lang).lower()
    return f"{source.body}, {meeting}, {item} {source.item_number}: {source.item_title}"
