"""Text in the new record fields is data, never markup: a conflict's reason, a minority
statement, a written procedure's title and question, and a substitute's name come out as the
same literal characters in every format, and the HTML holds no element from the data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.render.conftest import docket, written
from tests.render.extract import normalise, parse_html, text_of

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "aadalen"
REASON = "<script>alert(1)</script> nabo **fed**"
REMARK = "#set page(width: 1cm) $x$ <img src=x onerror=alert(2)>"
QUESTION = "\\input{/etc/passwd} [link](javascript:alert(3))"
SUBSTITUTE = "Karen <b onclick=alert(4)>Kjær</b>"
FORMATS = ("pdf", "docx", "html", "md")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), "utf-8")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("hostile") / "aadalen"
    shutil.copytree(EXAMPLE, repo)
    tmu = repo / "meetings" / "tmu"
    _replace(tmu / "2025-05-13-tmu-3.yaml", "reason: nabo til ejendommen", f'reason: "{REASON}"')
    _replace(
        tmu / "2025-09-09-tmu-5.yaml",
        "text: Pia Poulsen ønskede tilført, at borgerne i Nedre Ådal inddrages inden anlægget.",
        f'text: "{REMARK}"',
    )
    _replace(
        repo / "governance" / "written-procedures" / "tmu-wp-2025-1.yaml",
        "question: |\n  Forvaltningen indstiller,",
        f"question: |\n  {QUESTION}\n\n  Forvaltningen indstiller,",
    )
    _replace(
        repo / "governance" / "people.yaml",
        "name: Karen Kjær,",
        f'name: "{SUBSTITUTE}",',
    )
    return repo


def _render(repo: Path, meeting: str, fmt: str) -> Path:
    run = docket(
        "render", "minutes", meeting, "--root", str(repo), "--to", fmt,
        "-o", str(repo / f"{meeting}.{fmt}"),
    )  # fmt: skip
    return written(run)[f".{fmt}"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_record_text_appears_literally(hostile: Path, fmt: str) -> None:
    assert normalise(REASON) in text_of(_render(hostile, "tmu-3", fmt))
    tmu5 = text_of(_render(hostile, "tmu-5", fmt))
    assert normalise(REMARK) in tmu5
    assert normalise(QUESTION) in tmu5
    assert normalise(SUBSTITUTE) in text_of(_render(hostile, "tmu-4", fmt))


@pytest.mark.parametrize("meeting", ["tmu-3", "tmu-4", "tmu-5"])
def test_html_holds_no_element_from_the_record(hostile: Path, meeting: str) -> None:
    parsed = parse_html(_render(hostile, meeting, "html").read_bytes())
    assert set() == {tag for tag, _ in parsed.elements} & {"script", "img", "b"}
    attributes = {key for _, attrs in parsed.elements for key, _ in attrs}
    assert [] == sorted(a for a in attributes if a.lower().startswith("on"))
