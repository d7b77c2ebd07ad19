"""A real municipal meeting written in docket's format (``egebjerg/``, source in its
SOURCE.md): the site shows its open items and keeps its closed item ("Lukket sag") out of the
public site, the OParl JSON and the search index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.website.conftest import build, site_texts

RECORD = Path(__file__).parent / "egebjerg"
CLOSED = "Tandpleje"


def _site(tmp_path: Path, audience: str) -> Path:
    repo = tmp_path / "record"
    if not repo.exists():
        shutil.copytree(RECORD, repo)
    return build(repo, tmp_path / audience, "--audience", audience, "--as-of", "2002-06-01")


def test_public_site_shows_the_open_items_and_not_the_closed_one(tmp_path: Path) -> None:
    site = _site(tmp_path, "public")
    page = (site / "m" / "kb-2002-05-15" / "index.html").read_text(encoding="utf-8")
    assert "91. Klage over afgørelse i Folkeoplysningsudvalg" in page
    assert "15.\u00a0maj 2002" in page
    assert [] == [path for path, text in site_texts(site) if CLOSED in text or "-103" in path]
    meeting = json.loads((site / "oparl" / "meeting" / "kb-2002-05-15.json").read_text("utf-8"))
    shown = [(item["number"], item["public"]) for item in meeting["agendaItem"]]
    # the closed item keeps its place as "Lukket punkt", as on the page, and nothing else of it
    assert [("89", True), ("90", True), ("91", True), ("93", True), ("96", True), ("102", True),
            ("103", False)] == shown  # fmt: skip
    assert "Lukket punkt" == meeting["agendaItem"][-1]["name"]
    assert "103. Lukket punkt" in page


def test_confidential_site_shows_the_closed_item(tmp_path: Path) -> None:
    site = _site(tmp_path, "confidential")
    page = (site / "m" / "kb-2002-05-15" / "index.html").read_text(encoding="utf-8")
    assert "103. Lukket sag: Tandpleje for børn og unge under 18 år" in page
    assert any(CLOSED in text for path, text in site_texts(site) if path.startswith("pagefind/"))
