"""The registers -> a pandoc document (a table) or CSV rows."""

from __future__ import annotations

from docket.render import pandoc_ast as ast
from docket.render.blocks import (
    DECISION_HEAD,
    DECISION_WIDTHS,
    FOLLOW_UP_HEAD,
    FOLLOW_UP_WIDTHS,
    cell,
    decision_rows,
    follow_up_rows,
)
from docket.render.report import Register, RegisterKind
from docket.words import format_date, label


def register_document(register: Register) -> ast.Document:
    lang = register.lang
    if register.kind == RegisterKind.DECISIONS:
        title = label("decision_register", lang)
        head = [cell(label(key, lang)) for key in DECISION_HEAD]
        rows = decision_rows(register.decisions, lang)
        widths = list(DECISION_WIDTHS)
        count = len(register.decisions)
    else:
        title = label("follow_up_register", lang)
        head = [cell(label(key, lang)) for key in FOLLOW_UP_HEAD]
        rows = follow_up_rows(register.follow_ups, lang)
        widths = list(FOLLOW_UP_WIDTHS)
        count = len(register.follow_ups)
    selection = ", ".join(register.filters) or label("register_all", lang)
    blocks = [
        ast.para(ast.text(label("register_filters", lang, filters=selection))),
        ast.para(
            ast.text(label("register_count", lang, n=count, date=format_date(register.as_of, lang)))
        ),
    ]
    blocks.append(
        ast.table(head, rows, widths=widths)
        if rows
        else ast.para(ast.text(label("register_empty", lang)))
    )
    return ast.Document(
        title=title, lang=lang.value, date=format_date(register.as_of, lang), blocks=blocks
    )
