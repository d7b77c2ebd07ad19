"""Make the Word reference document (data/reference.docx) that gives every DOCX its look.

Run ``python -m docket.render.reference_docx`` after upgrading pandoc; the result is committed
and a test checks that this script still makes exactly it. It starts from pandoc's own reference
document and restyles it with python-docx the way a Danish public-sector document looks: Arial
throughout (Word falls back to a metric twin where it is missing), dark blue left-aligned
headings, ruled tables with a shaded header row, A4 with 2.5 cm margins and Danish as the
proofing language. Header and footer (classification, status, "Side X af Y") differ per document
and are added to each one by ``word_pages``. The zip is written with fixed timestamps, so the
same pandoc gives the same bytes.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import pypandoc
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle
from lxml import etree

from docket.render.word_pages import rezip

TARGET = Path(__file__).parent / "data" / "reference.docx"
FONT = "Arial"
BLUE = RGBColor(0x1F, 0x38, 0x64)
RULE = "B4BCCB"
HEAD_FILL = "E8EDF5"
LANGUAGE = "da-DK"
BODY_SIZE = Pt(10.5)
HEADING_SIZES = {
    "Title": Pt(20),
    "Subtitle": Pt(14),
    "Heading 1": Pt(16),
    "Heading 2": Pt(13),
    "Heading 3": Pt(11),
}
THEME = "/word/theme/theme1.xml"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _fonts(style: BaseStyle) -> None:
    """Arial for every script, replacing the theme fonts pandoc's styles point to."""
    properties = style.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def _defaults(document: docx.document.Document) -> None:
    """Document defaults: Arial 10.5 pt, Danish proofing."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for tag in ("w:rFonts", "w:sz", "w:szCs", "w:lang"):
        old = properties.find(qn(tag))
        if old is not None:
            properties.remove(old)
    half_points = str(int(BODY_SIZE.pt * 2))
    properties.append(
        parse_xml(
            f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" '
            f'w:cs="{FONT}"/>'
        )
    )
    properties.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{half_points}"/>'))
    properties.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="{half_points}"/>'))
    properties.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}"/>'))


def _headings(document: docx.document.Document) -> None:
    for style in document.styles:
        name = style.name or ""
        if not (name in HEADING_SIZES or name.startswith("Heading")):
            continue
        _fonts(style)
        font = style.font
        font.color.rgb = BLUE
        font.bold = True
        size = HEADING_SIZES.get(name)
        if size is not None:
            font.size = size
        paragraph = getattr(style, "paragraph_format", None)
        if paragraph is not None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _table(document: docx.document.Document) -> None:
    """Pandoc's "Table" style: thin rules on every side, a shaded, bold header row."""
    style = document.styles["Table"].element
    for old in style.findall(qn("w:tblPr")) + style.findall(qn("w:tblStylePr")):
        style.remove(old)
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    style.append(
        parse_xml(
            f'<w:tblPr {nsdecls("w")}><w:tblInd w:w="0" w:type="dxa"/>'
            f"<w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
            '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
            "</w:tblPr>"
        )
    )
    style.append(
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/></w:rPr>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEAD_FILL}"/>'
            '<w:vAlign w:val="bottom"/></w:tcPr></w:tblStylePr>'
        )
    )


def _page(document: docx.document.Document) -> None:
    """A4 with 2.5 cm margins."""
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin = section.bottom_margin = Cm(2.5)
        section.left_margin = section.right_margin = Cm(2.5)
        section.header_distance = section.footer_distance = Cm(1.25)


def _theme(document: docx.document.Document) -> None:
    """The theme's Latin fonts (Aptos in pandoc's reference) become Arial."""
    for part in document.part.package.iter_parts():
        if part.partname == THEME:
            root = parse_xml(part.blob)
            for latin in root.iter(f"{_DRAWING}latin"):
                latin.set("typeface", FONT)
            part._blob = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", standalone=True
            )


def pandoc_reference() -> bytes:
    """Pandoc's default reference document (``pandoc -o F --print-default-data-file ...``)."""
    pandoc = pypandoc.get_pandoc_path()
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / "reference.docx"
        subprocess.run(
            [pandoc, "-o", str(original), "--print-default-data-file", "reference.docx"],
            check=True,
        )
        return original.read_bytes()


def build(original: bytes) -> bytes:
    """The restyled reference document, zipped reproducibly."""
    document = docx.Document(io.BytesIO(original))
    _defaults(document)
    for name in ("Normal", "Body Text", "First Paragraph", "Compact"):
        if name in [s.name for s in document.styles]:
            _fonts(document.styles[name])
    _headings(document)
    _table(document)
    _page(document)
    _theme(document)
    out = io.BytesIO()
    document.save(out)
    return rezip(out.getvalue())


def main() -> int:
    from docket.fileio import atomic_write_bytes

    atomic_write_bytes(TARGET, build(pandoc_reference()))
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
