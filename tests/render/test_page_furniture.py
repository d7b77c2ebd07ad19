"""Classification and status on every page: in the header of every Word page with "Side X af
Y" in its footer, as a banner in HTML, and for draft minutes a watermark with the last day for
comments under the rules in force. HTML reads on a phone: table rows become labelled cards."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest
from tests.render.conftest import docket, written
from tests.render.extract import parse_html

from docket.render.convert import data_path


@pytest.fixture(scope="module")
def pack(shared_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("furniture")
    run = docket(
        "brief",
        "--root",
        str(shared_repo),
        "--as-of",
        "2025-04-25",
        "--to",
        "docx,html",
        "--audience",
        "public",
        "-o",
        str(out),
    )
    return written(run)


def test_every_word_page_has_classification_status_and_page_x_of_y(
    pack: dict[str, Path],
) -> None:
    document = docx.Document(str(pack[".docx"]))
    for section in document.sections:
        assert "Offentlig · Planlagt møde" == section.header.paragraphs[0].text
        footer = section.footer.paragraphs[0]._p.xml
        assert "Side " in section.footer.paragraphs[0].text
        assert " PAGE " in footer and " NUMPAGES " in footer


def test_word_agenda_refers_to_the_pages_of_items_and_asks_word_to_update_them(
    pack: dict[str, Path],
) -> None:
    with zipfile.ZipFile(pack[".docx"]) as package:
        body = package.read("word/document.xml").decode("utf-8")
        settings = package.read("word/settings.xml").decode("utf-8")
    assert "PAGEREF item-2 \\h" in body
    assert 'w:name="item-2"' in body  # the bookmark the field points to
    assert "<w:updateFields" in settings


def test_html_has_a_classification_banner_and_labelled_cells(pack: dict[str, Path]) -> None:
    parsed = parse_html(pack[".html"].read_bytes())
    banners = [
        attrs for tag, attrs in parsed.elements if ("class", "classification-banner") in attrs
    ]
    assert 1 == len(banners)
    assert "Offentlig · Planlagt møde" in "".join(parsed.parts)
    labels = {value for _, attrs in parsed.elements for key, value in attrs if key == "data-label"}
    assert {"Punkt", "Ca. tid", "Aktivitet", "Side"} <= labels


def test_html_style_never_breaks_words_and_turns_rows_into_cards_on_a_phone() -> None:
    style = data_path("docket-style.html").read_text(encoding="utf-8")
    assert "hyphens: auto" not in style
    body_rules = style[style.index("th, td {") : style.index("}", style.index("th, td {"))]
    assert "anywhere" not in body_rules  # table cells wrap between words only
    phone = style[style.index("@media (max-width: 600px)") : style.index("@media print")]
    assert "td[data-label]::before" in phone and "display: block" in phone
    assert "@page { size: A4" in style


def _minutes_pdf(repo: Path, out: Path, status: str) -> str:
    meeting = repo / "meetings" / "twg" / "2025-04-24-twg-1.yaml"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(text.replace("status: minutes-approved", f"status: {status}"), "utf-8")
    run = docket(
        "render",
        "minutes",
        "twg-2025-04-24",
        "--root",
        str(repo),
        "--to",
        "pdf",
        "-o",
        str(out / f"{status}.pdf"),
    )
    meeting.write_text(text, encoding="utf-8")
    reader = pypdf.PdfReader(io.BytesIO(written(run)[".pdf"].read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_draft_minutes_carry_udkast_and_the_comment_deadline_on_every_page(
    repo: Path, tmp_path: Path
) -> None:
    text = _minutes_pdf(repo, tmp_path, "minutes-draft")
    pages = text.count("Side ")
    assert pages >= 2
    # 10 calendar days for comments from the draft sent on 2 May 2025 (rules version 1.0).
    assert pages == text.count("Udkast til referat, kommentarer senest 12. maj 2025")
    assert pages == text.count("UDKAST")


def test_approved_minutes_have_no_watermark(repo: Path, tmp_path: Path) -> None:
    text = _minutes_pdf(repo, tmp_path, "minutes-approved")
    assert "UDKAST" not in text
    assert "Godkendt referat" in text


def test_the_cover_gives_the_meeting_link_and_the_apologies(repo: Path, tmp_path: Path) -> None:
    meeting = repo / "meetings" / "twg" / "2025-04-24-twg-1.yaml"
    text = meeting.read_text(encoding="utf-8")
    link = "https://teams.example.org/l/meetup-join/19%3ameeting"
    meeting.write_text(
        text.replace(
            "place: {mode: virtual, platform: Microsoft Teams}",
            f"place: {{mode: virtual, platform: Microsoft Teams, link: '{link}'}}",
        ),
        encoding="utf-8",
    )
    run = docket(
        "brief",
        "--root",
        str(repo),
        "--meeting",
        "twg-2025-04-24",
        "--as-of",
        "2025-04-20",
        "--to",
        "pdf",
        "-o",
        str(tmp_path),
    )
    cover = pypdf.PdfReader(written(run)[".pdf"]).pages[0].extract_text()
    flat = " ".join(cover.split())
    assert f"Link til mødet {link}" in flat
    assert "Sted Virtuelt (Microsoft Teams)" in flat
    assert "Tid kl. 14.30\N{EN DASH}16.00" in flat
    absences = flat[flat.index("Meldt afbud") :]
    assert "Søren Vang" in absences  # excused: announced, not summoned
    assert "Søren Vang" not in flat[flat.index("Indkaldte") : flat.index("Meldt afbud")]
