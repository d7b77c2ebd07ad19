"""Repositories for the configuration tests: copies of the valid base repository in
tests/checks/base/, with a meeting whose decision item records no decision (one
decision-missing finding at meetings/wg/2025-03-03-wg-1.yaml:24:11, subject wg-1-budget)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
BASE = TESTS / "checks" / "base"
DATA = Path(__file__).resolve().parent / "data"
MEETING = "meetings/wg/2025-03-03-wg-1.yaml"
AS_OF = "2025-04-01"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the base repository with one decision-missing finding."""
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    shutil.copyfile(DATA / "meeting-without-decision.yaml", root / MEETING)
    return root
