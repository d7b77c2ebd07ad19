"""The suite needs nothing beside the repository: a fresh clone passes (vendored files live in
tests/vendor/ with their source and licence). This guards against a path that reaches out of the
checkout again, as the SARIF schema test once did with the folder beside it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import REPO_ROOT

OUTSIDE = re.compile(r"""\.\./shared|/ *["']shared["']|REPO_ROOT\.parent\b|/work/""")


def _sources() -> list[Path]:
    return [*sorted((REPO_ROOT / "tests").rglob("*.py")), REPO_ROOT / "noxfile.py"]


def test_no_test_reads_outside_the_repository() -> None:
    here = Path(__file__).resolve()
    offending = [
        f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}"
        for path in _sources()
        if path.resolve() != here
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert [] == offending


def test_vendored_files_name_their_source() -> None:
    folders = [p for p in (REPO_ROOT / "tests" / "vendor").iterdir() if p.is_dir()]
    assert folders
    assert [] == [p.name for p in folders if not (p / "SOURCE.md").is_file()]
