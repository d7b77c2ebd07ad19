"""Structure found by shape: items by the document's own numbering, people by the shape of
their lists (structure_cases.yaml), through the real CLI; and text built to make the new
patterns backtrack or the chains grow quadratic, read like any other."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from docket.pipeline import load_corpus
from docket.workflow.import_minutes import import_minutes

HERE = Path(__file__).resolve().parent
CASES = YAML(typ="safe").load((HERE / "structure_cases.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    shutil.copytree(HERE / "repo", target)
    return target


def _import(repo: Path, run_cli: Any, text: str) -> tuple[Any, str]:
    source = repo.parent / "minutes.txt"
    source.write_text(text, encoding="utf-8")
    result = run_cli("import", str(source), "--body", "healthwatch", "--root", str(repo))
    assert result.code in (0, 1), result.err
    return YAML(typ="safe").load(result.out), result.out


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_items_and_people_are_read_by_their_shape(
    repo: Path, run_cli: Any, case: dict[str, Any]
) -> None:
    record, printed = _import(repo, run_cli, case["text"])
    assert case["items"] == [[i["number"], i["title"]] for i in record["items"]]
    assert all(i.get("minutes") or i.get("decisions") for i in record["items"]), printed
    unplaced = [line for line in printed.splitlines() if "text not placed anywhere" in line]
    for name in case.get("present", []) + case.get("absent", []):
        assert not any(name in line for line in unplaced), printed  # a list is placed
    draft = import_minutes(repo.parent / "minutes.txt", load_corpus(repo, use_cache=False)[0],
                           "healthwatch", None)  # fmt: skip
    people = {name: attendance for name, attendance in draft.people}
    assert {n: None for n in case.get("present", [])} == {
        n: a for n, a in people.items() if a is None
    }
    assert set(case.get("absent", [])) == {n for n, a in people.items() if a is not None}


HOSTILE = {
    "dotted sentences": " ".join(f"{i}.1 Alan Yates said so." for i in range(1, 3000)),
    "case numbers": " ".join(f"{i % 90}/08 Title" for i in range(6000)),
    "roman numerals": "I. A " * 8000,
    "a label and many names": "Present: "
    + ", ".join(f"Ab{chr(65 + i % 26)}{chr(65 + i // 26 % 26)} Cd" for i in range(6000)),
    "words before a colon": "Ab Cd " * 10000 + ":",
    "words in capitals": "ABC DEF Gh " * 8000,
    "called to order": "called a " * 8000 + "to order at 7pm",
    "hours": "10am - " * 8000 + "11am",
    "labelled sentences": "RESOLUTION: That it is. " * 3000 + "MOVED: A. CARRIED.",
    "short lines alone": "Ab cd\n\nNil\n\n" * 2000,
    "run-in labels": "Valg af dirigent: Bo Dahl. " * 3000,
    "glued outcomes": " ".join(f"{i}. Godkendelse af dagsorden Godkendt" for i in range(1, 3000)),
    "officers in a list": "Present: " + "Ab Cd Ef Gh Ij, Chair (AB), Vice Chair " * 3000,
    "officers in sentences": "Mayor Ab Cd Ef Gh called a " * 4000 + "presided",
    "action marks": "Ab Cd to contact. AB Action. " * 3000,
    "columns": "Ab      " * 8000 + "Minutes Secretary: Cd Ef",
    "attendance after names": "Ab Cd: Afbud (Stedfortræder Ef Gh)\n" * 3000,
    "notes before sentences": "1. Title (a) " + "Word word " * 6000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_text_built_against_the_shape_readers_is_read(repo: Path, run_cli: Any, name: str) -> None:
    record, _ = _import(repo, run_cli, f"Meeting 3 May 2024\n\n{HOSTILE[name]}\n")
    assert date(2024, 5, 3) == record["date"]


CONTENTS_ON_THREE_LINES = """Møde i Udvalget

tirsdag den 8. juni 2021 kl. 14:00

Deltagere:

Hanne Lund (A), Formand

Ole Krag (V), Næstformand- afbud

Mette Dal (C)Indholdsfortegnelse åbent møde

1.

Godkendelse af dagsorden

3

2.

Økonomi. Status efter første halvår

4

4.

Meddelelser

9Indholdsfortegnelse lukket møde

3.

Salg af grund (Lukket punkt)

7


1. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_a_contents_page_of_number_title_and_page_lines_is_the_agenda(
    repo: Path, run_cli: Any
) -> None:
    """Region Sjælland's layout (round 9), in other words: the contents' title glued to the
    last name and to a page number, each entry's number, title and page on lines of their
    own, a closed entry listed after the last open one, then the minutes from item 1; an
    entry of those present marked '- afbud' is an apology."""
    record, printed = _import(repo, run_cli, CONTENTS_ON_THREE_LINES)
    assert [
        ["1", "Godkendelse af dagsorden"],
        ["2", "Økonomi. Status efter første halvår"],
        ["4", "Meddelelser"],
        ["3", "Salg af grund"],
    ] == [[i["number"], i["title"]] for i in record["items"]], printed
    assert ["Godkendt."] == [d["text"] for d in record["items"][0]["decisions"]]
    assert ["3"] == [
        i["number"] for i in record["items"] if i.get("confidentiality") == "confidential"
    ]
    draft = import_minutes(repo.parent / "minutes.txt", load_corpus(repo, use_cache=False)[0],
                           "healthwatch", None)  # fmt: skip
    assert {"Hanne Lund": None, "Mette Dal": None, "Ole Krag": "excused"} == dict(draft.people)
