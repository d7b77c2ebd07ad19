"""Make the Word reference document (data/reference.docx) that gives every DOCX its look.

Run ``python -m docket.render.reference_docx`` after upgrading pandoc; the result is committed.
It starts from pandoc's own reference document and restyles it the way a Danish public-sector
document looks: Arial throughout (Word falls back to a metric twin where it is missing), dark
blue left-aligned headings, ruled tables with a shaded header row, A4 with 2.5 cm margins and
Danish as the proofing language. The zip is written with fixed timestamps, so the same pandoc
gives the same bytes.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pypandoc

TARGET = Path(__file__).parent / "data" / "reference.docx"
FONT = "Arial"
BLUE = "1F3864"
RULE = "B4BCCB"
HEAD_FILL = "E8EDF5"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}" />'
_HEADING_SIZES = {"Title": 40, "Subtitle": 28, "Heading1": 32, "Heading2": 26, "Heading3": 22}
_TABLE_PROPERTIES = (
    "<w:tblPr>"
    '<w:tblInd w:w="0" w:type="dxa" />'
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{RULE}" />'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
    '<w:tblCellMar><w:top w:w="40" w:type="dxa" /><w:left w:w="100" w:type="dxa" />'
    '<w:bottom w:w="40" w:type="dxa" /><w:right w:w="100" w:type="dxa" /></w:tblCellMar>'
    "</w:tblPr>"
)
_TABLE_HEADER = (
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b /></w:rPr>'
    f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEAD_FILL}" />'
    '<w:vAlign w:val="bottom" /></w:tcPr></w:tblStylePr>'
)
_PAGE = (
    '<w:pgSz w:w="11906" w:h="16838" />'
    '<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" '
    'w:header="709" w:footer="709" w:gutter="0" />'
)


def _restyle_style(style_id: str, xml: str) -> str:
    xml = re.sub(r"<w:rFonts\b[^>]*Theme=[^>]*/>", _FONTS, xml)
    if style_id in _HEADING_SIZES or style_id.startswith("Heading"):
        xml = re.sub(r"<w:color\b[^>]*/>", f'<w:color w:val="{BLUE}" />', xml)
        xml = xml.replace('<w:jc w:val="center" />', '<w:jc w:val="left" />')
        size = _HEADING_SIZES.get(style_id.removesuffix("Char"))
        if size is not None:
            xml = re.sub(r'<w:sz w:val="\d+" />', f'<w:sz w:val="{size}" />', xml)
            xml = re.sub(r'<w:szCs w:val="\d+" />', f'<w:szCs w:val="{size}" />', xml)
        if style_id.startswith("Heading") and "<w:b />" not in xml:
            xml = xml.replace(_FONTS, _FONTS + "<w:b />", 1)
    if style_id == "Table":
        xml = re.sub(r"<w:tblPr>.*?</w:tblPr>", _TABLE_PROPERTIES, xml, flags=re.S)
        xml = re.sub(r"<w:tblStylePr.*?</w:tblStylePr>", _TABLE_HEADER, xml, flags=re.S)
    return xml


def restyle_styles(xml: str) -> str:
    defaults_end = xml.index("</w:docDefaults>")
    defaults = xml[:defaults_end]
    defaults = re.sub(r"<w:rFonts\b[^>]*/>", _FONTS, defaults)
    defaults = defaults.replace('<w:sz w:val="24" />', '<w:sz w:val="21" />')
    defaults = defaults.replace('<w:szCs w:val="24" />', '<w:szCs w:val="21" />')
    defaults = re.sub(r'<w:lang w:val="[^"]*"', '<w:lang w:val="da-DK"', defaults)
    rest = re.sub(
        r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>.*?</w:style>',
        lambda m: _restyle_style(m.group(1), m.group(0)),
        xml[defaults_end:],
        flags=re.S,
    )
    return defaults + rest


def restyle_document(xml: str) -> str:
    """A4 with 2.5 cm margins (the page size comes after the footnote settings)."""
    return xml.replace("</w:sectPr>", _PAGE + "</w:sectPr>", 1)


def restyle_theme(xml: str) -> str:
    return re.sub(r'(<a:latin typeface=")Aptos[^"]*(")', rf"\g<1>{FONT}\g<2>", xml)


_EDITS: dict[str, Callable[[str], str]] = {
    "word/styles.xml": restyle_styles,
    "word/document.xml": restyle_document,
    "word/theme/theme1.xml": restyle_theme,
}


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
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            edit = _EDITS.get(info.filename)
            if edit is not None:
                data = edit(data.decode("utf-8")).encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)
    return out.getvalue()


def main() -> int:
    from docket.fileio import atomic_write_bytes

    atomic_write_bytes(TARGET, build(pandoc_reference()))
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
