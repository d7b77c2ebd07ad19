"""Shared fixtures: the repository root, and running the real CLI in-process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from docket.cli.main import main

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _cache_key_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """docket keeps the key of its caches' digests in the user's cache folder
    (``docket.digests``); the suite keeps it in a folder of its own, and so do the processes
    it starts."""
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if saved is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = saved


def copy_record(source: Path, target: Path) -> Path:
    """A repository's record (governance/, meetings/ and its configuration) copied into
    ``target``; returns ``target``."""
    for name in ("governance", "meetings"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name)
    for name in ("pyproject.toml", "docket.toml"):
        if (source / name).is_file():
            shutil.copy(source / name, target / name)
    return target


def synthetic_record(target: Path, meetings: int) -> Path:
    """A synthetic repository of ``meetings`` meetings (``benchmarks/make_synthetic.py``,
    the generator the benchmarks use) in ``target``; returns ``target``."""
    script = REPO_ROOT / "benchmarks" / "make_synthetic.py"
    subprocess.run(
        [sys.executable, str(script), str(target), "--meetings", str(meetings)],
        check=True,
        capture_output=True,
    )
    return target


def copy_ngc_record(target: Path, configured: bool = True) -> Path:
    """The shipped NGC record (governance/ and meetings/) copied into ``target``, with the
    repository's own configuration (pyproject.toml: its checks and waivers) or, when not
    ``configured``, an empty docket.toml; returns ``target``."""
    for folder in ("governance", "meetings"):
        shutil.copytree(REPO_ROOT / folder, target / folder)
    if configured:
        shutil.copy(REPO_ROOT / "pyproject.toml", target / "pyproject.toml")
    else:
        (target / "docket.toml").write_text("", encoding="utf-8")
    return target


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run ``docket ARGS`` through the real entry point; returns exit code and output."""

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
