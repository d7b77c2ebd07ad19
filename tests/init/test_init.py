"""docket init: a new repository that 'docket check' accepts as it stands, in Danish or English."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from docket.scaffold import slugify
from docket.schema_gen import expected_files

FOUNDED = "2025-01-01"
AS_OF = "2025-06-01"


def init(run_cli: Any, folder: Path, *args: str) -> Any:
    return run_cli("init", str(folder), "--date", FOUNDED, *args)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_new_repository_passes_check(run_cli: Any, tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "new"
    assert 0 == init(run_cli, folder, "--name", "Acme Fonden", "--lang", lang).code
    result = run_cli(
        "check", "--root", str(folder), "--as-of", AS_OF, "--format", "json", "--no-cache"
    )
    assert 0 == result.code, result.out
    report = result.json()
    assert 0 == report["summary"]["errors"]
    assert 5 == report["summary"]["files"]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_new_repository_has_current_schemas(run_cli: Any, tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "new"
    init(run_cli, folder, "--name", "Acme Fonden", "--lang", lang)
    assert 0 == run_cli("schema", "--check", "--root", str(folder)).code
    assert sorted(expected_files()) == sorted(p.name for p in (folder / "schemas").iterdir())


def test_layout_of_a_new_repository(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    init(run_cli, folder, "--name", "Acme Fonden")
    written = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert {
        "docket.toml",
        "README.md",
        ".gitignore",
        ".pre-commit-config.yaml",
        ".github/workflows/docket.yml",
        ".github/workflows/docket-site.yml",
        ".github/workflows/remind.yml",
        ".github/workflows/minutes-approval.yml",
        "governance/organisations.yaml",
        "governance/people.yaml",
        "governance/bodies/acme-fonden-board.yaml",
        "governance/commissions/acme-fonden-board-commission.yaml",
        "governance/rules/acme-fonden-board-rules-of-procedure.yaml",
        "meetings/acme-fonden-board/.gitkeep",
    } == {p for p in written if not p.startswith(("schemas/", ".git/"))}


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(folder), *args], capture_output=True, text=True, check=False
    )


def test_a_new_repository_is_a_git_repository_and_init_says_so(
    run_cli: Any, tmp_path: Path
) -> None:
    """'docket diff', CI and approvals work on git history: the folder starts as a repository."""
    folder = tmp_path / "new"
    result = init(run_cli, folder, "--name", "Acme Fonden")
    assert 0 == result.code, result.err
    assert f"{folder}: made it a git repository (git init, branch main)" in result.out
    assert str(folder) == _git(folder, "rev-parse", "--show-toplevel").stdout.strip()


def test_a_folder_inside_a_git_repository_gets_no_repository_of_its_own(
    run_cli: Any, tmp_path: Path
) -> None:
    assert 0 == _git(tmp_path, "init", "-q").returncode
    folder = tmp_path / "governance"
    result = init(run_cli, folder, "--name", "Acme Fonden")
    assert 0 == result.code, result.err
    assert f"it lies in the git repository {tmp_path}" in result.out
    assert not (folder / ".git").exists()


def test_placeholder_members_start_on_the_founding_date_given(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    result = init(run_cli, folder, "--name", "Acme Fonden")
    body = _load(folder / "governance/bodies/acme-fonden-board.yaml")
    assert [FOUNDED, FOUNDED] == [str(m["start"]) for m in body["memberships"]]
    assert "today" not in result.out


def test_without_a_date_placeholder_members_have_no_start(run_cli: Any, tmp_path: Path) -> None:
    """Without --date, nothing about the members depends on the day init ran: they are
    placeholders for whoever holds the posts, on any date a check is made as of."""
    folder = tmp_path / "new"
    result = run_cli("init", str(folder), "--name", "Acme Fonden")
    assert 0 == result.code, result.err
    body = _load(folder / "governance/bodies/acme-fonden-board.yaml")
    assert [[], []] == [[k for k in ("start", "end") if k in m] for m in body["memberships"]]
    assert "the commission and rules are adopted today, " in result.out
    assert "; --date sets another day" in result.out


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def test_body_has_a_chair_and_a_secretary(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    init(run_cli, folder, "--name", "Acme Fonden")
    body = _load(folder / "governance/bodies/acme-fonden-board.yaml")
    roles = {m["role"]: m["person"] for m in body["memberships"]}
    assert {"chair": "acme-fonden-chair", "secretary": "acme-fonden-secretary"} == roles


@pytest.mark.parametrize(
    ("lang", "heading"), [("da", "Indkaldelse og dagsorden"), ("en", "Notice")]
)
def test_rules_are_drafted_in_the_chosen_language(
    run_cli: Any, tmp_path: Path, lang: str, heading: str
) -> None:
    folder = tmp_path / "new"
    init(run_cli, folder, "--name", "Acme Fonden", "--lang", lang)
    rules = _load(folder / "governance/rules/acme-fonden-board-rules-of-procedure.yaml")
    version = rules["versions"][0]
    assert ("adopted", 7) == (version["status"], version["parameters"]["agenda_notice_days"])
    assert heading in version["text"]
    assert "7" in version["text"] and "14" in version["text"]


def test_a_name_with_quotes_and_colons_stays_data(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    name = 'Fonden for Ærø: "Øst" #1'
    assert 0 == init(run_cli, folder, "--name", name, "--lang", "en").code
    organisations = _load(folder / "governance/organisations.yaml")
    assert name == organisations["organisations"][0]["name"]["da"]
    assert "fonden-for-aeroe-oest-1" == organisations["organisations"][0]["id"]
    result = run_cli("check", "--root", str(folder), "--as-of", AS_OF, "--no-cache")
    assert 0 == result.code, result.out
    assert json.dumps(name, ensure_ascii=False) in (folder / "docket.toml").read_text("utf-8")


def test_slug_is_made_from_danish_letters() -> None:
    assert "fonden-for-aeroe-aa" == slugify("Fonden for Ærø & Å")


def test_non_empty_folder_is_refused(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    result = init(run_cli, tmp_path, "--name", "Acme")
    assert 2 == result.code
    assert "not empty" in result.err
    assert ["notes.txt"] == [p.name for p in tmp_path.iterdir()]


def test_a_name_without_letters_needs_a_slug(run_cli: Any, tmp_path: Path) -> None:
    result = init(run_cli, tmp_path / "new", "--name", "!!!")
    assert 2 == result.code
    assert "--slug" in result.err
    assert 0 == init(run_cli, tmp_path / "new", "--name", "!!!", "--slug", "bang").code


def test_without_git_init_says_what_the_repository_needs(
    run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    folder = tmp_path / "new"
    result = init(run_cli, folder, "--name", "Acme Fonden")
    assert 0 == result.code, result.err
    assert f"{folder}: git is not installed: put the folder in a git repository" in result.out
    assert not (folder / ".git").exists()
