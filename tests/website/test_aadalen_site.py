"""docket site on examples/aadalen, whose rules name their closed days and whose committee
decided once by written procedure: both stopped the whole site before. The closed days read as
words, and a decision without a meeting is listed with its procedure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import REPO_ROOT
from tests.render.conftest import docket
from tests.typography.reading import read_page


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("aadalen-site")
    shutil.copytree(REPO_ROOT / "examples" / "aadalen", tmp / "aadalen")
    run = docket("site", "--root", str(tmp / "aadalen"), "-o", str(tmp / "site"),
                 "--as-of", "2026-01-15", "--no-packs")  # fmt: skip
    assert 0 == run.code, run.err
    return tmp / "site"


def test_the_committee_page_names_its_closed_days(site: Path) -> None:
    page = read_page(site / "b" / "tmu" / "index.html")
    assert "Lukkedage" in page.of("dt")
    assert "helligdage, 24. og 31.\u00a0december, grundlovsdag og 1.\u00a0maj" in page.of("dd")


def test_the_decision_of_a_written_procedure_is_in_the_register(site: Path) -> None:
    page = read_page(site / "registers" / "decisions" / "index.html")
    assert "skriftlig procedure 8.\u00a0juli 2025" in page.of("td")
