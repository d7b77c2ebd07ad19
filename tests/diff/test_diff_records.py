"""docket diff names what issue 12's records add: a written procedure decided, a conflict of
interest declared, a substitute standing in, a vote and a minority statement, a decision that
answers forwarded input, and a person's title that changes from a date.

The base commit is examples/aadalen with these taken out; the head commit is the example as
shipped.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.diff.test_diff import commit, git

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "aadalen"

TAKEN_OUT: dict[str, list[tuple[str, str]]] = {
    "meetings/tmu/2025-05-13-tmu-3.yaml": [
        ("    conflicts:\n      - {person: nina-noergaard, reason: nabo til ejendommen}\n", "")
    ],
    "meetings/tmu/2025-06-10-tmu-4.yaml": [
        ("  - {person: mogens-mark, attendance: excused}\n", "  - {person: mogens-mark}\n"),
        ("  - {person: karen-kjaer, capacity: substitute, substitute_for: mogens-mark}\n", ""),
    ],
    "meetings/byraadet/2025-04-02-byraadet-2.yaml": [
        ("        answers: [tmu-2-i2-forward-school-routes]\n", ""),
    ],
    "governance/people.yaml": [
        ("    changes:\n      - {effective: 2025-09-01, title: direktør}\n", ""),
    ],
}


def _base_and_head(tmp_path: Path) -> tuple[Path, str, str]:
    repo = tmp_path / "aadalen"
    shutil.copytree(EXAMPLE, repo)
    for rel, edits in TAKEN_OUT.items():
        file = repo / rel
        text = file.read_text("utf-8")
        for old, new in edits:
            assert old in text, (rel, old)
            text = text.replace(old, new)
        file.write_text(text, "utf-8")
    procedure = repo / "governance" / "written-procedures" / "tmu-wp-2025-1.yaml"
    procedure.unlink()
    git(repo, "init", "-q", "-b", "main")
    base = commit(repo, "base")
    shutil.copytree(EXAMPLE, repo, dirs_exist_ok=True)
    head = commit(repo, "head")
    return repo, base, head


def test_diff_names_written_procedures_conflicts_substitutes_answers_and_titles(
    run_cli: Any, tmp_path: Path
) -> None:
    repo, base, head = _base_and_head(tmp_path)
    result = run_cli("diff", base, head, "--root", str(repo), "--as-of", "2026-01-15",
                     "--format", "json", "--lang", "en")  # fmt: skip
    assert result.code == 0, result.err
    summaries = {(c["section"], c["action"], c["summary"]) for c in result.json()["changes"]}
    texts = "\n".join(s for _, _, s in summaries)
    assert (
        "written-procedures",
        "decided",
        "Teknik- og Miljøudvalget: Høringssvar til regional trafikplan: decided 2025-07-08, "
        "adopted (4 in favour, 1 against, 0 abstaining)",
    ) in summaries
    assert "conflict of interest declared by Nina Nørgaard on item 3" in texts
    assert "Karen Kjær substitutes for Mogens Mark" in texts
    assert (
        "answers changed (vote 5 in favour, 2 against, 0 abstaining; minority statements: 1; "
        "answers tmu-2-i2-forward-school-routes)" in texts
    )
    assert ("people", "changed", "Anders Aagaard: from 2025-09-01: title direktør") in summaries


def test_markdown_diff_has_the_new_sections_in_the_bodies_language(
    run_cli: Any, tmp_path: Path
) -> None:
    repo, base, head = _base_and_head(tmp_path)
    result = run_cli(
        "diff", base, head, "--root", str(repo), "--as-of", "2026-01-15", "--format", "md"
    )
    assert result.code == 0, result.err
    assert "\n### Skriftlige procedurer\n" in result.out
    assert "\n### Personer og organisationer\n" in result.out
    assert "Karen Kjær er stedfortræder for Mogens Mark" in result.out
