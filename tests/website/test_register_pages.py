"""The registers of a record long enough for many pages per filter: each page's pager links to
every page of its selection, marks itself alone as current, and its filter links reach the first
page of each selection. The links of later pages are made once per selection
(``site.registers._Pagers``); this reads every page as a browser would follow its links."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.conftest import synthetic_record
from tests.render.conftest import docket


class _Navs(HTMLParser):
    """The links of each <nav> of a page: (href, aria-current, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.navs: list[list[tuple[str, str | None, str]]] = []
        self._open: list[str | None] | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "nav":
            self.navs.append([])
            self._depth += 1
        if tag == "a" and self._depth:
            found = dict(attrs)
            self._open = [found.get("href"), found.get("aria-current"), ""]

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[2] = (self._open[2] or "") + data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            href, current, text = self._open
            assert href is not None
            self.navs[-1].append((href, current, text or ""))
            self._open = None
        if tag == "nav":
            self._depth -= 1


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("long-registers")
    record = synthetic_record(tmp / "record", 160)  # 960 decisions, 240 a body: 100 a page
    run = docket("site", "--root", str(record), "-o", str(tmp / "site"),
                 "--as-of", "2030-01-01", "--audience", "internal", "--no-packs")  # fmt: skip
    assert 0 == run.code, run.err
    return tmp / "site"


def _navs(site: Path, folder: str) -> tuple[list[tuple[str, str | None, str]], ...]:
    reader = _Navs()
    reader.feed((site / folder / "index.html").read_text(encoding="utf-8"))
    return tuple(reader.navs)


def _pages_of(site: Path, selection: str) -> list[str]:
    """The folders of a selection's pages, first page first."""
    later = sorted(
        (p.relative_to(site).as_posix() + "/" for p in (site / selection).glob("page-*/")),
        key=lambda folder: int(re.findall(r"page-([0-9]+)/$", folder)[0]),
    )
    return [selection, *later]


@pytest.mark.parametrize(
    "selection",
    ["registers/decisions/", "registers/decisions/body-board/", "registers/follow-ups/"],
)
def test_every_page_links_to_every_page_and_marks_itself(site: Path, selection: str) -> None:
    folders = _pages_of(site, selection)
    assert len(folders) >= 3, folders  # a first page, a second, and later ones
    for number, folder in enumerate(folders, start=1):
        pager = next(nav for nav in _navs(site, folder) if nav and nav[0][2] == "1")
        assert [text for _, _, text in pager] == [str(n) for n in range(1, len(folders) + 1)]
        reached = [posixpath.normpath(posixpath.join(folder, href)) for href, _, _ in pager]
        assert reached == [posixpath.join(f, "index.html") for f in folders]
        assert [text for _, current, text in pager if current == "page"] == [str(number)]
        assert pager[number - 1][0] == "index.html"  # its own page: down, not up and down
        assert all((site / target).is_file() for target in reached)


def test_the_filters_of_every_page_reach_each_selection(site: Path) -> None:
    folders = _pages_of(site, "registers/decisions/body-board/")
    first = None
    for folder in folders:
        filters = _navs(site, folder)[-1]
        reached = [
            (posixpath.normpath(posixpath.join(folder, href)), current)
            for href, current, _ in filters
        ]
        assert all((site / target).is_file() for target, _ in reached)
        assert [t for t, current in reached if current == "page"] == [
            "registers/decisions/body-board/index.html"
        ]
        first = first or reached
        assert reached == first  # the same filters, wherever the page lies
