"""The same data gives the same bytes: DOCX and PDF are dated from the document, and the Word
reference document is rebuilt exactly by its script."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.render.conftest import docket, written

from docket.render import reference_docx


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "md"])
def test_rendering_twice_gives_identical_files(shared_repo: Path, tmp_path: Path, fmt: str) -> None:
    files = []
    for run_number in (1, 2):
        target = tmp_path / f"{run_number}.{fmt}"
        run = docket(
            "render",
            "minutes",
            "twg-2025-04-24",
            "--root",
            str(shared_repo),
            "--to",
            fmt,
            "-o",
            str(target),
        )
        files.append(written(run)[f".{fmt}"].read_bytes())
    assert files[0] == files[1]


def test_shipped_reference_docx_is_what_its_script_builds() -> None:
    built = reference_docx.build(reference_docx.pandoc_reference())
    assert reference_docx.TARGET.read_bytes() == built, (
        "run 'python -m docket.render.reference_docx' and commit the result"
    )


def test_reference_docx_styles_the_documents(shared_repo: Path, tmp_path: Path) -> None:
    import docx

    run = docket(
        "render",
        "minutes",
        "twg-2025-04-24",
        "--root",
        str(shared_repo),
        "--to",
        "docx",
        "-o",
        str(tmp_path / "m.docx"),
    )
    document = docx.Document(str(written(run)[".docx"]))
    heading = document.styles["Heading 1"]
    assert "1F3864" == str(heading.font.color.rgb)
    assert "Arial" == heading.font.name
    assert 21.0 == round(document.sections[0].page_width.cm, 1)  # A4
    assert 29.7 == round(document.sections[0].page_height.cm, 1)


def test_default_output_folder_is_reports_in_the_root(repo: Path) -> None:
    run = docket("brief", "--root", str(repo), "--as-of", "2025-04-25", "--to", "md")
    path = written(run)[".md"]
    assert repo / "reports" / "board-2025-05-07-brief-internal-da.md" == path
    assert path.is_file()
