"""PDF attachments inside the PDF pack: typst reserves their pages, pypdf places them.

An attachment that is itself a PDF cannot be typeset, and typst cannot embed a PDF in a PDF/A
file. So the pack's typst markup reserves one page per attachment page (``slot_blocks``): the
page has the pack's header (classification, status and the attachment's own heading, which is
also its outline entry), footer and page number like every other page, and an empty body that
records where it starts. After typst has made the PDF/A file, ``place`` asks typst where each
reserved page ended up and draws the attachment's page into that body with pypdf, scaled to fit
and never enlarged. Page numbers, the agenda's page references and "Side X af Y" are therefore
right without a second layout pass.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

import pypdf
import typst
from pypdf.generic import RectangleObject

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
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadablePdf("encrypted")
        count = len([page.mediabox for page in reader.pages])  # every page must parse
    except UnreadablePdf:
        raise
    except Exception as error:  # pypdf raises many types for a damaged file
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


def _fit(box: RectangleObject, page: RectangleObject, top: float) -> pypdf.Transformation:
    width, height = float(box.width), float(box.height)
    room_width = float(page.width) - 2 * MARGIN_X_PT
    room_top = float(page.top) - top
    room_height = room_top - float(page.bottom) - MARGIN_BOTTOM_PT
    scale = min(room_width / width, room_height / height, 1.0)
    left = float(page.left) + MARGIN_X_PT + (room_width - width * scale) / 2
    bottom = room_top - height * scale
    return (
        pypdf.Transformation()
        .translate(-float(box.left), -float(box.bottom))
        .scale(scale)
        .translate(left, bottom)
    )


def place(pdf: bytes, markup: bytes, inserts: dict[str, bytes]) -> bytes:
    """``pdf`` (made from ``markup``) with each attachment page drawn on its reserved page."""
    slots = _slots(markup)
    if not slots:
        return pdf
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    # Writers, not readers: a page whose /Rotate is turned into its content must belong to one.
    sources = {
        name: pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
        for name, data in inserts.items()
    }
    for slot in slots:
        source = sources[slot.slot].pages[slot.index]
        source.transfer_rotation_to_content()
        target = writer.pages[slot.page - 1]
        transformation = _fit(source.mediabox, target.mediabox, slot.top)
        target.merge_transformed_page(source, transformation)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
