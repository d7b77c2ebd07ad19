"""The HTML is one self-contained file that reads well on a phone."""

from __future__ import annotations

from pathlib import Path

from tests.render.conftest import docket, written
from tests.render.extract import parse_html


def test_html_is_self_contained_with_viewport_contents_and_scrolling_tables(
    shared_repo: Path, tmp_path: Path
) -> None:
    run = docket(
        "render",
        "minutes",
        "twg-2025-04-24",
        "--root",
        str(shared_repo),
        "--to",
        "html",
        "-o",
        str(tmp_path / "m.html"),
    )
    data = written(run)[".html"].read_bytes()
    parsed = parse_html(data)
    metas = [dict(attrs) for tag, attrs in parsed.elements if tag == "meta"]
    assert any(
        m.get("name") == "viewport" and "width=device-width" in (m.get("content") or "")
        for m in metas
    )
    assert any(tag == "nav" and ("id", "TOC") in attrs for tag, attrs in parsed.elements)
    assert not [attrs for tag, attrs in parsed.elements if tag in ("link", "script", "img")]
    assert not any(key == "src" for _, attrs in parsed.elements for key, _ in attrs)
    html = data.decode("utf-8")
    assert "max-width: 48em" in html
    assert "overflow-x: auto" in html
    assert 'lang="da"' in html
