"""PDF attachments inside the PDF pack: typst reserves their pages, pikepdf places them.

An attachment that is itself a PDF cannot be typeset, and typst cannot embed a PDF in a PDF/A
file. So the pack's typst markup reserves one page per attachment page (``slot_blocks``): the
page has the pack's header (classification, status and the attachment's own heading, which is
also its outline entry), footer and page number like every other page, and an empty body that
records where it starts. After typst has made the PDF/A file, ``place`` asks typst where each
reserved page ended up and draws the attachment's page into that body with pikepdf (qpdf), as a
form XObject scaled to fit and never enlarged. Page numbers, the agenda's page references and
"Side X af Y" are therefore right without a second layout pass, and the file keeps its PDF/A
metadata. (pypdf did the same in ~2.8 s for a 20-page attachment; pikepdf takes ~0.1 s.)
"""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass

import pikepdf
import typst

from docket.render import pandoc_ast as ast

SLOT_LABEL = "docket-slot"
MARGIN_X_PT = 2.2 / 2.54 * 72
"""The page's side margins; data/docket-template.typ sets the same (2.2 cm)."""
MARGIN_BOTTOM_PT = 2.4 / 2.54 * 72
"""The page's bottom margin (2.4 cm in data/docket-template.typ)."""


class UnreadablePdf(Exception):
    """The file is not a PDF that pypdf can read (damaged, encrypted or empty)."""


def page_count(data: bytes) -> int:
    """The number of pages of a PDF attachment; ``UnreadablePdf`` when it cannot be read."""
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            count = len([page.mediabox for page in pdf.pages])  # every page must parse
    except pikepdf.PasswordError:
        raise UnreadablePdf("encrypted") from None
    except (pikepdf.PdfError, ValueError, KeyError) as error:
        raise UnreadablePdf(str(error) or type(error).__name__) from None
    if count == 0:
        raise UnreadablePdf("no pages")
    return count


def slot_blocks(slot: str, pages: int) -> list[ast.Block]:
    """Typst markup that reserves ``pages`` pages for the PDF ``slot`` (a docket-made name):
    on each, where its free body starts, then an empty block that fills the rest of it."""
    blocks = []
    for index in range(pages):
        if index:
            blocks.append(ast.raw_block("typst", "#pagebreak()"))
        blocks.append(
            ast.raw_block(
                "typst",
                f'#context [#metadata((slot: "{slot}", index: {index}, page: here().page(), '
                f"top: here().position().y.pt())) <{SLOT_LABEL}>]\n"
                "#block(width: 100%, height: 1fr)",
            )
        )
    return blocks


@dataclass(frozen=True)
class Slot:
    slot: str
    index: int
    page: int
    top: float


def _slots(markup: bytes) -> list[Slot]:
    compiler = typst.Compiler(input=markup, ignore_system_fonts=True)
    found = json.loads(compiler.query(f"<{SLOT_LABEL}>", field="value"))
    return [Slot(f["slot"], int(f["index"]), int(f["page"]), float(f["top"])) for f in found]


def _fit(source: pikepdf.Page, target: pikepdf.Page, top: float) -> pikepdf.Rectangle:
    """The rectangle the attachment page fills: the body below ``top``, as wide as the text,
    at the page's own proportions (turned pages too), never enlarged, centred, at the top."""
    box = source.trimbox
    width, height = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
    if int(source.obj.get("/Rotate", 0)) % 180:
        width, height = height, width
    page = target.mediabox
    left, bottom, right, upper = (float(value) for value in page)
    room_width = right - left - 2 * MARGIN_X_PT
    room_top = upper - top
    room_height = room_top - bottom - MARGIN_BOTTOM_PT
    scale = min(room_width / width, room_height / height, 1.0)
    x = left + MARGIN_X_PT + (room_width - width * scale) / 2
    return pikepdf.Rectangle(x, room_top - height * scale, x + width * scale, room_top)


def _frame(rect: pikepdf.Rectangle) -> bytes:
    """A thin rule around the placed page, so the reader sees where the attachment's page ends
    (the pack's rule colour, #b4bccb)."""
    return (
        f"q 0.706 0.737 0.796 RG 0.5 w {rect.llx:.2f} {rect.lly:.2f} "
        f"{rect.width:.2f} {rect.height:.2f} re S Q"
    ).encode("ascii")


def place(pdf: bytes, markup: bytes, inserts: dict[str, bytes]) -> bytes:
    """``pdf`` (made from ``markup``) with each attachment page drawn on its reserved page."""
    slots = _slots(markup)
    if not slots:
        return pdf
    with contextlib.ExitStack() as stack:
        pack = stack.enter_context(pikepdf.open(io.BytesIO(pdf)))
        sources = {
            name: stack.enter_context(pikepdf.open(io.BytesIO(data)))
            for name, data in inserts.items()
        }
        for slot in slots:
            source = sources[slot.slot].pages[slot.index]
            target = pack.pages[slot.page - 1]
            rect = _fit(source, target, slot.top)
            target.add_overlay(source, rect)
            target.contents_add(pikepdf.Stream(pack, _frame(rect)), prepend=False)
        out = io.BytesIO()
        pack.save(out, deterministic_id=True)
        return out.getvalue()
