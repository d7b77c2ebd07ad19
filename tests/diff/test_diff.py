"""docket diff on a real git repository: two commits of the base repository, changes between.

The first commit is tests/checks/base/ with the files of states/base/ laid over it, the second
lays states/head/ over that. The expected changes below are what a reviewer should be told.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
BASE_REPOSITORY = HERE.parent / "checks" / "base"
STATES = HERE / "states"
AS_OF = "2025-07-01"


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        [
            "git",
            "-C",
            str(repo),
            "-c",
            "user.name=Docket Test",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def lay_over(state: Path, repo: Path) -> None:
    shutil.copytree(state, repo, dirs_exist_ok=True)


def commit(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Path, str, str]:
    """A git repository with two commits: (folder, base commit, head commit)."""
    folder = tmp_path / "governance-repo"
    shutil.copytree(BASE_REPOSITORY, folder)
    lay_over(STATES / "base", folder)
    git(folder, "init", "-q", "-b", "main")
    base = commit(folder, "base")
    lay_over(STATES / "head", folder)
    head = commit(folder, "head")
    return folder, base, head


def changes_of(result: Any, section: str) -> set[tuple[str, str]]:
    return {
        (c["action"], c["subject"]) for c in result.json()["changes"] if c["section"] == section
    }


def diff_json(run_cli: Any, repo: Path, *revisions: str) -> Any:
    result = run_cli("diff", *revisions, "--root", str(repo), "--as-of", AS_OF, "--format", "json")
    assert result.code == 0, result.err
    return result


def test_meeting_status_change_and_move_are_listed(run_cli: Any, repo: Any) -> None:
    folder, base, head = repo
    result = diff_json(run_cli, folder, base, head)
    assert {
        ("status-changed", "wg-2"),
        ("moved", "wg-2"),
        ("edited", "wg-2"),
        ("edited", "wg-1"),
    } == changes_of(result, "meetings")
    moved = next(c for c in result.json()["changes"] if c["action"] == "moved")
    assert ("2025-06-02 13:00-15:00", "2025-06-09 13:00-15:00") == (moved["before"], moved["after"])


def test_recorded_decisions_are_listed(run_cli: Any, repo: Any) -> None:
    folder, base, head = repo
    result = diff_json(run_cli, folder, base, head)
    assert {("recorded", "wg-1-strategy-adopted"), ("recorded", "wg-2-plan-adopted")} == (
        changes_of(result, "decisions")
    )


def test_follow_ups_opened_closed_and_moved_are_listed(run_cli: Any, repo: Any) -> None:
    folder, base, head = repo
    result = diff_json(run_cli, folder, base, head)
    assert {("closed", "wg-1-fu-1"), ("moved", "wg-1-fu-2"), ("opened", "wg-2-fu-1")} == (
        changes_of(result, "follow-ups")
    )


def test_membership_joined_left_and_role_changed_are_listed(run_cli: Any, repo: Any) -> None:
    folder, base, head = repo
    result = diff_json(run_cli, folder, base, head)
    assert {("joined", "wg/erin"), ("left", "wg/dave"), ("role-changed", "wg/carol")} == (
        changes_of(result, "memberships")
    )


def test_governing_document_versions_added_and_adopted_are_listed(run_cli: Any, repo: Any) -> None:
    folder, base, head = repo
    result = diff_json(run_cli, folder, base, head)
    assert {("adopted", "wg-commission@1.0")} == changes_of(result, "commissions")
    assert {("added", "wg-rules@2.0")} == changes_of(result, "rules-of-procedure")


def test_findings_introduced_and_resolved_are_compared_by_subject(run_cli: Any, repo: Any) -> None:
    folder, base, head = repo
    result = diff_json(run_cli, folder, base, head)
    decision_missing = {
        (c["action"], c["subject"])
        for c in result.json()["changes"]
        if c["section"] == "findings" and "DK101" in c["summary"]
    }
    assert {("introduced", "wg-2-budget"), ("resolved", "wg-1-strategy")} == decision_missing


def test_a_finding_on_a_moved_line_is_not_reported_as_changed(run_cli: Any, repo: Any) -> None:
    folder, _, head = repo
    record = folder / "meetings" / "wg" / "2025-06-02-wg-2.yaml"
    record.write_text("# moved down two lines\n\n" + record.read_text("utf-8"), encoding="utf-8")
    moved = commit(folder, "comment")
    result = diff_json(run_cli, folder, head, moved)
    assert [] == result.json()["changes"]


def test_head_defaults_to_the_working_tree(run_cli: Any, repo: Any) -> None:
    folder, _, head = repo
    record = folder / "meetings" / "wg" / "2025-06-02-wg-2.yaml"
    record.write_text(
        record.read_text("utf-8").replace("status: held", "status: minutes-draft"), "utf-8"
    )
    result = diff_json(run_cli, folder, head)
    assert "working tree" == result.json()["head"]
    assert {("status-changed", "wg-2")} == changes_of(result, "meetings")


def test_markdown_groups_changes_under_headings_and_escapes_the_data(
    run_cli: Any, repo: Any
) -> None:
    folder, base, head = repo
    result = run_cli("diff", base, head, "--root", str(folder), "--as-of", AS_OF, "--format",
                     "md", "--lang", "en")  # fmt: skip
    assert 0 == result.code, result.err
    text = result.out
    assert text.startswith("## Governance changes\n")
    for heading in (
        "Meetings",
        "Decisions",
        "Follow-ups",
        "Memberships",
        "Commissions",
        "Rules of procedure",
        "Findings",
    ):
        assert f"\n### {heading}\n" in text
    assert "- **moved** Arbejdsgruppen meeting 2 (2025-06-09): moved from 2025-06-02" in text
    assert "\\<b\\>\\*enstemmigt\\*\\</b\\>" in text
    assert "<b>" not in text


def test_terminal_text_is_plain_in_the_bodies_language_with_fields_as_people_call_them(
    run_cli: Any, repo: Any
) -> None:
    """Without --format, the terminal gets plain text: Danish for a Danish body, no Markdown
    (no '##', '**' or backslashes), fields named as in the documents, not as in the schema."""
    folder, base, head = repo
    result = run_cli("diff", base, head, "--root", str(folder), "--as-of", AS_OF)
    assert 0 == result.code, result.err
    lines = result.out.splitlines()
    assert "Ændringer i optegnelserne" == lines[0]
    assert lines[1].endswith("; fund pr. 1. juli 2025.")
    assert "  - ny status: Arbejdsgruppen møde 2 (2025-06-09): planlagt → afholdt · " in result.out
    assert "dagsorden udsendt, deltagere, punkter ændret (punkt 1 Årshjul: " in result.out
    assert "vedtaget <b>*enstemmigt*</b>." in result.out
    assert [] == [mark for mark in ("\\", "**", "##") if mark in result.out]
    edits = [line for line in lines if line.startswith("  - redigeret: ")]
    assert edits
    assert [] == [line for line in edits if "_" in line]


def test_an_unknown_revision_is_a_usage_error(run_cli: Any, repo: Any) -> None:
    folder, base, _ = repo
    result = run_cli("diff", "no-such-branch", base, "--root", str(folder))
    assert 2 == result.code
    assert "'no-such-branch' is not a commit" in result.err


def test_a_folder_outside_git_is_a_usage_error(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    shutil.copytree(BASE_REPOSITORY, folder)
    result = run_cli("diff", "HEAD", "--root", str(folder))
    assert 2 == result.code
    assert "the governance repository is not in a git repository" in result.err
    assert "git init" in result.err


def test_a_repository_without_commits_says_to_commit_first(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    shutil.copytree(BASE_REPOSITORY, folder)
    git(folder, "init", "-q")
    result = run_cli("diff", "HEAD", "--root", str(folder))
    assert 2 == result.code
    assert "the git repository has no commits yet" in result.err
    assert "fetch-depth" not in result.err
