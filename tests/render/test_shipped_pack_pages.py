"""The shipped NGC board pack and the minutes of meeting 1 with their attachments, checked page
by page the way a board member meets them: a cover, an agenda whose page numbers lead to where
each item and attachment starts, the attachments rendered from the record in place with their
outline entries, every page classified and numbered, no English in the Danish pack, and a PDF/A
file with its language and title."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from tests.conftest import REPO_ROOT
from tests.render.conftest import docket, written
from tests.render.extract import text_of
from tests.render.pdf_pages import (
    agenda_attachment_pages,
    agenda_item_pages,
    outline,
    page_texts,
    starts_on,
)

ENGLISH = re.compile(
    r"\b(the|and|of|is|error|warning|meeting|item|page|attachment|draft|follow-up|decision|"
    r"board|minutes|agenda|pending|overdue|source|not|rules|waiver)\b"
)
CODES_AND_PATHS = re.compile(r"\bDK\d{3}\b|\.ya?ml\b|\bmeetings/|\bgovernance/|\btwg-m1\b")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pack")
    run = docket(
        "brief",
        "--root",
        str(REPO_ROOT),
        "--as-of",
        "2025-04-25",
        "--to",
        "pdf,docx,html",
        "-o",
        str(out),
    )
    return written(run)


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("minutes")
    run = docket(
        "render",
        "minutes",
        "twg-m1",
        "--attachments",
        "--root",
        str(REPO_ROOT),
        "--to",
        "pdf",
        "-o",
        str(out / "m.pdf"),
    )
    return written(run)[".pdf"]


def test_the_pack_opens_with_a_cover(pack: dict[str, Path]) -> None:
    cover = " ".join(page_texts(pack[".pdf"])[0].split())
    assert cover.startswith("Mødemateriale til den nationale bestyrelse")
    for fact in (
        "Genomdatabase Møde 1, 7. maj 2025 Dato 7. maj 2025",
        "Klassifikation Intern",
        "Status Planlagt møde",
        "Indkaldte Organets medlemmer er ikke registreret.",
    ):
        assert fact in cover
    assert "SHA-256" not in cover  # provenance is in the colophon at the end


def test_agenda_page_numbers_are_where_the_items_start(pack: dict[str, Path]) -> None:
    pages = page_texts(pack[".pdf"])
    agenda = pages[starts_on(pages, "Dagsorden") - 1]
    starts = [
        starts_on(pages, "Pkt. 1 Godkendelse af årshjul og budget"),
        starts_on(pages, "Pkt. 2 Orientering om opdateret kommissorium"),
    ]
    assert starts == agenda_item_pages(agenda)


def test_the_annual_plan_is_rendered_from_the_record_in_place(pack: dict[str, Path]) -> None:
    pages = page_texts(pack[".pdf"])
    agenda = pages[starts_on(pages, "Dagsorden") - 1]
    first = starts_on(pages, "Bilag 1.1 Udkast til årshjul og budget for drift af")
    assert {"1.1": first} == agenda_attachment_pages(agenda)
    assert (
        first
        == outline(pack[".pdf"])[
            "Bilag\u00a01.1 Udkast til årshjul og budget for drift af infrastrukturen 2025"
        ]
    )
    plan = " ".join(pages[first - 1].split())
    assert "Årshjul for drift af infrastrukturen 2025" in plan
    assert "Gengivet fra arkivets registrering af dokumentet." in plan
    assert (
        "24. april 2025 Den tekniske arbejdsgruppe NGC's tekniske arbejdsgruppe kommenterer" in plan
    )
    assert first > starts_on(pages, "Pkt. 2 Orientering")  # appended in agenda order


def test_every_page_carries_classification_status_and_page_x_of_y(pack: dict[str, Path]) -> None:
    reader = pikepdf.open(pack[".pdf"])
    total = len(reader.pages)
    import pypdf

    for number, page in enumerate(pypdf.PdfReader(pack[".pdf"]).pages, start=1):
        text = page.extract_text()
        assert "Intern" in text.split("\n", 1)[0] or text.startswith("Intern")
        assert f"Side {number} af {total}" in text


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html"])
def test_the_danish_pack_has_no_english_codes_or_paths(pack: dict[str, Path], suffix: str) -> None:
    text = text_of(pack[suffix])
    assert [] == sorted(set(ENGLISH.findall(text)))
    assert [] == CODES_AND_PATHS.findall(text)


def test_the_pack_is_pdf_a_2b_tagged_danish_with_a_title(pack: dict[str, Path]) -> None:
    with pikepdf.open(pack[".pdf"]) as pdf:
        metadata = pdf.open_metadata()
        assert "2" == metadata["pdfaid:part"]
        assert "B" == metadata["pdfaid:conformance"]
        assert metadata["dc:title"].startswith("Mødemateriale til den nationale bestyrelse")
        assert "da-DK" == str(pdf.Root.Lang)
        assert pdf.Root.MarkInfo.Marked
        assert "/StructTreeRoot" in pdf.Root
        (intent,) = pdf.Root.OutputIntents
        assert "/GTS_PDFA1" == intent.S
        assert "/DestOutputProfile" in intent
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = descendant.FontDescriptor
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys())


def test_minutes_carry_attachments_3_1_4_1_and_6_1_from_the_record(minutes: Path) -> None:
    pages = page_texts(minutes)
    entries = outline(minutes)
    listed = agenda_attachment_pages("\n".join(pages))  # "Bilag 3.1 ..., side N" in the items
    for number, title, expected in (
        ("3.1", "Udkast til Kommissorium for den tekniske arbejdsgruppe.", "Version 1.0"),
        ("4.1", "Udkast til forretningsorden for den tekniske arbejdsgruppe.", "Version 1.0"),
        ("6.1", "Udkast til årshjul og budget for drift af infrastrukturen 2025.", "Milepæle"),
    ):
        heading = f"Bilag {number} {title}"
        first = starts_on(pages, heading)
        assert first == entries[heading.replace(" ", "\u00a0", 1)]  # "Bilag 3.1" kept together
        assert first == listed[number]
        assert expected in " ".join(pages[first - 1].split())
    rules = " ".join(pages[starts_on(pages, "Bilag 4.1") - 1].split())
    assert "Medlemmerne kan kommentere referatudkastet i 5 kalenderdage." in rules


def test_draft_minutes_are_watermarked_with_the_comment_deadline(minutes: Path) -> None:
    import pypdf

    first = pypdf.PdfReader(minutes).pages[0].extract_text()
    assert "UDKAST" in first
    assert "Udkast til referat" in first
    with pikepdf.open(minutes) as pdf:
        assert "da-DK" == str(pdf.Root.Lang)
