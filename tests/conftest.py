"""Shared fixtures: the repository root, and running the real CLI in-process."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from docket.cli.main import main

REPO_ROOT = Path(__file__).resolve().parent.parent


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
