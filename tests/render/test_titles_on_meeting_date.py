"""Every document shows the title and organisation in force on its meeting date: in the NGC
record, Bettina Lundgren is CEO of NGC on 24 April 2025 and centre director of NGC, a centre in
the Danish Health Data Authority (SDS), from 1 July 2025 (item 5 of the seed minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import copy_ngc_record
from tests.render.conftest import docket, written
from tests.render.extract import text_of

SEPTEMBER_MEETING = """\
kind: meeting
id: twg-m2
body: twg
number: 2
date: 2025-09-16
chair: bettina-lundgren
secretary: rikke-korshoej-andersen
status: held
participants:
  - {person: bettina-lundgren}
  - {person: rikke-korshoej-andersen}
items:
  - {id: twg-m2-i1, number: "1", title: Velkomst}
"""


@pytest.fixture(scope="module")
def ngc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("ngc") / "ngc"
    copy_ngc_record(repo)
    (repo / "meetings" / "twg" / "2025-09-16-twg-2.yaml").write_text(SEPTEMBER_MEETING, "utf-8")
    return repo


def _minutes(repo: Path, meeting: str, lang: str, target: Path) -> str:
    run = docket(
        "render", "minutes", meeting, "--root", str(repo), "--to", "docx", "--lang", lang,
        "-o", str(target),
    )  # fmt: skip
    return text_of(written(run)[".docx"])


@pytest.mark.parametrize(
    ("lang", "before", "after"),
    [
        ("da", "Bettina Lundgren, CEO, NGC", "Bettina Lundgren, centerdirektør, NGC, SDS"),
        ("en", "Bettina Lundgren, CEO, NGC", "Bettina Lundgren, centerdirektør, NGC, SDS"),
    ],
)
def test_the_chair_is_ceo_in_april_and_centre_director_in_sds_in_september(
    ngc: Path, tmp_path: Path, lang: str, before: str, after: str
) -> None:
    april = _minutes(ngc, "twg-m1", lang, tmp_path / "april.docx")
    september = _minutes(ngc, "twg-m2", lang, tmp_path / "september.docx")
    assert before in april
    assert "Bettina Lundgren, centerdirektør" not in april
    assert after in september
