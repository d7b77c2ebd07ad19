"""Nothing above the audience reaches the site: marker strings planted in every text field and
every id of confidential and internal items (a whole internal meeting, a confidential
attachment of a public item) are searched for in every file of the built site, the compressed
search index decompressed, and in every file name.

The confidential build is the control: there every marker must be found, in the pages and in
the search index, so the search cannot pass by looking in the wrong place.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.website.conftest import build, copy_record, site_texts

TEXT_KEYS = frozenset(
    {"title", "recommendation", "minutes", "background", "proposed_solution", "next_steps",
     "agenda_presenter_text", "text", "note", "label", "url", "platform", "address"}
)  # fmt: skip
"""Every free-text field of a meeting, an item and its outcomes and attachments."""

CONFIDENTIAL = "zqxconf"
INTERNAL = "zqxint"
TWG = "meetings/twg/2025-04-24-twg-1.yaml"
COUNCIL = "meetings/council/2025-04-10-council.yaml"


PLANTED: list[str] = []
"""Every marker planted in a text field, each one different."""


def _plant(node: Any, marker: str, renamed: dict[str, str]) -> None:
    """Append a numbered marker to every text field under ``node``; rename every id."""
    if isinstance(node, dict):
        for key in list(node):
            value = node[key]
            if key in TEXT_KEYS and isinstance(value, str):
                PLANTED.append(f"{marker}{len(PLANTED)}q")
                node[key] = f"{value} {PLANTED[-1]}"
            elif key == "id" and isinstance(value, str):
                renamed[value] = f"{marker}{len(renamed)}-{value}"
                node[key] = renamed[value]
            else:
                _plant(value, marker, renamed)
    elif isinstance(node, list):
        for entry in node:
            _plant(entry, marker, renamed)


def _load(path: Path) -> tuple[YAML, Any]:
    yaml = YAML(typ="rt")
    return yaml, yaml.load(path.read_text(encoding="utf-8"))


def _dump(yaml: YAML, data: Any, path: Path) -> None:
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(data, stream)


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The NGC record with items 6 and 7 of the working group's meeting confidential (each
    with a presenter's label and a linked attachment added), item 5 internal, the council's
    meeting internal (with a place added), and attachment 3.1 of public item 3 confidential;
    every text and id in them carries a marker."""
    repo = copy_record(tmp_path_factory.mktemp("marked"))
    renamed: dict[str, str] = {}
    yaml, twg = _load(repo / TWG)
    for item in twg["items"]:
        if item["id"] in ("twg-m1-i6", "twg-m1-i7"):
            item["confidentiality"] = "confidential"
            item["presenters"][0]["label"] = "forperson"
            item["attachments"] = [{"number": "9.1", "title": "Slides", "url": "https://a.b/c"}]
            _plant(item, CONFIDENTIAL, renamed)
        elif item["id"] == "twg-m1-i5":
            item["confidentiality"] = "internal"
            _plant(item, INTERNAL, renamed)
        elif item["id"] == "twg-m1-i3":
            attachment = item["attachments"][0]
            attachment["confidentiality"] = "confidential"
            _plant(attachment, CONFIDENTIAL, renamed)
    _dump(yaml, twg, repo / TWG)
    yaml, council = _load(repo / COUNCIL)
    council["confidentiality"] = "internal"
    council["place"] = {"mode": "hybrid", "address": "Rådhuset", "platform": "Teams"}
    _plant(council, INTERNAL, renamed)
    _dump(yaml, council, repo / COUNCIL)
    pattern = re.compile(
        r"(?<![a-z0-9-])(" + "|".join(map(re.escape, sorted(renamed, key=len, reverse=True)))
        + r")(?![a-z0-9-])"
    )  # fmt: skip
    for path in repo.rglob("*.yaml"):
        if path.as_posix().endswith((TWG, COUNCIL)):
            continue
        text = path.read_text(encoding="utf-8")
        path.write_text(pattern.sub(lambda m: renamed[m.group(1)], text), encoding="utf-8")
    return repo


def _found(site: Path, marker: str) -> list[str]:
    return [
        path for path, text in site_texts(site) if marker in path.lower() or marker in text.lower()
    ]


@pytest.fixture(scope="module")
def sites(marked: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("sites")
    return {
        audience: build(marked, out / audience, "--audience", audience)
        for audience in ("public", "internal", "confidential")
    }


def test_public_site_has_no_confidential_or_internal_text(sites: dict[str, Path]) -> None:
    assert [] == _found(sites["public"], CONFIDENTIAL)
    assert [] == _found(sites["public"], INTERNAL)


def test_internal_site_has_internal_but_no_confidential_text(sites: dict[str, Path]) -> None:
    assert [] == _found(sites["internal"], CONFIDENTIAL)
    assert _found(sites["internal"], INTERNAL)


def test_confidential_site_shows_every_planted_text(sites: dict[str, Path]) -> None:
    """The control: each planted field is published when the audience may see it, so its
    absence from the public site is the filter's doing."""
    text = "\n".join(text.lower() for _, text in site_texts(sites["confidential"]))
    assert len(PLANTED) > 20
    assert [] == [marker for marker in PLANTED if marker not in text]


def test_confidential_site_shows_every_marker_in_pages_and_search_index(
    sites: dict[str, Path],
) -> None:
    for marker in (CONFIDENTIAL, INTERNAL):
        found = _found(sites["confidential"], marker)
        assert any(path.endswith(".html") for path in found), marker
        assert any(path.startswith("pagefind/") for path in found), marker
        assert any(path.startswith("oparl/") for path in found), marker


def test_render_fixture_markers_stay_out_of_its_public_and_internal_sites(tmp_path: Path) -> None:
    """The rendering tests' repository (written for the documents, not for the site) has a
    confidential board item and an internal working-group item, each with its own marker."""
    from tests.render.conftest import CONFIDENTIAL as BOARD_SECRET
    from tests.render.conftest import INTERNAL as TWG_INTERNAL
    from tests.render.conftest import copy_fixture

    repo = copy_fixture(tmp_path)
    public = build(repo, tmp_path / "public", "--audience", "public", "--no-packs")
    internal = build(repo, tmp_path / "internal", "--audience", "internal", "--no-packs")
    confidential = build(repo, tmp_path / "all", "--audience", "confidential", "--no-packs")
    for marker in (BOARD_SECRET, TWG_INTERNAL):
        assert [] == _found(public, marker.lower())
    assert [] == _found(internal, BOARD_SECRET.lower())
    assert _found(internal, TWG_INTERNAL.lower())
    assert _found(confidential, BOARD_SECRET.lower())
