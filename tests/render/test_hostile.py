"""Text from the YAML files is data, never markup, in every format.

Markup of every output language (HTML, Markdown, typst, LaTeX, pandoc's raw attributes) is
written into titles, names, free text and outcomes; each must come out as the same literal
characters, and the HTML must hold no element or event attribute that came from the data.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pypandoc
import pytest
from ruamel.yaml import YAML
from tests.render.conftest import copy_fixture, docket, written
from tests.render.extract import normalise, parse_html, text_of

ITEM_TITLE = "= Årshjul <script>alert(1)</script> **fed** #set page(width: 1cm)"
MINUTES_LINES = (
    "<img src=x onerror=alert(2)> \\input{/etc/passwd} `x`{=html}",
    "16. maj 2025 er en dato i starten af et afsnit.",
    "$E=mc^2$ @ref <label> [link](javascript:alert(3)) <!-- kommentar -->",
)
DECISION = "+ plus i starten af en celle _kursiv_ ~sænket~"
FOLLOW_UP = "/ term: beskrivelse i starten af en celle"
PERSON = "Mads <b onclick=alert(4)>Sønderkær</b>"
BODY = "Teknisk arbejdsgruppe {=html} #strong[x] \\textbf{y}"
ATTACHMENT = "16. Bilag med <iframe src=x></iframe>"

LITERALS = (ITEM_TITLE, *MINUTES_LINES, DECISION, FOLLOW_UP, PERSON, BODY, ATTACHMENT)


def _edit(path: Path, change: Any) -> None:
    yaml = YAML(typ="rt")
    data = yaml.load(path)
    change(data)
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)


def _item(data: Any, item_id: str) -> Any:
    return next(item for item in data["items"] if item["id"] == item_id)


def _make_hostile(repo: Path) -> None:
    def meeting(data: Any) -> None:
        _item(data, "twg-1-plan")["title"] = ITEM_TITLE
        _item(data, "twg-1-welcome")["minutes"] = "\n\n".join(MINUTES_LINES)
        _item(data, "twg-1-rules")["decisions"][0]["text"] = DECISION
        _item(data, "twg-1-rules")["follow_ups"][0]["text"] = FOLLOW_UP
        _item(data, "twg-1-commission")["attachments"][0]["title"] = ATTACHMENT

    def people(data: Any) -> None:
        next(p for p in data["people"] if p["id"] == "mads-soenderkaer")["name"] = PERSON

    def body(data: Any) -> None:
        data["name"]["da"] = BODY

    _edit(repo / "meetings" / "twg" / "2025-04-24-twg-1.yaml", meeting)
    _edit(repo / "governance" / "people.yaml", people)
    _edit(repo / "governance" / "bodies" / "twg.yaml", body)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The twg minutes and the board pack (which quotes the twg), in every format."""
    repo = copy_fixture(tmp_path_factory.mktemp("hostile"))
    _make_hostile(repo)
    out = tmp_path_factory.mktemp("out")
    files: dict[str, Path] = {}
    for fmt in ("pdf", "docx", "html", "md"):
        run = docket(
            "render",
            "minutes",
            "twg-2025-04-24",
            "--root",
            str(repo),
            "--to",
            fmt,
            "-o",
            str(out / f"minutes.{fmt}"),
        )
        files[f"minutes.{fmt}"] = written(run)[f".{fmt}"]
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
    for suffix, path in written(run).items():
        files[f"brief{suffix}"] = path
    return files


DOCUMENTS = [
    f"{doc}.{fmt}" for doc in ("minutes", "brief") for fmt in ("pdf", "docx", "html", "md")
]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_hostile_text_appears_literally(outputs: dict[str, Path], name: str) -> None:
    text = text_of(outputs[name])
    expected = [*LITERALS]
    if name.startswith("brief"):  # the pack quotes the twg's outcomes, not its minutes
        expected = [ITEM_TITLE, DECISION, FOLLOW_UP, BODY]
    for literal in expected:
        assert normalise(literal) in text, literal


@pytest.mark.parametrize("name", ["minutes.html", "brief.html"])
def test_html_has_no_element_or_event_attribute_from_the_data(
    outputs: dict[str, Path], name: str
) -> None:
    parsed = parse_html(outputs[name].read_bytes())
    tags = {tag for tag, _ in parsed.elements}
    assert set() == tags & {"script", "img", "iframe", "b", "label"}
    attributes = {key for _, attrs in parsed.elements for key, _ in attrs}
    assert [] == sorted(a for a in attributes if a.lower().startswith("on"))
    assert not any(
        value and "javascript:" in value for _, attrs in parsed.elements for _, value in attrs
    )


@pytest.mark.parametrize("name", ["minutes.md", "brief.md"])
def test_markdown_reads_back_without_raw_or_markup_from_the_data(
    outputs: dict[str, Path], name: str
) -> None:
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown-smart", "-t", "json"],
        input=outputs[name].read_bytes(),
        capture_output=True,
        check=True,
    )
    kinds: set[str] = set()
    targets: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "t" in node:
                kinds.add(node["t"])
            if node.get("t") == "Link":
                targets.append(node["c"][2][0])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(json.loads(result.stdout))
    assert set() == kinds & {"RawInline", "RawBlock", "Code", "Math", "Cite", "Subscript"}
    # The only links are docket's own: the agenda's links to its items and attachments.
    assert [] == [t for t in targets if not t.startswith(("#item-", "#attachment-"))]


@pytest.mark.parametrize(
    ("name", "cell"),
    [
        ("minutes.pdf", f"6. 15.25 {ITEM_TITLE} (D) v/Bettina Lundgren"),
        ("brief.pdf", "Bettina Lundgren 16. september 2025 åben"),
        ("brief.pdf", DECISION),
        ("brief.pdf", FOLLOW_UP),
    ],
)
def test_pdf_cells_that_start_like_typst_markup_show_no_escape(
    outputs: dict[str, Path], name: str, cell: str
) -> None:
    """Cells that start like typst markup are escaped for typst; the escape itself never shows
    (it would if pandoc began escaping them too)."""
    text = text_of(outputs[name])
    assert normalise(cell) in text
    for escaped in ("\\=", "\\+", "\\/", "\\1", "\\-"):
        assert escaped not in text
