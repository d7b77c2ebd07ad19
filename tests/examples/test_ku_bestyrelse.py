"""A record nobody on the project designed for: the board of the University of Copenhagen
(Københavns Universitets bestyrelse), built from an empty folder with docket's own commands
from public sources (tests/examples/ku-bestyrelse/SOURCES.md). The real CLI checks it clean on
pinned dates, renders its minutes and the board's pack with every Danish letter, keeps the
confidential item out of what the public sees, builds the site, and imports the second
meeting's minutes into the record."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.render.conftest import docket, written
from tests.render.extract import text_of

RECORD = Path(__file__).parent / "ku-bestyrelse"
BODY = "koebenhavns-universitet-board"
FIRST = f"meetings/{BODY}/2024-06-19-{BODY}-1.yaml"
SECOND = f"meetings/{BODY}/2024-09-25-{BODY}-2.yaml"
AS_OF = "2024-10-05"
CONFIDENTIAL_TITLE = "Generel orientering fra direktion og bestyrelsesformand"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "ku"
    shutil.copytree(RECORD, target, ignore=shutil.ignore_patterns("import", "SOURCES.md"))
    return target


def _findings(run_cli: Any, repo: Path, as_of: str = AS_OF) -> list[str]:
    result = run_cli("check", "--root", str(repo), "--as-of", as_of, "--format", "json")
    assert result.code in (0, 1), result.err
    return sorted(f["name"] for f in result.json()["findings"])


def test_the_record_checks_clean(run_cli: Any, repo: Path) -> None:
    assert [] == _findings(run_cli, repo)


def test_a_follow_up_left_open_is_overdue_after_its_day(run_cli: Any, repo: Path) -> None:
    file = repo / FIRST
    text = file.read_text("utf-8")
    start = text.index(", status: closed")
    end = text.index("}", start)
    file.write_text(text[:start] + text[end:], encoding="utf-8")
    assert ["follow-up-overdue"] == _findings(run_cli, repo)


def test_minutes_left_unapproved_after_the_next_meeting_are_found(run_cli: Any, repo: Path) -> None:
    file = repo / FIRST
    text = file.read_text("utf-8")
    text = text.replace("status: minutes-approved\n", "status: minutes-draft\n")
    text = text.replace("minutes_approved: 2024-09-25\n", "")
    text = text.replace(f"minutes_approval: {{method: meeting, reference: {BODY}-2}}\n", "")
    file.write_text(text, encoding="utf-8")
    assert ["minutes-unapproved"] == _findings(run_cli, repo)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_the_minutes_keep_every_danish_letter(repo: Path, fmt: str) -> None:
    run = docket(
        "render", "minutes", f"{BODY}-1", "--root", str(repo), "--to", fmt,
        "--audience", "confidential", "-o", str(repo / f"referat.{fmt}"),
    )  # fmt: skip
    text = text_of(written(run)[f".{fmt}"])
    assert "Møde 1 i Bestyrelsen for Københavns Universitet" in text
    assert "Birgitte Vedersø" in text
    assert "Udvalgsværelse 1, Universitetsfirkanten" in text
    assert f"Pkt. 2 {CONFIDENTIAL_TITLE}" in text


def test_the_public_minutes_leave_out_the_confidential_item(repo: Path) -> None:
    run = docket(
        "render", "minutes", f"{BODY}-1", "--root", str(repo), "--to", "pdf",
        "--audience", "public", "-o", str(repo / "referat.pdf"),
    )  # fmt: skip
    text = text_of(written(run)[".pdf"])
    assert "Pkt. 3 Drøftelse af KU's anvendelse af rankings" in text
    assert CONFIDENTIAL_TITLE not in text
    assert "fortroligt af hensyn til tredjepart" not in text


def test_the_pack_for_the_second_meeting(repo: Path) -> None:
    run = docket(
        "brief", "--root", str(repo), "--as-of", "2024-09-20", "--to", "pdf",
        "-o", str(repo / "pack"),
    )  # fmt: skip
    assert 0 == run.code, run.err
    text = text_of(written(run)[".pdf"])
    assert "Møde 2, 25. september 2024" in text
    assert "Kevin Hangaard Olesen" in text
    assert "Pkt. 4 Mødeplan for 2025" in text


@pytest.mark.parametrize(
    ("audience", "flag", "title"),
    [
        ("internal", True, False),
        ("confidential", False, True),
    ],
)
def test_the_pack_says_which_item_its_edition_leaves_out(
    repo: Path, audience: str, flag: bool, title: bool
) -> None:
    run = docket(
        "brief", "--root", str(repo), "--as-of", "2024-06-10", "--to", "pdf",
        "--audience", audience, "-o", str(repo / "pack"),
    )  # fmt: skip
    text = text_of(written(run)[".pdf"])
    withheld = (
        "Pkt. 2 er ikke med i denne udgave af materialet (målgruppe: intern); det er med i "
        "udgaven for målgruppen fortrolig."
    )
    assert (flag, title) == (withheld in text, CONFIDENTIAL_TITLE in text)


def test_the_public_site_names_the_members_and_hides_the_closed_item(repo: Path) -> None:
    site = repo / "site"
    run = docket("site", "--root", str(repo), "-o", str(site))
    assert 0 == run.code, run.err
    pages = {p: p.read_text("utf-8") for p in site.rglob("*.html")}
    assert any("Birgitte Vedersø" in text for text in pages.values())
    assert [] == [p for p, text in pages.items() if CONFIDENTIAL_TITLE in text]


def test_the_second_meetings_minutes_import_as_the_next_meeting(repo: Path) -> None:
    (repo / SECOND).unlink()
    run = docket("import", str(RECORD / "import"), "--body", BODY, "--root", str(repo))
    assert 0 == run.code, run.err
    assert "1 of 1 drafts written" in run.out
    draft = (repo / SECOND).read_text("utf-8")
    assert f"id: {BODY}-2\n" in draft
    assert "title: Mødeplan for 2025\n" in draft
    assert "text: Det blev besluttet at holde seks ordinære møder i 2025.\n" in draft
    assert 3 == draft.count("outcome: adopted")
