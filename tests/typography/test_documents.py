"""The documents follow the same rule as the site and the reminders: minutes rendered with the
real CLI (NGC in Danish, examples/aadalen in English) as HTML, Word and PDF keep dates and
numbered labels together, and Markdown, text to edit, keeps ordinary spaces."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pypdf
import pytest
from tests.conftest import REPO_ROOT, copy_ngc_record
from tests.render.conftest import docket, written
from tests.typography.reading import read_page, stray_no_breaks, unbound_spaces

from docket.typography import NO_BREAK

NB = NO_BREAK


def _render(repo: Path, out: Path, meeting: str, *args: str) -> dict[str, Path]:
    run = docket("render", "minutes", meeting, "--root", str(repo), "-o", str(out), *args)
    assert 0 == run.code, run.err
    return written(run)


@pytest.fixture(scope="module")
def ngc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("typography-documents")
    repo = copy_ngc_record(tmp / "ngc", configured=False)
    return _render(repo, tmp / "out", "twg-m1", "--to", "html,docx,pdf,md")


@pytest.fixture(scope="module")
def aadalen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("typography-aadalen-documents")
    shutil.copytree(REPO_ROOT / "examples" / "aadalen", tmp / "aadalen")
    return _render(tmp / "aadalen", tmp / "out", "tmu-3", "--to", "html,docx", "--lang", "en")


def _docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_html_minutes_keep_items_and_dates_together_in_their_text(ngc: dict[str, Path]) -> None:
    page = read_page(ngc[".html"])
    assert f"Møde{NB}1 i den tekniske arbejdsgruppe" in page.of("p")  # the subtitle
    assert any(t.startswith(f"Pkt.{NB}3 Gennemgang af kommissorium") for t in page.of("h1"))
    assert any(f"18.{NB}december 2024" in text for _, text in page.texts)
    body = [text for holder, text in page.texts if holder not in ("title", "header")]
    assert [] == [s for text in body for s in unbound_spaces(text) + stray_no_breaks(text)]
    assert [] == [a for a in page.attributes if NB in a[2]]


def test_word_minutes_keep_items_and_dates_together(ngc: dict[str, Path]) -> None:
    paragraphs = _docx_paragraphs(ngc[".docx"])
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert f"Pkt.{NB}1 Velkomst v/forperson Bettina Lundgren" in headings
    assert any(f"d. 7.{NB}maj 2025" in text for _, text in paragraphs)


def test_pdf_minutes_keep_items_together_and_their_title_metadata_plain(
    ngc: dict[str, Path],
) -> None:
    reader = pypdf.PdfReader(ngc[".pdf"])
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert f"Pkt.{NB}3 Gennemgang af kommissorium" in text
    assert reader.metadata is not None
    assert "Referat Møde 1 i den tekniske arbejdsgruppe" == reader.metadata.title


def test_markdown_minutes_keep_ordinary_spaces(ngc: dict[str, Path]) -> None:
    text = ngc[".md"].read_text(encoding="utf-8")
    assert "Pkt. 3 Gennemgang af kommissorium" in text
    assert NB not in text


def test_english_minutes_keep_items_and_dates_together(aadalen: dict[str, Path]) -> None:
    page = read_page(aadalen[".html"])
    assert any(text.startswith(f"Item{NB}3: ") for text in page.of("h1"))
    headings = [text for style, text in _docx_paragraphs(aadalen[".docx"]) if style == "Heading 1"]
    assert any(text.startswith(f"Item{NB}3: ") for text in headings)
    assert any("æ" in text or "ø" in text or "å" in text for text in headings)
