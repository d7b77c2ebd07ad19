"""A real public record in docket's format: a named vote with minority statements from the
minutes of Fredensborg Byråd, 19 December 2016 (tests/examples/fredensborg/README.md has the
source). docket checks it clean, renders the vote as the minutes give it, and catches a
miscount, a conflicted voter, a voter recorded absent or a file named for another day planted
in it; a member listed three times, a membership that ends before it starts, two titles from the
same day and minutes approved before the meeting are each one finding."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.render.conftest import docket, written
from tests.render.extract import text_of

RECORD = Path(__file__).parent / "fredensborg"
MEETING = "meetings/byraadet/2016-12-19-byraadet.yaml"
AS_OF = "2017-01-15"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "fredensborg"
    shutil.copytree(RECORD, target)
    return target


def _findings(run_cli: Any, repo: Path) -> list[str]:
    result = run_cli(
        "check", "--root", str(repo), "--as-of", AS_OF, "--format", "json", "--no-cache"
    )
    assert result.code in (0, 1), result.err
    return [f["name"] for f in result.json()["findings"]]


def test_the_public_record_checks_clean(run_cli: Any, repo: Path) -> None:
    assert [] == _findings(run_cli, repo)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_named_vote_and_the_minority_statements_are_rendered(repo: Path, fmt: str) -> None:
    run = docket(
        "render", "minutes", "byraadet-2016-12-19", "--root", str(repo), "--to", fmt,
        "-o", str(repo / f"minutes.{fmt}"),
    )  # fmt: skip
    text = text_of(written(run)[f".{fmt}"])
    assert "Afstemning: 20 for (Bo Hilsted, Carsten Nielsen," in text
    assert "6 imod (Kristian Heegaard, Lars Simonsen, Ulla Hardy-Hansen, Hossein Armandi, " in text
    assert "Mindretalsudtalelse fra Hanne Berg og Henriette Brandt Pedersen:" in text


def test_one_vote_too_many_is_found(run_cli: Any, repo: Path) -> None:
    file = repo / MEETING
    file.write_text(
        file.read_text("utf-8").replace("in_favour: 20", "in_favour: 21"), encoding="utf-8"
    )
    assert ["votes-exceed-entitled"] == _findings(run_cli, repo)


def test_a_conflicted_member_among_the_voters_is_found(run_cli: Any, repo: Path) -> None:
    file = repo / MEETING
    text = file.read_text("utf-8").replace(
        "    kind: decision\n", "    kind: decision\n    conflicts:\n      - {person: hanne-berg}\n"
    )
    file.write_text(text, encoding="utf-8")
    assert ["conflict-member-voted", "votes-exceed-entitled"] == sorted(_findings(run_cli, repo))


def test_a_voter_recorded_absent_is_found(run_cli: Any, repo: Path) -> None:
    file = repo / MEETING
    text = file.read_text("utf-8").replace(
        "  - {person: hanne-berg}\n", "  - {person: hanne-berg, attendance: excused}\n"
    )
    file.write_text(text, encoding="utf-8")
    # her vote against and her minority statement; and the vote now counts one voter too many
    expected = ["attendance-contradiction", "attendance-contradiction", "votes-exceed-entitled"]
    assert expected == sorted(_findings(run_cli, repo))


def test_a_file_named_for_another_day_is_found(run_cli: Any, repo: Path) -> None:
    (repo / MEETING).rename(repo / MEETING.replace("2016-12-19", "2016-12-20"))
    assert ["meeting-file-misplaced"] == _findings(run_cli, repo)


def test_a_member_listed_three_times_is_one_finding(run_cli: Any, repo: Path) -> None:
    file = repo / MEETING
    line = "  - {person: hanne-berg}\n"
    file.write_text(file.read_text("utf-8").replace(line, line * 3), encoding="utf-8")
    assert ["attendance-contradiction"] == _findings(run_cli, repo)


def test_a_membership_ending_before_it_starts_is_one_finding(run_cli: Any, repo: Path) -> None:
    # Hanne Berg voted against: counted out, the vote would exceed the members who could vote
    file = repo / "governance" / "bodies" / "byraadet.yaml"
    text = file.read_text("utf-8").replace(
        "  - {person: hanne-berg}\n",
        "  - {person: hanne-berg, start: 2014-01-01, end: 2013-12-31}\n",
    )
    file.write_text(text, encoding="utf-8")
    assert ["date-range-reversed"] == _findings(run_cli, repo)


def test_two_titles_from_the_same_day_are_found(run_cli: Any, repo: Path) -> None:
    file = repo / "governance" / "people.yaml"
    text = file.read_text("utf-8").replace(
        '  - {id: hanne-berg, name: Hanne Berg, title: "F"}\n',
        '  - id: hanne-berg\n    name: Hanne Berg\n    title: "F"\n    changes:\n'
        '      - {effective: 2017-01-01, title: "F, formand"}\n'
        '      - {effective: 2017-01-01, title: "F, næstformand"}\n',
    )
    file.write_text(text, encoding="utf-8")
    assert ["change-conflict"] == _findings(run_cli, repo)


def test_minutes_approved_before_the_meeting_are_one_finding(run_cli: Any, repo: Path) -> None:
    file = repo / MEETING
    text = file.read_text("utf-8").replace(
        "status: minutes-approved\n",
        "status: minutes-approved\nminutes_sent: 2016-12-20\nminutes_approved: 2015-12-21\n",
    )
    file.write_text(text, encoding="utf-8")
    assert ["meeting-dates-out-of-order"] == _findings(run_cli, repo)
