"""docket site on the NGC record: the pages, links, sizes, language, feed, search index,
packs, and the folder it may replace."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import docx
import pytest
from pypdf import PdfReader
from tests.render.conftest import docket
from tests.website.conftest import AS_OF, build, site_texts

PAGE_BUDGET = 100 * 1024
PENDING = "twg-m1-i3-pending-variant-databases"


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(str(values[name]))


def _parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def test_home_bodies_meetings_and_permalinks_are_written(public_site: Path) -> None:
    for page in ("index.html", "b/board/index.html", "b/twg/index.html", "m/twg-m1/index.html",
                 f"d/{PENDING}/index.html", "registers/decisions/index.html",
                 "registers/follow-ups/status-open/index.html", "search/index.html"):  # fmt: skip
        assert (public_site / page).is_file(), page
    assert "frekvensdatabaser" in (public_site / "d" / PENDING / "index.html").read_text("utf-8")


def test_attachments_showing_governing_documents_link_to_them(public_site: Path) -> None:
    board = (public_site / "m" / "board-m1" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../y/annual-plan-2025/index.html">Bilag\u00a01.1: Udkast til årshjul' in board
    twg = (public_site / "m" / "twg-m1" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../b/twg/index.html#twg-commission-v1">Bilag\u00a03.1:' in twg
    body = (public_site / "b" / "twg" / "index.html").read_text(encoding="utf-8")
    assert 'id="twg-commission-v1"' in body


def test_body_page_shows_what_a_rules_version_changed(public_site: Path) -> None:
    body = (public_site / "b" / "twg" / "index.html").read_text(encoding="utf-8")
    assert "<li>Kommentarfrist (dage): 5 → 10</li>" in body
    assert "at den regionale integration fremstår tydeligere" in body


@pytest.mark.parametrize("fixture", ["public_site", "internal_site"])
def test_every_page_is_under_100_kb(fixture: str, request: pytest.FixtureRequest) -> None:
    site: Path = request.getfixturevalue(fixture)
    too_big = [(p.name, p.stat().st_size) for p in _pages(site) if p.stat().st_size > PAGE_BUDGET]
    assert [] == too_big


@pytest.mark.parametrize("fixture", ["public_site", "internal_site"])
def test_every_internal_link_and_anchor_resolves(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    site: Path = request.getfixturevalue(fixture)
    broken = []
    for page in _pages(site):
        for link in _parse(page).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("mailto:"):
                continue
            target = (page.parent / parts.path).resolve() if parts.path else page
            if not target.is_file() or (
                parts.fragment and parts.fragment not in _parse(target).ids
            ):
                broken.append((page.relative_to(site).as_posix(), link))
    assert [] == broken


def test_person_pages_only_for_internal_audience(public_site: Path, internal_site: Path) -> None:
    assert not (public_site / "p").exists()
    page = internal_site / "p" / "bettina-lundgren" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert "Bettina Lundgren" in text and "m/twg-m1/index.html#twg-m1-i3" in text
    assert "@" not in re.sub(r"<[^>]+>", "", text)


def test_pages_are_danish_with_danish_dates(public_site: Path) -> None:
    page = (public_site / "m" / "twg-m1" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="da">' in page
    assert "24.\u00a0april 2025, kl.\u00a014.30" in page


def test_english_site_on_request(ngc_repo: Path, tmp_path: Path) -> None:
    site = build(ngc_repo, tmp_path / "en", "--lang", "en", "--no-packs")
    page = (site / "m" / "twg-m1" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "24\u00a0April 2025" in page


def test_atom_feed_lists_meetings_and_decisions_with_absolute_links(public_site: Path) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(public_site / "feed.xml").getroot()
    links = [e.find(f"{atom}link").get("href") for e in feed.findall(f"{atom}entry")]  # type: ignore[union-attr]
    assert "http://localhost:8000/m/board-m1/" in links
    assert "http://localhost:8000/d/twg-m1-i3-noted/" in links
    assert all(str(link).startswith("http://localhost:8000/") for link in links)


def test_search_index_holds_the_pending_board_decision(public_site: Path) -> None:
    assert (public_site / "pagefind" / "pagefind-ui.js").is_file()
    fragments = [
        text for path, text in site_texts(public_site) if path.startswith("pagefind/fragment/")
    ]
    assert any(f"/d/{PENDING}/" in text and "frekvensdatabaser" in text for text in fragments)


def test_briefing_pack_of_the_board_meeting_ahead_opens(public_site: Path) -> None:
    folder = public_site / "m" / "board-m1"
    pdf = PdfReader(folder / "board-m1-brief-public-da.pdf")
    assert "bestyrelse" in "".join(page.extract_text() for page in pdf.pages).lower()
    document = docx.Document(io.BytesIO((folder / "board-m1-brief-public-da.docx").read_bytes()))
    assert any("Bestyrelse" in p.text for p in document.paragraphs)
    assert "board-m1-brief-public-da.pdf" in (folder / "index.html").read_text("utf-8")


def test_refuses_to_replace_a_folder_it_did_not_make(ngc_repo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "thesis.txt").write_text("do not lose me", encoding="utf-8")
    result = docket("site", "--root", str(ngc_repo), "-o", str(folder), "--as-of", AS_OF)
    assert 2 == result.code
    assert "not empty" in result.err and "Traceback" not in result.err
    assert ["thesis.txt"] == [p.name for p in folder.iterdir()]


def test_rebuild_replaces_the_previous_site(ngc_repo: Path, tmp_path: Path) -> None:
    site = build(ngc_repo, tmp_path / "site", "--no-packs")
    (site / "stale.html").write_text("old", encoding="utf-8")
    build(ngc_repo, site, "--no-packs")
    assert not (site / "stale.html").exists()
    assert (site / "index.html").is_file()
    assert [] == [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_base_url_must_be_http(ngc_repo: Path, tmp_path: Path) -> None:
    result = docket("site", "--root", str(ngc_repo), "-o", str(tmp_path / "s"),
                    "--base-url", "javascript:alert(1)")  # fmt: skip
    assert 2 == result.code and "--base-url" in result.err


def test_meeting_page_links_the_input_its_items_take_up(public_site: Path) -> None:
    board = (public_site / "m" / "board-m1" / "index.html").read_text(encoding="utf-8")
    assert (
        'Tager op</h4><ul><li><a href="../../d/twg-m1-i3-forward-commission/index.html">' in board
    )
    forward = (public_site / "d" / "twg-m1-i3-forward-commission" / "index.html").read_text("utf-8")
    assert "../../m/board-m1/index.html#board-m1-twg-commission" in forward
