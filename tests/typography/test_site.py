"""docket site keeps dates and numbered labels on one line, as the documents do: built with the
real CLI on the NGC record (Danish and English), on examples/aadalen, and on two records others
wrote from public sources (tests/examples: Københavns Universitets bestyrelse, Fredensborg
Byråd), every page parsed.

The no-break space is a character in the text of the pages and of the Atom feed, and nowhere
else: not in an id, a link, a file name, nor the URL of a search result. Neither record holds a
no-break space of its own, so every one on the site is docket's, and each must sit where
``docket.typography.binds`` says.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from tests.conftest import REPO_ROOT
from tests.render.conftest import docket
from tests.typography.reading import read_page, stray_no_breaks, unbound_spaces
from tests.website.conftest import build, copy_record

from docket.typography import NO_BREAK

AADALEN = REPO_ROOT / "examples" / "aadalen"
PUBLIC_RECORDS = {
    name: REPO_ROOT / "tests" / "examples" / name for name in ("ku-bestyrelse", "fredensborg")
}
ATOM = "{http://www.w3.org/2005/Atom}"
SITES = ("ngc-da", "ngc-en", "aadalen", *PUBLIC_RECORDS)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("typography-sites")
    ngc = copy_record(tmp)
    built = {
        "ngc-da": build(ngc, tmp / "da", "--no-packs"),
        "ngc-en": build(ngc, tmp / "en", "--no-packs", "--lang", "en"),
    }
    for name, (record, as_of) in {
        "aadalen": (AADALEN, "2026-01-15"),
        **{name: (record, "2025-06-01") for name, record in PUBLIC_RECORDS.items()},
    }.items():
        shutil.copytree(record, tmp / name)
        run = docket("site", "--root", str(tmp / name), "-o", str(tmp / f"{name}-site"),
                     "--as-of", as_of, "--no-packs")  # fmt: skip
        assert 0 == run.code, run.err
        built[name] = tmp / f"{name}-site"
    return built


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def test_the_records_hold_no_no_break_space_of_their_own() -> None:
    """What the tests below take for granted: every no-break space on the sites is docket's."""
    folders = (REPO_ROOT / "governance", REPO_ROOT / "meetings", AADALEN, *PUBLIC_RECORDS.values())
    records = [path for folder in folders for path in folder.rglob("*.yaml")]
    assert len(records) > 20
    assert [] == [p.name for p in records if NO_BREAK in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("name", SITES)
def test_every_date_and_label_on_every_page_is_kept_together(
    sites: dict[str, Path], name: str
) -> None:
    unbound = {
        page.relative_to(sites[name]).as_posix(): found
        for page in _pages(sites[name])
        if (found := [s for _, text in read_page(page).texts for s in unbound_spaces(text)])
    }
    assert {} == unbound


@pytest.mark.parametrize("name", SITES)
def test_no_page_has_a_no_break_space_where_the_rule_does_not_bind(
    sites: dict[str, Path], name: str
) -> None:
    pages = _pages(sites[name])
    stray = {
        page.relative_to(sites[name]).as_posix(): found
        for page in pages
        if (found := [s for _, text in read_page(page).texts for s in stray_no_breaks(text)])
    }
    assert {} == stray
    assert sum(NO_BREAK in text for p in pages for _, text in read_page(p).texts) > 20


@pytest.mark.parametrize("name", SITES)
def test_no_id_link_or_file_name_holds_a_no_break_space(sites: dict[str, Path], name: str) -> None:
    site = sites[name]
    attributes = [a for page in _pages(site) for a in read_page(page).attributes]
    assert any(attribute == "id" for _, attribute, _ in attributes)
    assert [] == [a for a in attributes if NO_BREAK in a[2]]
    assert [] == [p for p in site.rglob("*") if NO_BREAK in p.name]


@pytest.mark.parametrize("name", SITES)
def test_the_open_data_keeps_ordinary_spaces(sites: dict[str, Path], name: str) -> None:
    """OParl JSON is data for programs: names and dates as the record has them."""
    files = sorted((sites[name] / "oparl").rglob("*.json"))
    assert files
    assert [] == [f.name for f in files if NO_BREAK in f.read_text(encoding="utf-8")]


def test_a_danish_meeting_page_keeps_its_title_items_and_dates_together(
    sites: dict[str, Path],
) -> None:
    page = read_page(sites["ngc-da"] / "m" / "twg-m1" / "index.html")
    assert "Møde\u00a01 i den tekniske arbejdsgruppe" in page.of("h1")
    assert "Pkt.\u00a03 Gennemgang af kommissorium for arbejdsgruppen (B)" in page.of("h3")
    assert "24.\u00a0april 2025, kl.\u00a014.30" in page.of("dd")
    assert any(text.startswith("Bilag\u00a03.1: ") for text in page.of("a"))
    # the ids the headings link to keep plain characters
    assert ("section", "id", "twg-m1-i3") in page.attributes


def test_an_english_meeting_page_keeps_its_items_and_dates_together(
    sites: dict[str, Path],
) -> None:
    page = read_page(sites["ngc-en"] / "m" / "twg-m1" / "index.html")
    assert any(text.startswith("Item\u00a03: ") for text in page.of("h3"))
    assert any(text.startswith("24\u00a0April 2025") for text in page.of("dd"))


def test_aadalen_pages_keep_dates_and_items_together_and_keep_danish_letters(
    sites: dict[str, Path],
) -> None:
    page = read_page(sites["aadalen"] / "m" / "tmu-7" / "index.html")
    assert "Møde\u00a07 i Teknik- og Miljøudvalget" in page.of("h1")
    assert "Pkt.\u00a02 Trafiksikkerhedsplan, status (O)" in page.of("h3")
    assert any(text.startswith("20.\u00a0januar 2026") for text in page.of("dd"))


def test_the_atom_feed_keeps_titles_together_and_ids_and_links_plain(
    sites: dict[str, Path],
) -> None:
    feed = ET.parse(sites["ngc-da"] / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") or "" for entry in entries]
    assert "Møde\u00a01 i den tekniske arbejdsgruppe, 24.\u00a0april 2025" in titles
    plain = [entry.findtext(f"{ATOM}id") or "" for entry in entries]
    plain += [link.get("href", "") for link in feed.iter(f"{ATOM}link")]
    assert len(plain) > len(entries) and [] == [p for p in plain if NO_BREAK in p]


def _fragments(site: Path) -> list[dict[str, Any]]:
    """Pagefind's fragment of each page (gzip, then a signature before the JSON)."""
    found = []
    for path in sorted((site / "pagefind" / "fragment").iterdir()):
        data = gzip.decompress(path.read_bytes())
        found.append(json.loads(data[data.index(b"{") :]))
    return found


def test_the_search_index_shows_titles_kept_together_and_finds_each_word(
    sites: dict[str, Path],
) -> None:
    """Pagefind keeps the title as the page has it (what a result shows), indexes the words of
    a kept-together date one by one, and its URLs are plain."""
    fragments = {str(f["url"]): f for f in _fragments(sites["ngc-da"])}
    assert [] == [url for url in fragments if NO_BREAK in url]
    meeting = fragments["/m/twg-m1/"]
    ids = [str(anchor["id"]) for anchor in meeting["anchors"]]
    assert "twg-m1-i3" in ids and [] == [i for i in ids if NO_BREAK in i]
    assert "Møde\u00a01 i den tekniske arbejdsgruppe" == meeting["meta"]["title"]
    content = str(meeting["content"])
    assert "24. april 2025, kl. 14.30" in content  # words apart: "april" and "14.30" are found
