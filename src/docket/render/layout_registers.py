"""The registers -> a pandoc document (a table) or CSV rows."""

from __future__ import annotations

from docket.render import freetext
from docket.render import pandoc_ast as ast
from docket.render.layout_brief import (
    FOLLOW_UP_HEAD,
    FOLLOW_UP_WIDTHS,
    follow_up_rows,
    source_text,
)
from docket.render.report import Register, RegisterKind
from docket.words import OUTCOME, format_date, label


def _cell(text: str) -> list[ast.Block]:
    return [ast.plain(ast.text(text))] if text else []


def register_document(register: Register) -> ast.Document:
    lang = register.lang
    if register.kind == RegisterKind.DECISIONS:
        title = label("decision_register", lang)
        head = [_cell(label(key, lang)) for key in ("source", "outcome", "decision")]
        rows = [
            [
                _cell(source_text(d.source, lang)),
                _cell(OUTCOME[lang][d.outcome]),
                freetext.blocks(d.text),
            ]
            for d in register.decisions
        ]
        widths = [0.38, 0.17, 0.45]
        count = len(register.decisions)
    else:
        title = label("follow_up_register", lang)
        head = [_cell(label(key, lang)) for key in FOLLOW_UP_HEAD]
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
