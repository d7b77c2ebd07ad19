"""docket remind --sync-issues: one GitHub issue per party, kept up to date through gh.

gh is replaced by tests/remind/fake_gh.py, which replays the recorded answers in
tests/remind/gh/ and logs every call; the shipped NGC record as of 2025-04-25 gives reminders
for two parties, the board and NGC.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from docket.pipeline import load_corpus
from docket.remind.github_issues import Issue, Verb, issue_body, issue_title, parse_issues, plan
from docket.remind.report import build

HERE = Path(__file__).parent
REPO_ROOT = HERE.parent.parent
AS_OF = "2025-04-25"


@pytest.fixture
def gh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A gh executable that replays the answers of ``answers`` and logs its calls."""
    log = tmp_path / "gh-calls.jsonl"
    executable = tmp_path / "gh"
    executable.write_text(
        f"#!{sys.executable}\nimport runpy, sys\n"
        f"sys.argv[0] = {str(HERE / 'fake_gh.py')!r}\n"
        f"runpy.run_path({str(HERE / 'fake_gh.py')!r}, run_name='__main__')\n",
        encoding="utf-8",
    )
    executable.chmod(0o755)
    monkeypatch.setenv("FAKE_GH_LOG", str(log))

    def use(answers: str) -> tuple[str, Path]:
        monkeypatch.setenv("FAKE_GH_ANSWERS", str(HERE / "gh" / answers))
        return str(executable), log

    return use


def calls(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def sync(run_cli: Any, executable: str) -> Any:
    return run_cli(
        "remind",
        "--root",
        str(REPO_ROOT),
        "--as-of",
        AS_OF,
        "--sync-issues",
        "--repo",
        "ngc/governance",
        "--gh",
        executable,
    )


def test_first_run_opens_one_issue_per_party(run_cli: Any, gh: Any) -> None:
    executable, log = gh("answers-first-run.json")
    result = sync(run_cli, executable)
    assert 0 == result.code, result.err
    made = calls(log)
    assert ["label create", "issue list", "issue create", "issue create"] == [
        " ".join(c["argv"][:2]) for c in made
    ]
    listing = made[1]["argv"]
    assert ["--label", "docket-remind", "--state", "all"] == listing[4:8]
    creates = [c for c in made if c["argv"][:2] == ["issue", "create"]]
    titles = [c["argv"][c["argv"].index("--title") + 1] for c in creates]
    assert [
        "Påmindelser: Den nationale bestyrelse for drift af Den Nationale Genomdatabase",
        "Påmindelser: NGC",
    ] == titles
    assert all(["--repo", "ngc/governance"] == c["argv"][2:4] for c in creates)
    assert creates[0]["stdin"].startswith("<!-- docket-remind: board -->\n")
    assert "Send dagsordenen til møde 1 i den nationale bestyrelse" in creates[0]["stdin"]
    assert "<!-- docket-remind: ngc -->" in creates[1]["stdin"]
    assert "Send udkast til referat af møde 1 i den tekniske arbejdsgruppe" in creates[1]["stdin"]
    assert "rka@ngc.dk" not in "".join(c["stdin"] for c in creates)


def test_later_run_edits_reopens_closes_and_never_duplicates(run_cli: Any, gh: Any) -> None:
    executable, log = gh("answers-later.json")
    result = sync(run_cli, executable)
    assert 0 == result.code, result.err
    made = [c["argv"] for c in calls(log)][2:]
    verbs = [(a[1], a[2]) for a in made]
    assert [
        ("reopen", "2"),  # the board: closed, now something is due again
        ("edit", "2"),
        ("close", "8"),  # a second open issue for NGC: closed as a duplicate of #3
        ("edit", "3"),  # NGC's issue: new text
        ("close", "6"),  # the steering group: nothing due any more
    ] == verbs
    assert "Duplicate of #3" in made[2][made[2].index("--comment") + 1]
    assert "Intet udestår pr. 25. april 2025" in made[4][made[4].index("--comment") + 1]
    assert not any(a[1] == "create" for a in made)
    assert "reopen #2: board" in result.out


def test_an_issue_already_up_to_date_is_left_alone() -> None:
    corpus, _, _ = load_corpus(REPO_ROOT)
    reminders = build(corpus, date(2025, 4, 25), 14)
    current = [
        Issue(10 + i, issue_title(g), issue_body(corpus, g, reminders), True)
        for i, g in enumerate(reminders.groups)
    ]
    assert {Verb.KEEP} == {action.verb for action in plan(corpus, reminders, current)}


def test_an_answer_that_is_not_json_stops_with_exit_2(run_cli: Any, gh: Any) -> None:
    executable, _ = gh("answers-broken.json")
    result = sync(run_cli, executable)
    assert 2 == result.code
    assert "gh issue list did not answer JSON" in result.err


def test_a_failing_gh_call_stops_with_its_message(run_cli: Any, gh: Any) -> None:
    executable, _ = gh("answers-label-only.json")
    result = sync(run_cli, executable)
    assert 2 == result.code
    assert "'" + executable + " issue list' failed (1): unknown command: issue list" in result.err


def test_a_missing_gh_is_a_usage_error(run_cli: Any, tmp_path: Path) -> None:
    result = sync(run_cli, str(tmp_path / "no-gh-here"))
    assert 2 == result.code
    assert "could not run" in result.err


def test_issues_are_read_from_gh_json() -> None:
    text = (HERE / "gh" / "issue-list-later.json").read_text(encoding="utf-8")
    issues = parse_issues(text)
    assert [(3, "ngc", True), (2, "board", False)] == [
        (i.number, i.actor, i.open) for i in issues[:2]
    ]
    assert None is issues[-1].actor
