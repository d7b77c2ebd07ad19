"""docket approve minutes: approval by pull-request review, decided by the rules in force.

The repository is tests/checks/base with tests/approve/overlay laid over it: the working group's
rules from April 2025 give a comment period of 10 working days and let three quarters of the
voting members (3 of alice, bob, carol, dave) approve minutes by review. Meeting wg-2's draft
went out on 2025-04-10, so comments run until 2025-04-29 (across Easter). The review answers are
in tests/approve/reviews/ (see its README).
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.conftest import CliResult

HERE = Path(__file__).parent
BASE = HERE.parent / "checks" / "base"
REVIEWS = HERE / "reviews"
MEETING = "meetings/wg/2025-04-07-wg-2.yaml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    shutil.copytree(BASE, folder)
    shutil.copytree(HERE / "overlay", folder, dirs_exist_ok=True)
    return folder


def approve(run_cli: Any, repo: Path, reviews: str, as_of: str, *extra: str) -> CliResult:
    result: CliResult = run_cli(
        "approve",
        "minutes",
        "wg-2",
        "--root",
        str(repo),
        "--reviews",
        str(REVIEWS / reviews),
        "--as-of",
        as_of,
        *extra,
    )
    return result


def meeting(repo: Path) -> Any:
    return YAML(typ="safe").load((repo / MEETING).read_text(encoding="utf-8"))


def test_approved_in_time_is_recorded_with_who_and_how(run_cli: Any, repo: Path) -> None:
    reference = "https://github.com/acme/governance/pull/12"
    result = approve(run_cli, repo, "approved-in-time.json", "2025-04-30", "--reference", reference)
    assert 0 == result.code, result.out + result.err
    assert "approved on 2025-04-30 by 3 of 4 voting members (3 needed)" in result.out
    data = meeting(repo)
    assert ("minutes-approved", date(2025, 4, 30)) == (data["status"], data["minutes_approved"])
    assert {"method": "review", "by": ["alice", "bob", "carol"], "reference": reference} == data[
        "minutes_approval"
    ]


def test_the_edit_keeps_every_other_byte(run_cli: Any, repo: Path) -> None:
    before = (repo / MEETING).read_text(encoding="utf-8")
    assert 0 == approve(run_cli, repo, "approved-in-time.json", "2025-04-30").code
    after = (repo / MEETING).read_text(encoding="utf-8")
    assert "status: minutes-approved   # the draft is out for comments\n" in after
    assert "minutes_sent: 2025-04-10  # 10 working days across Easter" in after
    kept = [line for line in before.splitlines() if not line.startswith("status:")]
    assert [] == [line for line in kept if line not in after.splitlines()]
    assert 0 == run_cli("check", "--root", str(repo), "--as-of", "2025-05-01").code


def test_too_early_names_the_last_comment_day(run_cli: Any, repo: Path) -> None:
    before = (repo / MEETING).read_bytes()
    result = approve(run_cli, repo, "approved-in-time.json", "2025-04-29")
    assert 1 == result.code
    assert (
        "missing: the comment period runs until 2025-04-29 (10 working days after the draft was "
        "sent on 2025-04-10, wg-rules version 2.0): the minutes can be approved from 2025-04-30"
    ) in result.out
    # carol's review came at 00:30 on 30 April, Copenhagen time: not yet on the 29th
    assert "missing: 2 of 4 voting members approved; 3 must (wg-rules version 2.0): 1 more" in (
        result.out
    )
    assert before == (repo / MEETING).read_bytes()


def test_too_few_members_says_how_many_more(run_cli: Any, repo: Path) -> None:
    result = approve(run_cli, repo, "too-few.json", "2025-05-02")
    assert 1 == result.code
    assert "missing: 2 of 4 voting members approved; 3 must (wg-rules version 2.0): 1 more" in (
        result.out
    )
    assert "approved so far: Alice Andersen, Bob Berg" in result.out
    assert "minutes-draft" == meeting(repo)["status"]


def test_non_members_and_strangers_are_named_and_not_counted(run_cli: Any, repo: Path) -> None:
    result = approve(run_cli, repo, "non-member.json", "2025-05-02")
    assert 1 == result.code
    assert "2 of 4 voting members approved" in result.out
    assert (
        "note: Gustav Gæst (@gustav) approved but is not a voting member of wg on 2025-05-02"
        in result.out
    )
    assert "note: Sara Sekretær (@sara-sek) approved but is not a voting member" in result.out
    assert "note: @octo-stranger approved but no person has github: octo-stranger" in result.out


def test_an_open_change_request_blocks_even_with_enough_approvals(run_cli: Any, repo: Path) -> None:
    result = approve(run_cli, repo, "changes-requested.json", "2025-05-02")
    assert 1 == result.code
    assert (
        "missing: Dave Dahl (@dave-dahl) requested changes on 2025-04-29 and has not approved since"
    ) in result.out
    assert "3 of 4" not in result.out


def test_a_change_request_followed_by_approval_counts_as_approval(run_cli: Any, repo: Path) -> None:
    early = approve(run_cli, repo, "changes-then-approved.json", "2025-05-01", "--dry-run")
    assert 1 == early.code
    assert "Dave Dahl (@dave-dahl) requested changes" in early.out
    result = approve(run_cli, repo, "changes-then-approved.json", "2025-05-02")
    assert 0 == result.code, result.out
    assert ["alice", "bob", "dave"] == meeting(repo)["minutes_approval"]["by"]


def test_a_dismissed_review_does_not_count(run_cli: Any, repo: Path) -> None:
    result = approve(run_cli, repo, "dismissed.json", "2025-05-02")
    assert 1 == result.code
    assert "2 of 4 voting members approved" in result.out


def test_dry_run_judges_without_writing(run_cli: Any, repo: Path) -> None:
    before = (repo / MEETING).read_bytes()
    result = approve(run_cli, repo, "approved-in-time.json", "2025-04-30", "--dry-run")
    assert 0 == result.code
    assert before == (repo / MEETING).read_bytes()


def test_already_approved_minutes_are_left_alone(run_cli: Any, repo: Path) -> None:
    assert 0 == approve(run_cli, repo, "approved-in-time.json", "2025-04-30").code
    again = approve(run_cli, repo, "approved-in-time.json", "2025-05-05")
    assert 0 == again.code
    assert "already approved on 2025-04-30" in again.out
    assert date(2025, 4, 30) == meeting(repo)["minutes_approved"]


def test_the_meeting_may_be_named_by_its_file(run_cli: Any, repo: Path) -> None:
    result = run_cli(
        "approve",
        "minutes",
        MEETING,
        "--root",
        str(repo),
        "--as-of",
        "2025-04-30",
        "--reviews",
        str(REVIEWS / "approved-in-time.json"),
        "--dry-run",
    )
    assert 0 == result.code, result.err


def test_rules_without_a_count_cannot_approve(run_cli: Any, repo: Path) -> None:
    rules = repo / "governance" / "rules" / "wg-rules.yaml"
    text = rules.read_text(encoding="utf-8")
    text = text.replace("      minutes_approval_share: 0.75\n", "").replace("      quorum: 3\n", "")
    rules.write_text(text, encoding="utf-8")
    result = approve(run_cli, repo, "approved-in-time.json", "2025-04-30")
    assert 1 == result.code
    assert "sets neither a quorum nor minutes_approval_share" in result.out


def test_minutes_never_sent_cannot_be_approved(run_cli: Any, repo: Path) -> None:
    path = repo / MEETING
    sent = "minutes_sent: 2025-04-10  # 10 working days across Easter: comments until 2025-04-29\n"
    path.write_text(path.read_text(encoding="utf-8").replace(sent, ""), encoding="utf-8")
    result = approve(run_cli, repo, "approved-in-time.json", "2025-04-30")
    assert 1 == result.code
    assert "the draft minutes were never sent for comments" in result.out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "reviews.json:1:2: not JSON"),
        ('{"message": "Not Found"}', "expected a list of reviews, found dict"),
        ('[{"state": "APPROVED"}]', "review 1 lacks user.login"),
        ('[{"user": {"login": "a"}, "state": "LOVED"}]', "review 1 lacks user.login, a known"),
    ],
)
def test_a_bad_reviews_file_is_a_usage_error(
    run_cli: Any, repo: Path, tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "reviews.json"
    bad.write_text(content, encoding="utf-8")
    result = run_cli(
        "approve",
        "minutes",
        "wg-2",
        "--root",
        str(repo),
        "--reviews",
        str(bad),
        "--as-of",
        "2025-04-30",
    )
    assert 2 == result.code
    assert message in result.err


def test_an_unknown_meeting_suggests_the_nearest(run_cli: Any, repo: Path) -> None:
    result = run_cli(
        "approve",
        "minutes",
        "wg-3",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-30",
        "--reviews",
        str(REVIEWS / "too-few.json"),
    )
    assert 2 == result.code
    assert "no meeting has the id 'wg-3'" in result.err


def test_paginated_answers_are_joined(run_cli: Any, repo: Path, tmp_path: Path) -> None:
    reviews = (REVIEWS / "approved-in-time.json").read_text(encoding="utf-8")
    pages = tmp_path / "pages.json"
    pages.write_text(f"[{reviews}, []]", encoding="utf-8")
    result = run_cli(
        "approve",
        "minutes",
        "wg-2",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-30",
        "--reviews",
        str(pages),
        "--dry-run",
    )
    assert 0 == result.code, result.out + result.err


def test_drafts_only_passes_over_meetings_without_draft_minutes(run_cli: Any, repo: Path) -> None:
    result = run_cli(
        "approve",
        "minutes",
        "meetings/wg/2025-03-03-wg-1.yaml",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-30",
        "--reviews",
        str(REVIEWS / "too-few.json"),
        "--drafts-only",
    )
    assert (0, "wg-1: status minutes-approved, no draft minutes to approve\n") == (
        result.code,
        result.out,
    )
    judged = approve(run_cli, repo, "too-few.json", "2025-05-02", "--drafts-only")
    assert 1 == judged.code


def test_a_review_by_a_deleted_account_is_named_and_not_counted(
    run_cli: Any, repo: Path, tmp_path: Path
) -> None:
    reviews = json.loads((REVIEWS / "approved-in-time.json").read_text(encoding="utf-8"))
    reviews[0]["user"] = None
    saved = tmp_path / "reviews.json"
    saved.write_text(json.dumps(reviews), encoding="utf-8")
    result = run_cli(
        "approve",
        "minutes",
        "wg-2",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-30",
        "--reviews",
        str(saved),
        "--dry-run",
    )
    assert 1 == result.code
    assert "note: @ghost approved but no person has github: ghost; not counted" in result.out
    assert "2 of 4 voting members approved" in result.out
