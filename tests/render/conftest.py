"""Fixtures for the rendering tests: a small NGC-like repository and the real CLI."""

from __future__ import annotations

import contextlib
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from docket.cli.main import main

FIXTURE = Path(__file__).parent / "repo"
"""A small repository in the shape of the NGC data: the twg's first meeting (abridged, with an
internal item) and the board's first meeting (with a confidential item)."""

CONFIDENTIAL = "FORTROLIGT-KONTRAKT-3"
"""Appears only in the board's confidential item 3."""

INTERNAL = "INTERNT-HEMMELIGT-7"
"""Appears only in the twg's internal item 7 and the outcomes recorded under it."""


@dataclass
class Run:
    code: int
    out: str
    err: str


def docket(*args: str) -> Run:
    """Run the real ``docket`` entry point, capturing its output (usable at any scope)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return Run(code, out.getvalue(), err.getvalue())


def copy_fixture(target: Path) -> Path:
    repo = target / "repo"
    shutil.copytree(FIXTURE, repo)
    return repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A fresh copy of the fixture repository (outside git) that a test may change."""
    return copy_fixture(tmp_path)


@pytest.fixture(scope="module")
def shared_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the fixture repository for the tests of a module that only read it."""
    return copy_fixture(tmp_path_factory.mktemp("shared"))


def written(run: Run) -> dict[str, Path]:
    """The files a command says it wrote, by suffix."""
    assert run.code == 0, run.err
    paths = [Path(line) for line in run.out.splitlines() if line.strip()]
    return {path.suffix: path for path in paths}
