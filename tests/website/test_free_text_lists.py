"""Forwarded input written as a lead line and "- " items stays a list wherever the site shows
it as a link (registers, "Tager op", the home page), and its text stays data.

Before, the link flattened the field: "målsætningerne: - Tilføjelse af, ... - Udfoldelse af,
..." ran together in one line of the forwarded-input register and the board's meeting page.
"""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML
from tests.website.conftest import build, copy_record

LEAD = "Arbejdsgruppen havde følgende bemærkninger til målsætningerne:"
ITEMS = (
    "Tilføjelse af, at infrastrukturen skal understøtte klinisk drift",
    "Udfoldelse af, hvordan man kan/vil understøtte forskning og klinisk produktion "
    "(fx beskrivelse af data i GDB).",
)
LIST = "<ul>" + "".join(f"<li>{item}</li>" for item in ITEMS) + "</ul>"
TWG = "meetings/twg/2025-04-24-twg-1.yaml"


def _link_then_list(page: str) -> bool:
    """The lead is the link's text and the items follow the link as a list."""
    pattern = re.escape(f">{LEAD}</a>{LIST}")
    return re.search(pattern, page) is not None


def test_the_forwarded_register_keeps_the_items_as_a_list(public_site: Path) -> None:
    page = (public_site / "registers" / "forwarded" / "index.html").read_text("utf-8")
    assert _link_then_list(page)
    assert "målsætningerne: - Tilføjelse" not in page


def test_the_meeting_that_takes_the_input_up_keeps_the_list(public_site: Path) -> None:
    page = (public_site / "m" / "board-m1" / "index.html").read_text("utf-8")
    assert _link_then_list(page)
    assert "målsætningerne: - Tilføjelse" not in page


def test_the_register_status_is_in_lower_case_like_every_other(public_site: Path) -> None:
    page = (public_site / "registers" / "forwarded" / "index.html").read_text("utf-8")
    assert 'data-label="Status">taget op</td>' in page
    assert 'data-label="Status">Taget op</td>' not in page


def test_a_hostile_list_in_forwarded_input_is_escaped(tmp_path: Path) -> None:
    repo = copy_record(tmp_path)
    yaml = YAML(typ="rt")
    path = repo / TWG
    record = yaml.load(path.read_text(encoding="utf-8"))
    forward = next(i for i in record["items"] if i["id"] == "twg-m1-i6")["forwarded"][0]
    forward["text"] = 'Se <script>alert("x")</script>:\n- <b>æøå</b> & co\n- [link](javascript:x)'
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(record, stream)
    site = build(repo, tmp_path / "site", "--no-packs")
    page = (site / "registers" / "forwarded" / "index.html").read_text("utf-8")
    assert "<script>" not in page and "<b>" not in page
    assert (
        '>Se &lt;script&gt;alert("x")&lt;/script&gt;:</a>'
        "<ul><li>&lt;b&gt;æøå&lt;/b&gt; &amp; co</li><li>[link](javascript:x)</li></ul>"
    ) in page
