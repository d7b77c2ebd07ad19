"""A reminder quotes free text as the record wrote it: forwarded input with "- " items keeps
them on lines of their own (text, e-mail) or as a nested list (Markdown, GitHub issues).

Before, the items ran together into the sentence: "...målsætningerne: - Tilføjelse af, at
infrastrukturen skal understøtte klinisk drift - Udfoldelse af, ...". The record is the shipped
NGC data, copied (governance/ and meetings/) into a repository of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.conftest import copy_ngc_record

AS_OF = "2025-04-25"
LEAD = "Arbejdsgruppen havde følgende bemærkninger til målsætningerne:"
FIRST = "Tilføjelse af, at infrastrukturen skal understøtte klinisk drift"
SECOND = "Udfoldelse af, hvordan man kan/vil understøtte forskning og klinisk produktion"


@pytest.fixture
def record(tmp_path: Path) -> Path:
    repo = tmp_path / "ngc"
    copy_ngc_record(repo, configured=False)
    return repo


def _remind(run_cli: Any, root: Path, *args: str) -> str:
    result = run_cli("remind", "--root", str(root), "--as-of", AS_OF, *args)
    assert 0 == result.code, result.err
    return str(result.out)


def test_text_keeps_the_items_of_forwarded_input_on_lines_of_their_own(
    run_cli: Any, record: Path
) -> None:
    lines = _remind(run_cli, record).splitlines()
    [sentence] = [n for n, line in enumerate(lines) if line.endswith(LEAD)]
    assert f"      - {FIRST}" == lines[sentence + 1]
    assert lines[sentence + 2].startswith(f"      - {SECOND}")
    assert lines[sentence + 3].startswith("    Kilde: ")
    assert f"{LEAD} - Tilføjelse" not in "\n".join(lines)


def test_markdown_nests_the_items_under_the_task(run_cli: Any, record: Path) -> None:
    out = _remind(run_cli, record, "--format", "markdown")
    lines = out.splitlines()
    [task] = [n for n, line in enumerate(lines) if LEAD in line]
    assert lines[task].startswith("- [ ] **frist 7. maj 2025")
    assert f"  - {FIRST}" == lines[task + 1]
    assert lines[task + 2].startswith(f"  - {SECOND}")
    assert f"{LEAD} - Tilføjelse" not in out
