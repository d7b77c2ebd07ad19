"""Audiences: a document leaves out every item above its audience, and everything recorded
under such an item or referring to one, in every format."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from tests.render.conftest import CONFIDENTIAL, INTERNAL, docket, written
from tests.render.extract import text_of

FORMATS = "pdf,docx,html,md"


def everything_in(path: Path) -> str:
    """All the text a file carries: the extracted text, and for text-based files the raw
    file, for DOCX every part of the package (properties, styles, comments included)."""
    text = text_of(path)
    if path.suffix in (".html", ".md"):
        text += path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as package:
            text += " ".join(
                package.read(name).decode("utf-8", "replace") for name in package.namelist()
            )
    return text


def _pack(repo: Path, out: Path, audience: str) -> dict[str, Path]:
    run = docket(
        "brief",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-25",
        "--to",
        FORMATS,
        "--audience",
        audience,
        "-o",
        str(out),
    )
    return written(run)


@pytest.fixture(scope="module")
def packs(
    shared_repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Path]]:
    return {
        audience: _pack(shared_repo, tmp_path_factory.mktemp(audience), audience)
        for audience in ("public", "internal", "confidential")
    }


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
def test_confidential_and_internal_strings_never_reach_a_public_pack(
    packs: dict[str, dict[str, Path]], suffix: str
) -> None:
    content = everything_in(packs["public"][suffix])
    assert CONFIDENTIAL not in content
    assert INTERNAL not in content
    assert "Behov for GPU" not in content  # forwarded from the internal item
    assert "Præsentation af ny HPC 2025" not in content  # the internal item's title as a source
    assert "Beslutning om variant- og frekvensdatabaser." in text_of(packs["public"][suffix])


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
def test_internal_pack_shows_internal_but_not_confidential(
    packs: dict[str, dict[str, Path]], suffix: str
) -> None:
    content = everything_in(packs["internal"][suffix])
    assert CONFIDENTIAL not in content
    assert INTERNAL in content


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
def test_confidential_pack_shows_everything(packs: dict[str, dict[str, Path]], suffix: str) -> None:
    text = text_of(packs["confidential"][suffix])
    for expected in (
        "Lukket punkt om kontrakt FORTROLIGT-KONTRAKT-3",  # the board's confidential item
        "Bilag 2.2 Kontraktbilag FORTROLIGT-KONTRAKT-3",  # a confidential attachment
        "Til bestyrelsen om FORTROLIGT-KONTRAKT-3.",  # forwarded from a confidential item
        "Godkendt FORTROLIGT-KONTRAKT-3.",  # a decision under it
        "Afventer FORTROLIGT-KONTRAKT-3.",  # a pending decision under it
        "Opfølgning på FORTROLIGT-KONTRAKT-3.",  # a follow-up under it
        "Ændring om FORTROLIGT-KONTRAKT-3.",  # an amendment a rules version refers to
        INTERNAL,
    ):
        assert expected in text


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md"])
def test_public_minutes_leave_out_internal_and_confidential_items(
    shared_repo: Path, tmp_path: Path, fmt: str
) -> None:
    run = docket(
        "render",
        "minutes",
        "twg-2025-04-24",
        "--root",
        str(shared_repo),
        "--to",
        fmt,
        "--audience",
        "public",
        "-o",
        str(tmp_path / f"m.{fmt}"),
    )
    (path,) = written(run).values()
    content = everything_in(path)
    assert CONFIDENTIAL not in content
    assert INTERNAL not in content
    text = text_of(path)
    assert "Pkt. 6 Kommentering af årshjul" in text
    # item 7 keeps its place as a closed item's line (in HTML also in the contents), no more
    assert {"Pkt. 7 Lukket punkt"} == set(re.findall(r"Pkt\. 7 \w+ \w+", text))


def test_findings_about_hidden_items_are_left_out_of_a_public_pack(
    shared_repo: Path, tmp_path: Path
) -> None:
    # As of July the follow-ups of items 4 (public), 5 (confidential) and 7 (internal) are overdue.
    args = (
        "brief",
        "--root",
        str(shared_repo),
        "--meeting",
        "board-2025-05-07",
        "--as-of",
        "2025-07-01",
        "--to",
        "md",
        "--appendix",
    )
    public = text_of(
        written(docket(*args, "--audience", "public", "-o", str(tmp_path / "p")))[".md"]
    )
    internal = text_of(
        written(docket(*args, "--audience", "internal", "-o", str(tmp_path / "i")))[".md"]
    )
    checks_public = public[public.rindex("Konsistenstjek") :]
    checks_internal = internal[internal.rindex("Konsistenstjek") :]
    assert "twg-1-physical-meeting" in checks_public
    assert "twg-1-followup-crypto" not in checks_public
    assert "twg-1-closed-follow-up" not in checks_public
    assert "Kun fund om oplysninger, som målgruppen må se, er medtaget." in checks_public
    assert "twg-1-followup-crypto" in checks_internal
    assert "twg-1-closed-follow-up" not in checks_internal


def test_a_meeting_above_the_audience_cannot_be_rendered_for_it(repo: Path, tmp_path: Path) -> None:
    meeting = repo / "meetings" / "board" / "2025-05-07-board-1.yaml"
    meeting.write_text(
        meeting.read_text(encoding="utf-8").replace(
            "status: planned\n", "status: planned\nconfidentiality: internal\n"
        ),
        encoding="utf-8",
    )
    run = docket(
        "render",
        "agenda",
        "board-2025-05-07",
        "--root",
        str(repo),
        "--to",
        "md",
        "--audience",
        "public",
        "-o",
        str(tmp_path / "a.md"),
    )
    assert 2 == run.code
    assert "meeting 'board-2025-05-07' is internal" in run.err
    assert not (tmp_path / "a.md").exists()
