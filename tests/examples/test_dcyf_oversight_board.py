"""A board whose two co-chairs are elected on different days: the DCYF Oversight Board of
Washington State, whose bylaws give it a legislative and a non-legislative co-chair
(tests/examples/dcyf-oversight-board/SOURCES.md). Its rules of procedure say ``chairs: 2``; the
real CLI checks it clean, finds each co-chair's post once the rules no longer say so, finds a
third co-chair, counts both co-chairs' seats in the quorum, and the site and the bylaws rendered
as an attachment show the number."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.render.conftest import docket, written
from tests.render.extract import text_of

RECORD = Path(__file__).parent / "dcyf-oversight-board"
BODY = "governance/bodies/dcyf-oversight-board.yaml"
RULES = "governance/rules/dcyf-oversight-board-bylaws.yaml"
MEETING = "meetings/dcyf-oversight-board/2024-03-14-dcyf-oversight-board-1.yaml"
AS_OF = "2024-03-20"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "dcyf"
    shutil.copytree(RECORD, target, ignore=shutil.ignore_patterns("SOURCES.md"))
    return target


def _findings(run_cli: Any, repo: Path) -> list[dict[str, Any]]:
    result = run_cli("check", "--root", str(repo), "--as-of", AS_OF, "--format", "json")
    assert result.code in (0, 1), result.err
    findings: list[dict[str, Any]] = result.json()["findings"]
    return findings


def _replace(repo: Path, rel: str, old: str, new: str) -> None:
    file = repo / rel
    text = file.read_text("utf-8")
    assert old in text
    file.write_text(text.replace(old, new), encoding="utf-8")


def test_the_record_with_two_co_chairs_checks_clean(run_cli: Any, repo: Path) -> None:
    assert [] == _findings(run_cli, repo)


def test_without_the_number_in_the_rules_each_later_co_chair_is_found(
    run_cli: Any, repo: Path
) -> None:
    _replace(repo, RULES, "      chairs: 2\n", "")
    found = _findings(run_cli, repo)
    assert ["office-held-twice"] * 3 == [f["name"] for f in found]
    assert ["anna-voss", "marcus-hale", "teresa-lindqvist"] == sorted(f["subject"] for f in found)


def test_a_third_co_chair_is_one_finding_that_names_the_rules(run_cli: Any, repo: Path) -> None:
    _replace(
        repo,
        BODY,
        "{person: tyler-brooks, represents: stakeholders, start: 2022-09-01}",
        "{person: tyler-brooks, role: chair, represents: stakeholders, start: 2023-09-01}",
    )
    found = _findings(run_cli, repo)
    assert [("office-held-twice", BODY, 35)] == [(f["name"], f["path"], f["line"]) for f in found]
    message = found[0]["message"]
    assert "while Teresa Lindqvist (entry 12 of memberships) and Marcus Hale" in message
    assert "than the 2 that version 1.0 of its rules of procedure" in message
    assert "(dcyf-oversight-board-bylaws) allows" in message


def test_both_co_chairs_seats_count_in_the_quorum(run_cli: Any, repo: Path) -> None:
    _replace(
        repo, MEETING, "{person: nora-lindgren}", "{person: nora-lindgren, attendance: excused}"
    )
    _replace(repo, MEETING, "{in_favour: 10, against: 0}", "{in_favour: 9, against: 0}")
    found = _findings(run_cli, repo)
    assert {"quorum-not-met"} == {f["name"] for f in found}
    assert all("9 voting members present; the quorum is 10" in f["message"] for f in found)
    assert all("20 voting members" in f["message"] for f in found)


def test_the_site_shows_how_many_chairs_the_rules_allow(repo: Path) -> None:
    site = repo / "site"
    run = docket("site", "--root", str(repo), "-o", str(site), "--as-of", AS_OF)
    assert run.code == 0, run.err
    pages = [p.read_text("utf-8") for p in site.rglob("*.html")]
    assert any("Chairs at a time" in page for page in pages)


def test_the_bylaws_as_an_attachment_say_how_many_chairs(repo: Path) -> None:
    _replace(
        repo,
        MEETING,
        "    minutes: None.\n",
        '    minutes: None.\n    attachments:\n      - number: "3.1"\n        title: Bylaws\n'
        '        document: dcyf-oversight-board-bylaws\n        version: "1.0"\n',
    )
    target = repo / "minutes.docx"
    run = docket(
        "render",
        "minutes",
        "dcyf-oversight-board-1",
        "--root",
        str(repo),
        "--to",
        "docx",
        "--attachments",
        "-o",
        str(target),
    )
    assert [".docx"] == list(written(run))
    assert "Chairs at a time: 2." in text_of(target)
