"""A repository with findings of every level, for the reporters' tests: a file that is not
YAML (DK001, error), an unused waiver (DK090, warning) and a decision item without a decision
(DK101, configured to info)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
REPO_ROOT = TESTS.parent
BASE = TESTS / "checks" / "base"
DATA = TESTS / "config" / "data"
MEETING = "meetings/wg/2025-03-03-wg-1.yaml"
BROKEN = "meetings/wg/broken.yaml"
AS_OF = "2025-04-01"
CONFIG = """\
select = ["decision-missing"]

[checks.decision-missing]
level = "info"

[[waivers]]
check = "decision-missing"
object = "wg-9-budget"
reason = "a typo: this waiver waives nothing"
"""


@pytest.fixture
def mixed_repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    shutil.copyfile(DATA / "meeting-without-decision.yaml", root / MEETING)
    shutil.copyfile(DATA / "yaml-syntax-error.yaml", root / BROKEN)
    (root / "docket.toml").write_text(CONFIG, encoding="utf-8")
    return root
