"""Page furniture of Word documents: the classification and status in the header, "Side X af
Y" in the footer, and the request that Word update the page references of the agenda.

Pandoc takes styles from the reference document but cannot write a header or footer; python-docx
adds them to the document pandoc wrote. The zip is written again with fixed timestamps, so the
bytes stay reproducible.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
GREY = RGBColor(0x44, 0x54, 0x6A)


def _field_char(paragraph: Paragraph, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(char)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) as the runs Word itself writes; Word fills in the value."""
    _field_char(paragraph, "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    _field_char(paragraph, "separate")
    paragraph.add_run("1")
    _field_char(paragraph, "end")


def _small(paragraph: Paragraph) -> None:
    for run in paragraph.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = GREY


def rezip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and order, so equal content gives equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def stamp(data: bytes, marks: dict[str, str]) -> bytes:
    """``data`` (a DOCX) with header and footer on every page of every section."""
    document = docx.Document(io.BytesIO(data))
    head = " · ".join(v for v in (marks.get("classification"), marks.get("status")) if v)
    title = marks.get("footer-title", "")
    for section in document.sections:
        header = section.header.paragraphs[0]
        header.text = head
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if header.runs:
            header.runs[0].bold = True
        _small(header)
        footer = section.footer.paragraphs[0]
        footer.text = ""
        if title:
            footer.add_run(f"{title}\t")
        footer.add_run(f"{marks.get('page-label', '')} ")
        _field(footer, "PAGE")
        footer.add_run(f" {marks.get('of-label', '')} ")
        _field(footer, "NUMPAGES")
        _small(footer)
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)
    out = io.BytesIO()
    document.save(out)
    return rezip(out.getvalue())
