"""Attachments that are files: a PDF placed page by page under the pack's own header and in
its outline, Word, OpenDocument and Markdown converted into the pack, copies beside the HTML,
and every file that cannot be read named in the pack and in a warning, never dropped."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pypandoc
import pypdf
import pytest
import typst
from ruamel.yaml import YAML
from tests.render.conftest import copy_fixture, docket, written
from tests.render.extract import parse_html, text_of
from tests.render.pdf_pages import (
    agenda_attachment_pages,
    agenda_item_pages,
    outline,
    page_texts,
    starts_on,
)

MATERIAL = Path(__file__).parent / "attachments"
PDF_TEXT = "Side et af bilaget om Rønland"
LANDSCAPE_TEXT = "Side to af bilaget, liggende"
ATTACHMENTS = [
    {"number": "1.1", "title": "Notat om Rønland (PDF)", "path": "bilag/notat.pdf"},
    {"number": "1.2", "title": "Sagsfremstilling (Word)", "path": "bilag/sag.docx"},
    {"number": "1.3", "title": "Sagsfremstilling (OpenDocument)", "path": "bilag/sag.odt"},
    {"number": "1.4", "title": "Sagsfremstilling (Markdown)", "path": "bilag/sag.md"},
    {"number": "1.5", "title": "Beskadiget PDF", "path": "bilag/beskadiget.pdf"},
    {"number": "1.6", "title": "Manglende fil", "path": "bilag/findes-ikke.pdf"},
    {"number": "1.7", "title": "Fil uden for arkivet", "path": "../uden-for.pdf"},
    {"number": "1.8", "title": "Regneark", "path": "bilag/budget.xlsx"},
    {"number": "1.9", "title": "Genvej ud af arkivet", "path": "bilag/genvej.pdf"},
    {"number": "1.10", "title": "Systemfil", "path": "/etc/passwd"},
]


def _pdf() -> bytes:
    source = (
        f'#set page(paper: "a4")\n#set text(lang: "da")\n= {PDF_TEXT}\nTekst på første side.\n'
        f'#set page(paper: "a4", flipped: true)\n= {LANDSCAPE_TEXT}\n'
    )
    pdf = typst.compile(source.encode("utf-8"), format="pdf")
    assert isinstance(pdf, bytes)
    return pdf


def _convert(source: Path, target: Path) -> None:
    subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown", str(source), "-o", str(target)], check=True
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("attachments")
    repo = copy_fixture(base)
    folder = repo / "bilag"
    folder.mkdir()
    (folder / "notat.pdf").write_bytes(_pdf())
    shutil.copy(MATERIAL / "sagsfremstilling.md", folder / "sag.md")
    _convert(MATERIAL / "sagsfremstilling.md", folder / "sag.docx")
    _convert(MATERIAL / "sagsfremstilling.md", folder / "sag.odt")
    (folder / "beskadiget.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> broken")
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")
    (base / "uden-for.pdf").write_bytes(_pdf())
    (folder / "genvej.pdf").symlink_to(base / "uden-for.pdf")  # a link that leads outside
    path = repo / "meetings" / "board" / "2025-05-07-board-1.yaml"
    yaml = YAML(typ="rt")
    data: Any = yaml.load(path)
    data["items"][0]["attachments"] = ATTACHMENTS
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return repo


@pytest.fixture(scope="module")
def pack(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], str]:
    out = tmp_path_factory.mktemp("out")
    run = docket(
        "brief",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-25",
        "--to",
        "pdf,docx,html,md",
        "-o",
        str(out),
    )
    return written(run), run.err


def test_a_pdf_attachment_is_placed_page_by_page_under_the_packs_header(
    pack: tuple[dict[str, Path], str],
) -> None:
    pdf = pack[0][".pdf"]
    pages = page_texts(pdf)
    first = starts_on(pages, "Bilag 1.1 Notat om Rønland (PDF)")
    assert first == outline(pdf)["Bilag\u00a01.1 Notat om Rønland (PDF)"]  # kept together
    agenda = pages[starts_on(pages, "Dagsorden") - 1]
    assert first == agenda_attachment_pages(agenda)["1.1"]
    assert PDF_TEXT in pages[first - 1]
    assert LANDSCAPE_TEXT in pages[first]
    header = pypdf.PdfReader(pdf).pages[first].extract_text().split("\n", 1)[0]
    assert header.startswith("Bilag\u00a01.1 Notat om Rønland (PDF)")  # stamped on every page
    assert "Intern" in header


def test_the_pack_with_a_pdf_attachment_stays_pdf_a(pack: tuple[dict[str, Path], str]) -> None:
    with pikepdf.open(pack[0][".pdf"]) as pdf:
        metadata = pdf.open_metadata()
        assert "2" == metadata["pdfaid:part"]
        assert "da-DK" == str(pdf.Root.Lang)
        assert "/OutputIntents" in pdf.Root


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
def test_word_opendocument_and_markdown_are_converted_into_the_pack(
    pack: tuple[dict[str, Path], str], suffix: str
) -> None:
    text = text_of(pack[0][suffix])
    for number, kind in (("1.2", "Word"), ("1.3", "OpenDocument"), ("1.4", "Markdown")):
        section = text[text.index(f"Bilag {number} Sagsfremstilling ({kind}) Bilag til pkt. 1") :]
        assert "Direktionen indstiller" in section[:2000]
        assert "at regionen genoptager søgsmålet mod Miljøstyrelsen." in section[:2000]


def test_converted_attachments_bring_no_markup_into_the_pack(
    pack: tuple[dict[str, Path], str],
) -> None:
    html = pack[0][".html"].read_bytes()
    tags = {tag for tag, _ in parse_html(html).elements}
    assert "script" not in tags
    # The raw typst block of the Markdown file is shown as the text it is, not obeyed.
    assert "#set page(fill: red)" in text_of(pack[0][".pdf"])


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
def test_unreadable_attachments_are_named_in_the_pack(
    pack: tuple[dict[str, Path], str], suffix: str
) -> None:
    text = text_of(pack[0][suffix])
    for number, reason in (
        ("1.5", "filen er beskadiget eller kan ikke åbnes"),
        ("1.6", "filen findes ikke i arkivet"),
        ("1.7", "filen ligger uden for arkivet"),
        ("1.8", "filtypen kan ikke gengives i materialet"),
        ("1.9", "filen ligger uden for arkivet"),
        ("1.10", "filen ligger uden for arkivet"),
    ):
        assert f"Bilag {number} kunne ikke læses: {reason}." in text  # secretariat's notes
    for path in ("uden-for.pdf", "findes-ikke", "genvej", "/etc/passwd"):
        assert path not in text  # no paths in the pack


def test_unreadable_attachments_are_warned_about_with_their_paths(
    pack: tuple[dict[str, Path], str],
) -> None:
    err = pack[1]
    assert "attachment 1.6 'Manglende fil' (bilag/findes-ikke.pdf) could not be read" in err
    assert "attachment 1.7 'Fil uden for arkivet' (../uden-for.pdf) could not be read" in err
    assert "Traceback" not in err


def test_html_links_the_files_copied_beside_it(pack: tuple[dict[str, Path], str]) -> None:
    html = pack[0][".html"]
    links = {
        value
        for tag, attrs in parse_html(html.read_bytes()).elements
        if tag == "a"
        for key, value in attrs
        if key == "href"
    }
    assert "bilag-1.1.pdf" in links
    assert (html.parent / "bilag-1.1.pdf").read_bytes()[:5] == b"%PDF-"
    assert (html.parent / "bilag-1.2.docx").is_file()
    assert not (html.parent / "bilag-1.7.pdf").exists()


def test_repeated_item_and_attachment_numbers_still_make_a_pack(
    tmp_path: Path,
) -> None:
    repo = copy_fixture(tmp_path)
    path = repo / "meetings" / "board" / "2025-05-07-board-1.yaml"
    yaml = YAML(typ="rt")
    data: Any = yaml.load(path)
    data["items"][0]["number"] = "2"  # two items numbered 2
    twice = {"number": "2.1", "title": "Kommissoriet", "document": "twg-commission"}
    data["items"][0]["attachments"] = [dict(twice), dict(twice)]
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    run = docket(
        "brief",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-25",
        "--to",
        "pdf,docx",
        "-o",
        str(tmp_path / "out"),
    )
    pdf = written(run)[".pdf"]
    pages = page_texts(pdf)
    agenda = pages[starts_on(pages, "Dagsorden") - 1]
    assert 2 == len(agenda_item_pages(agenda))
    assert 2 == sum(
        text.startswith("Bilag 2.1 Kommissoriet") for text in map(" ".join, map(str.split, pages))
    )


def test_word_points_to_the_pdf_copy_and_the_pdf_carries_the_pages_itself(
    pack: tuple[dict[str, Path], str],
) -> None:
    note = "Bilaget er vedlagt som separat fil: bilag-1.1.pdf"
    assert note in text_of(pack[0][".docx"])
    assert note not in text_of(pack[0][".pdf"])
