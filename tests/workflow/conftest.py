"""Fixtures for the workflow tests: fresh copies of the data repositories under data/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parents[1] / "seed" / "ngc-twg-meeting-1-2025-04-24.txt"
WG_1 = "meetings/wg/2025-03-03-wg-1.yaml"


@pytest.fixture
def wg_repo(tmp_path: Path) -> Path:
    """The working-group repository: rules in working days, one meeting full of comments."""
    repo = tmp_path / "wg"
    shutil.copytree(DATA / "repo", repo)
    return repo


@pytest.fixture
def ngc_repo(tmp_path: Path) -> Path:
    """People, organisations and the twg body of NGC, without meetings."""
    repo = tmp_path / "ngc"
    shutil.copytree(DATA / "ngc", repo)
    return repo


def inserted(old: str, new: str, text: str) -> bool:
    """Whether ``new`` is ``old`` with ``text`` inserted at one place, every other byte kept."""
    return any(
        new == old[:at] + text + old[at:] for at in range(len(old) + 1) if new.startswith(old[:at])
    )
