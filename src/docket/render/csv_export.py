"""The registers as CSV for spreadsheets.

UTF-8 with a byte-order mark, so that Excel shows æ, ø and å; separated by ';' in Danish
(Danish Excel reads ',' as the decimal comma) and ',' in English. Dates are ISO (YYYY-MM-DD),
which every spreadsheet sorts. A decision's vote is three counts (for, against, abstaining),
empty when no vote was recorded. A cell that starts with '=', '+', '-', '@' or a control
character, or with blanks or controls before one of those four (spreadsheets skip a leading
space or line break and still read ' =1+1' as a formula), gets a leading apostrophe: text from
the data must never become a formula (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
import re

from docket.model.common import Language
from docket.render.report import Register, RegisterKind, Source
from docket.words import FOLLOW_UP_STATUS, OUTCOME, label

_FORMULA_START = re.compile(r"[\s\x00-\x1f\x7f-\x9f]*[=+\-@]|[\x00-\x1f\x7f-\x9f]")


def safe_cell(value: str) -> str:
    return f"'{value}" if _FORMULA_START.match(value) else value


def _source_cells(source: Source | None) -> list[str]:
    if source is None:
        return ["", "", "", "", ""]
    return [
        source.meeting_date.isoformat(),
        source.body,
        source.meeting_id,
        source.item_number,
        source.item_title,
    ]


def register_csv(register: Register) -> bytes:
    lang = register.lang
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == Language.DA else ",", lineterminator="\r\n")
    common = ["id", "date", "body", "meeting_id", "item_heading", "item_title"]
    rows: list[list[str]] = []
    if register.kind == RegisterKind.DECISIONS:
        head = [*common, "outcome", "csv_in_favour", "csv_against", "csv_abstaining", "decision"]
        for d in register.decisions:
            votes = (
                [str(d.votes.in_favour), str(d.votes.against), str(d.votes.abstaining)]
                if d.votes
                else ["", "", ""]
            )
            rows.append([d.id, *_source_cells(d.source), OUTCOME[lang][d.outcome], *votes, d.text])
    else:
        head = [*common, "owner", "due", "status", "overdue_column", "follow_up"]
        for f in register.follow_ups:
            rows.append(
                [
                    f.id,
                    *_source_cells(f.source),
                    f.owner or "",
                    f.due.isoformat() if f.due else "",
                    FOLLOW_UP_STATUS[lang][f.status],
                    label("yes" if f.overdue else "no", lang),
                    f.text,
                ]
            )
    writer.writerow([label(key, lang) for key in head])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")
