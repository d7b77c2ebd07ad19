"""The minutes of the twg's first meeting, rendered from the shipped data, contain every
sentence of the real minutes (tests/seed/, the text of the NGC PDF).

The seed's text is cut into segments the way the PDF lays it out (header lines, agenda rows,
participants, headings, paragraphs, bullets), each segment into sentences; every sentence must be
found, whitespace-normalised, in the rendered text. Page furniture ("2300 København S") is
dropped and words the PDF hyphenated across lines ("videns-" / "/variantdatabaser") are joined.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import REPO_ROOT
from tests.render.conftest import docket, written
from tests.render.extract import normalise, text_of

SEED = Path(__file__).parents[1] / "seed" / "ngc-twg-meeting-1-2025-04-24.txt"
MEETING = "twg-m1"
PAGE_FURNITURE = ("2300 København S",)
BULLET = re.compile(r"^(?:•|o|-)\s+")
AGENDA_ROW = re.compile(r"^[0-9]+\.\s+[0-9]{2}\.[0-9]{2}\b")
LABELS = (
    "Referat",
    "Indstilling",
    "Problemstilling",
    "Løsning",
    "Videre proces",
    "Bilag",
    "Deltagere",
    "Målsætninger",
    "Prioritering af aktiviteter i 2. halvår af 2025",
    "Punkt Ca. tid Aktivitet",
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ(])")


def _starts_segment(line: str, in_participants: bool) -> bool:
    return (
        bool(BULLET.match(line))
        or bool(AGENDA_ROW.match(line))
        or line.startswith(("Pkt. ", "Dato:", "Sted:", "(B)"))
        or line in LABELS
        or in_participants
    )


def seed_segments(text: str) -> list[str]:
    """The seed cut at blank lines and where the layout starts something new. A line ending
    in a hyphen with no space after it is joined to the next without a space ("videns-" +
    "/variantdatabaser", "IT-" + "arkitektur"); "variant- " + "og" keeps its space."""
    segments: list[str] = []
    current = ""
    trailing_space = False
    in_participants = False
    for raw in text.splitlines():
        line = raw.strip()
        if line in PAGE_FURNITURE:
            continue
        if not line:
            segments.append(current)
            current = ""
            continue
        if line.startswith("Pkt. "):
            in_participants = False
        if _starts_segment(line, in_participants):
            segments.append(current)
            current = ""
        if line == "Deltagere":
            in_participants = True
        line = BULLET.sub("", line)
        if current.endswith("-") and not trailing_space:
            current += line
        else:
            current = f"{current} {line}" if current else line
        trailing_space = raw != raw.rstrip()
        if line in LABELS:
            segments.append(current)
            current = ""
    segments.append(current)
    return [normalise(s) for s in segments if normalise(s)]


def seed_sentences() -> list[str]:
    return [
        sentence
        for segment in seed_segments(SEED.read_text(encoding="utf-8"))
        for sentence in SENTENCE_END.split(segment)
        if sentence
    ]


def comparable(text: str) -> str:
    """Whitespace-normalised, and spaces around an en dash ignored: the seed's legend writes
    "(B)" and its dash without a space between, "(D)" and "(O)" with one."""
    return re.sub(r"\s*\u2013\s*", "\u2013", normalise(text))


def test_seed_cutting_joins_hyphenated_line_ends() -> None:
    sentences = seed_sentences()
    assert any("videns-/variantdatabaser, som er forankret" in s for s in sentences)
    assert any(
        "herunder IT-arkitektur, drift og sikkerhed (O) v/Jacob Drasbeck" in s for s in sentences
    )
    assert any(
        "beslutning om variant- og frekvensdatabaser fortsat udestår" in s for s in sentences
    )
    assert not any("København S" in s for s in sentences)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_rendered_minutes_contain_every_sentence_of_the_seed(tmp_path: Path, fmt: str) -> None:
    run = docket(
        "render",
        "minutes",
        MEETING,
        "--root",
        str(REPO_ROOT),
        "--to",
        fmt,
        "-o",
        str(tmp_path / f"minutes.{fmt}"),
    )
    rendered = comparable(text_of(written(run)[f".{fmt}"]))
    sentences = seed_sentences()
    missing = [s for s in sentences if comparable(s) not in rendered]
    share = 1 - len(missing) / len(sentences)
    print(
        f"{fmt}: {len(sentences) - len(missing)} of {len(sentences)} seed sentences found "
        f"({share:.1%})"
    )
    assert [] == missing
