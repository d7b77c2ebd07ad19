"""Every command the README lists works, as written, on a repository made by 'docket init'.

A new user copies the README's commands into a new repository. Each line of the README's
"Using docket" block is run from inside such a repository (no --root), with the README's example
ids replaced by the new repository's own (its board, its first meeting). The table below must list
the README's lines exactly, so a command added to the README is a command this test runs.

The one time-dependent step is the meeting the fixture plans: 60 days after today, so that
'docket check' without --as-of (as the README writes it) has nothing overdue to report.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypandoc
import pytest
from tests.conftest import REPO_ROOT

from docket.cli.main import main

BOARD = "region-x-board"
MEETING = f"{BOARD}-1"
FOUNDED = "2025-01-01"

# (the line as the README writes it, the arguments run in the new repository)
README_COMMANDS: list[tuple[str, list[str]]] = [
    ("docket check", ["check"]),
    ("docket check --as-of 2025-04-25", ["check", "--as-of", "2025-04-25"]),
    (
        "docket check --format json|github|sarif -o out.json [--audience public]",
        ["check", "--format", "json", "-o", "out.json"],
    ),
    (
        "docket check --format json|github|sarif -o out.json [--audience public]",
        ["check", "--format", "github", "-o", "out.json"],
    ),
    (
        "docket check --format json|github|sarif -o out.json [--audience public]",
        ["check", "--format", "sarif", "-o", "out.json"],
    ),
    ("docket rules", ["rules"]),
    ("docket schema [--check]", ["schema"]),
    ("docket schema [--check]", ["schema", "--check"]),
    (
        "docket brief [--as-of D] [--to pdf,docx,html,md] [--lang da|en] [--audience public] "
        "[--appendix]",
        ["brief"],
    ),
    (
        "docket render minutes twg-m1 --to pdf [--attachments]",
        ["render", "minutes", MEETING, "--to", "pdf"],
    ),
    (
        "docket new meeting --body twg --date 2025-09-16 [--number 131]",
        ["new", "meeting", "--body", BOARD, "--date", "2027-09-16"],
    ),
    (
        'docket new meeting --body twg --date 2025-10-14 --place hybrid --address "Mødelokale 2" '
        "--platform Teams",
        [
            "new",
            "meeting",
            "--body",
            BOARD,
            "--date",
            "2027-10-14",
            "--place",
            "hybrid",
            "--address",
            "Mødelokale 2",
            "--platform",
            "Teams",
        ],
    ),
    (
        "docket new follow-up ... / docket close follow-up ID --in MEETING",
        [
            "new",
            "follow-up",
            "--meeting",
            MEETING,
            "--item",
            "1",
            "--text",
            "Svar",
            "--owner",
            "region-x",
        ],
    ),
    (
        'docket new body --id tmu --type committee --name "Teknik- og Miljøudvalget" '
        "--reports-to byraadet",
        [
            "new",
            "body",
            "--id",
            "tmu2",
            "--type",
            "committee",
            "--name",
            "Teknik- og Miljøudvalget",
            "--reports-to",
            BOARD,
        ],
    ),
    (
        'docket new organisation --name "Aadalen Kommune" --type other [--domain aadalen.dk]',
        ["new", "organisation", "--name", "Aadalen Kommune", "--type", "other"],
    ),
    (
        'docket new organisation --name "Aadalen Kommune" --type other [--domain aadalen.dk]',
        [
            "new",
            "organisation",
            "--name",
            "Aadalen Kommune",
            "--type",
            "other",
            "--domain",
            "aadalen.dk",
        ],
    ),
    (
        'docket new person --name "Rasmus Riis" --organisation aadalen-kommune',
        ["new", "person", "--name", "Ole Olsen", "--organisation", "region-x"],
    ),
    (
        "docket new membership --body tmu --person rasmus-riis --start 2025-07-01 "
        "[--substitute ID]",
        ["new", "membership", "--body", BOARD, "--person", "rasmus-riis", "--start", "2025-07-01"],
    ),
    (
        "docket end membership --body tmu --person ole-olsen --on 2025-06-30",
        ["end", "membership", "--body", "tmu", "--person", "rasmus-riis", "--on", "2025-12-31"],
    ),
    (
        "docket show body|person|rules|commission ID --as-of 2025-07-01 [--format json]",
        ["show", "body", BOARD, "--as-of", "2025-07-01"],
    ),
    (
        "docket import old-minutes.docx --body twg",
        ["import", "old-minutes.docx", "--body", BOARD, "--date", "2025-03-03"],
    ),
    ("docket import archive/2019-2024/", ["import", "archive/2019-2024/", "-o", "drafts"]),
    ("docket diff origin/main HEAD", ["diff", "origin/main", "HEAD"]),
    ("docket calendar -o meetings.ics", ["calendar", "-o", "meetings.ics"]),
    (
        "docket site -o site [--audience public|internal|confidential]",
        ["site", "-o", "site"],
    ),
    ("docket remind --as-of 2025-04-25", ["remind", "--as-of", "2025-04-25"]),
    (
        "docket approve minutes twg-m1 --reviews reviews.json | --at twg-m2",
        ["approve", "minutes", MEETING, "--reviews", "reviews.json"],
    ),
    ('docket init ../new-repo --name "Region X"', ["init", "../new-repo", "--name", "Region X"]),
]


def _readme_lines() -> list[str]:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Using docket", 1)[1].split("\nEvery command", 1)[0]
    lines = [re.sub(r"\s+#.*$", "", line).strip() for line in block.splitlines()]
    return [line for line in lines if line.startswith("docket ")]


def test_the_table_lists_every_command_of_the_readme() -> None:
    assert _readme_lines() == list(dict.fromkeys(line for line, _ in README_COMMANDS))


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def made_by_init(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of a repository made by 'docket init' (so origin/main exists), with one planned
    meeting (its standing items come from 'docket new meeting'), a committee with one member,
    and legacy minutes to import."""
    base = tmp_path_factory.mktemp("init")
    origin = base / "origin"
    assert 0 == main(["init", str(origin), "--name", "Region X", "--date", FOUNDED])
    _git(origin, "init", "-q", "-b", "main")
    _git(origin, "add", "-A")
    _git(origin, "commit", "-q", "-m", "docket init")
    clone = base / "clone"
    _git(base, "clone", "-q", str(origin), str(clone))
    day = (date.today() + timedelta(days=60)).isoformat()
    root = ["--root", str(clone)]
    assert 0 == main(["new", "meeting", "--body", BOARD, "--date", day, *root])
    # a committee with a member, for the membership commands
    committee = ["--type", "committee", "--name", "Teknik- og Miljøudvalget"]
    assert 0 == main(["new", "body", "--id", "tmu", *committee, "--reports-to", BOARD, *root])
    assert 0 == main(
        ["new", "person", "--name", "Rasmus Riis", "--organisation", "region-x", *root]
    )
    tmu = ["--body", "tmu", "--person", "rasmus-riis", "--start", "2025-07-01"]
    assert 0 == main(["new", "membership", *tmu, *root])
    pypandoc.convert_text(
        "# Referat af møde i Bestyrelsen for Region X\n\nMødet blev holdt 3. marts 2025.\n\n"
        "## 1. Budget 2025\n\nBestyrelsen drøftede budgettet for 2025 og godkendte det med de "
        "foreslåede ændringer til posterne for rejser og for kurser.\n\n"
        "## 2. Årsplan\n\nBestyrelsen gennemgik årsplanen for 2025 og tog den til efterretning; "
        "sekretariatet sender den opdaterede plan ud inden næste møde.\n\n"
        "## 3. Eventuelt\n\nDer var intet under eventuelt, og formanden takkede for mødet.\n",
        "docx",
        format="markdown",
        outputfile=str(clone / "old-minutes.docx"),
    )
    archive = clone / "archive" / "2019-2024"
    archive.mkdir(parents=True)
    shutil.copyfile(clone / "old-minutes.docx", archive / "2019-03-03-referat.docx")
    (clone / "reviews.json").write_text("[]", encoding="utf-8")
    return clone


@pytest.mark.parametrize(
    "argv", [argv for _, argv in README_COMMANDS], ids=lambda argv: " ".join(argv[:3])
)
def test_readme_command_works_on_a_new_repository(
    argv: list[str],
    made_by_init: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    run_cli: Any,
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(made_by_init, repo, symlinks=True)
    monkeypatch.chdir(repo)
    result = run_cli(*argv)
    expected = 1 if argv[0] == "approve" else 0  # 1: not yet, the meeting is only planned
    assert expected == result.code, result.out + result.err
    assert "Traceback" not in result.err
