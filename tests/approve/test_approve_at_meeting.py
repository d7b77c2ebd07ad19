"""docket approve minutes MEETING --at LATER: the minutes approved (and signed) at the body's
next meeting, the way most Danish boards approve them, on the University of Copenhagen board's
record (tests/examples/ku-bestyrelse)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

RECORD = Path(__file__).parents[1] / "examples" / "ku-bestyrelse"
BODY = "koebenhavns-universitet-board"
FIRST = f"meetings/{BODY}/2024-06-19-{BODY}-1.yaml"
APPROVAL = (
    "status: minutes-approved\n",
    "minutes_approved: 2024-09-25\n",
    f"minutes_approval: {{method: meeting, reference: {BODY}-2}}\n",
)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The record with the first meeting's minutes back in draft."""
    target = tmp_path / "ku"
    shutil.copytree(RECORD, target, ignore=shutil.ignore_patterns("import", "SOURCES.md"))
    file = target / FIRST
    text = file.read_text("utf-8")
    for line in APPROVAL:
        text = text.replace(line, "")
    file.write_text(text.replace("minutes_sent:", "status: minutes-draft\nminutes_sent:"), "utf-8")
    return target


def _approve(run_cli: Any, repo: Path, *extra: str) -> Any:
    return run_cli("approve", "minutes", f"{BODY}-1", "--root", str(repo), *extra)


def test_the_approval_at_the_next_meeting_is_recorded_in_place(run_cli: Any, repo: Path) -> None:
    result = _approve(run_cli, repo, "--at", f"{BODY}-2")
    assert 0 == result.code, result.err
    assert f"recorded the approval of the minutes of {BODY}-1 at {BODY}-2 on 2024-09-25" in (
        result.out
    )
    record = YAML(typ="safe").load((repo / FIRST).read_text("utf-8"))
    assert ("minutes-approved", "2024-09-25", {"method": "meeting", "reference": f"{BODY}-2"}) == (
        record["status"], str(record["minutes_approved"]), record["minutes_approval"],
    )  # fmt: skip
    check = run_cli("check", "--root", str(repo), "--as-of", "2024-10-05", "--format", "json")
    assert [] == check.json()["findings"]


def test_an_approval_within_the_comment_period_is_refused(run_cli: Any, repo: Path) -> None:
    file = repo / FIRST
    file.write_text(
        file.read_text("utf-8").replace("minutes_sent: 2024-06-28", "minutes_sent: 2024-09-20"),
        "utf-8",
    )
    before = file.read_text("utf-8")
    result = _approve(run_cli, repo, "--at", f"{BODY}-2")
    assert 2 == result.code
    assert f"may comment on the minutes of {BODY}-1 until 2024-09-27" in result.err
    assert before == file.read_text("utf-8")


def test_a_meeting_before_the_minutes_cannot_approve_them(run_cli: Any, repo: Path) -> None:
    result = run_cli("approve", "minutes", f"{BODY}-2", "--root", str(repo), "--at", f"{BODY}-1")
    assert 2 == result.code
    assert "is not after" in result.err


def test_reviews_and_a_meeting_together_are_a_usage_error(
    run_cli: Any, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        _approve(run_cli, repo, "--at", f"{BODY}-2", "--reviews", "reviews.json")
    assert 2 == stopped.value.code
    assert "not allowed with argument" in capsys.readouterr().err


def test_a_meeting_not_yet_held_cannot_approve_them(run_cli: Any, repo: Path) -> None:
    second = repo / f"meetings/{BODY}/2024-09-25-{BODY}-2.yaml"
    text = second.read_text("utf-8").replace("status: minutes-draft\n", "status: planned\n")
    second.write_text(text.replace("minutes_sent: 2024-10-02\n", ""), "utf-8")
    result = _approve(run_cli, repo, "--at", f"{BODY}-2")
    assert 2 == result.code
    assert f"{BODY}-2 is planned: record the approval once that meeting was held" in result.err


def test_a_meeting_of_another_body_cannot_approve_them(run_cli: Any, repo: Path) -> None:
    made = run_cli(
        "new", "body", "--root", str(repo), "--id", "revisionsudvalget", "--type", "committee",
        "--name", "Revisionsudvalget", "--reports-to", BODY,
    )  # fmt: skip
    assert 0 == made.code, made.err
    planned = run_cli(
        "new", "meeting", "--root", str(repo), "--body", "revisionsudvalget",
        "--date", "2024-10-01",
    )  # fmt: skip
    assert 0 == planned.code, planned.err
    result = _approve(run_cli, repo, "--at", "revisionsudvalget-1")
    assert 2 == result.code
    assert "revisionsudvalget-1 is a meeting of revisionsudvalget" in result.err
