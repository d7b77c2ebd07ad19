"""Shared fixtures: the repository root, and running the real CLI in-process."""

from __future__ import annotations

import json
import os
import shutil
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
