"""The board briefing pack made from the shipped NGC data (the repository root) as of
25 April 2025: the pack for the board's meeting of 7 May 2025, opened for real."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import REPO_ROOT
from tests.render.conftest import docket, written
from tests.render.extract import text_of


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("shipped")
    run = docket(
        "brief",
        "--root",
        str(REPO_ROOT),
        "--as-of",
        "2025-04-25",
        "--to",
        "pdf,docx,html",
        "-o",
        str(out),
    )
    return {suffix: text_of(path) for suffix, path in written(run).items()}


FORMATS = (".pdf", ".docx", ".html")


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_is_for_the_boards_meeting_of_7_may_2025(pack: dict[str, str], fmt: str) -> None:
    text = pack[fmt]
    title = "Mødemateriale til den nationale bestyrelse for drift af Den Nationale Genomdatabase"
    assert title in " ".join(text.split())
    assert "Møde 1, 7. maj 2025" in text
    assert "Opgjort pr. 25. april 2025" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_carries_the_twgs_forwarded_input(pack: dict[str, str], fmt: str) -> None:
    section = pack[fmt][pack[fmt].rindex("Input fra andre organer") :]
    assert "Tilføjelse af, at infrastrukturen skal understøtte klinisk drift" in section
    assert "NGC har justeret og vedlagt opdateret kommissorium" in section
    assert "Kilde: Den tekniske arbejdsgruppe, møde 1, 24. april 2025, pkt. 6:" in section


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_shows_the_pending_decision_on_variant_and_frequency_databases(
    pack: dict[str, str], fmt: str
) -> None:
    section = pack[fmt][pack[fmt].rindex("Beslutninger, der afventer") :]
    assert "Beslutning om variant- og frekvensdatabaser fortsat udestår." in section
    assert "Afventer siden 18. december 2024 (128 dage)" in section


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_lists_the_open_follow_ups(pack: dict[str, str], fmt: str) -> None:
    section = pack[fmt][pack[fmt].rindex("Åbne opfølgningspunkter") :]
    assert "NGC inviterer gerne den tekniske arbejdsgruppe til et fysisk møde i år" in section
    assert "31. december 2025" in section
    assert "NGC følger løbende op på status på beslutning vedr. videns-/variantdatabaser" in section


def test_shipped_minutes_render_in_english_too(tmp_path: Path) -> None:
    run = docket(
        "render",
        "minutes",
        "twg-m1",
        "--root",
        str(REPO_ROOT),
        "--to",
        "html",
        "--lang",
        "en",
        "-o",
        str(tmp_path / "m.html"),
    )
    text = text_of(written(run)[".html"])
    assert "Meeting 1 of the technical working group" in text
    assert "Date: 24 April 2025" in text
    assert "Rikke Korshøj Andersen, specialkonsulent, NGC (secretary to the working group)" in text
