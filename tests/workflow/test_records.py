"""docket new body | person | membership and docket end membership on the shipped NGC data:
each writes a file that passes docket check and changes no byte outside its edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.conftest import copy_ngc_record
from tests.workflow.conftest import inserted

AS_OF = "2025-05-08"
PEOPLE = "governance/people.yaml"
TWG = "governance/bodies/twg.yaml"


@pytest.fixture
def ngc(tmp_path: Path) -> Path:
    repo = tmp_path / "ngc"
    repo.mkdir()
    copy_ngc_record(repo)
    return repo


def _findings(run_cli: Any, repo: Path) -> list[tuple[str, str]]:
    result = run_cli(
        "check", "--root", str(repo), "--as-of", AS_OF, "--format", "json", "--no-cache"
    )
    assert result.code == 0, result.out
    return sorted((f["name"], f["message"]) for f in result.json()["findings"])


def _read(repo: Path, rel: str) -> str:
    return (repo / rel).read_bytes().decode("utf-8")


def test_new_person_appends_one_entry_and_keeps_every_other_byte(run_cli: Any, ngc: Path) -> None:
    before, findings = _read(ngc, PEOPLE), _findings(run_cli, ngc)
    result = run_cli(
        "new", "person", "--root", str(ngc), "--name", "Jens Ærø Hansen",
        "--title", "chefkonsulent", "--organisation", "sds",
    )  # fmt: skip
    assert 0 == result.code, result.err
    entry = (
        "  - id: jens-aeroe-hansen\n"
        "    name: Jens Ærø Hansen\n"
        "    title: chefkonsulent\n"
        "    organisation: sds\n"
    )
    assert inserted(before, _read(ngc, PEOPLE), entry)
    assert "added jens-aeroe-hansen to the people registry (governance/people.yaml)\n" == result.out
    assert findings == _findings(run_cli, ngc)


def test_a_second_chair_is_refused_with_the_command_that_ends_the_first(
    run_cli: Any, ngc: Path
) -> None:
    before = _read(ngc, TWG)
    run_cli("new", "person", "--root", str(ngc), "--name", "Jens Hansen", "--organisation", "sds")
    result = run_cli(
        "new", "membership", "--root", str(ngc), "--body", "twg", "--person", "jens-hansen",
        "--role", "chair", "--start", "2025-09-01",
    )  # fmt: skip
    assert 2 == result.code
    assert "twg already has a chair on 2025-09-01: Bettina Lundgren;" in result.err
    assert "docket end membership --body twg --person bettina-lundgren --on 2025-08-31" in (
        result.err
    )
    assert before == _read(ngc, TWG)


def test_new_membership_and_end_membership_edit_the_body_in_place(run_cli: Any, ngc: Path) -> None:
    findings = _findings(run_cli, ngc)
    run_cli("new", "person", "--root", str(ngc), "--name", "Jens Hansen", "--organisation", "sds")
    before = _read(ngc, TWG)
    result = run_cli(
        "new", "membership", "--root", str(ngc), "--body", "twg", "--person", "jens-hansen",
        "--represents", "sds", "--start", "2025-09-01",
    )  # fmt: skip
    assert 0 == result.code, result.err
    joined = _read(ngc, TWG)
    line = "  - {person: jens-hansen, represents: sds, start: 2025-09-01}\n"
    assert inserted(before, joined, line)
    result = run_cli(
        "end", "membership", "--root", str(ngc), "--body", "twg", "--person", "mads-soenderkaer",
        "--on", "2025-12-31",
    )  # fmt: skip
    assert 0 == result.code, result.err
    ended = _read(ngc, TWG)
    assert inserted(joined, ended, ", end: 2025-12-31")
    assert findings == _findings(run_cli, ngc)
    shown = run_cli(
        "show", "body", "twg", "--root", str(ngc), "--as-of", "2026-01-01", "--format", "json"
    )
    members = [m["id"] for m in shown.json()["members"]]
    assert "jens-hansen" in members
    assert "mads-soenderkaer" not in members


def test_new_body_writes_a_file_that_passes_check(run_cli: Any, ngc: Path) -> None:
    findings = _findings(run_cli, ngc)
    result = run_cli(
        "new", "body", "--root", str(ngc), "--id", "audit", "--type", "committee",
        "--name", "Revisionsudvalget", "--name-en", "The audit committee",
        "--reports-to", "board", "--secretariat", "ngc",
    )  # fmt: skip
    assert 0 == result.code, result.err
    text = _read(ngc, "governance/bodies/audit.yaml")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/body.schema.json\n")
    assert "type: committee\n" in text and "reports_to: board\n" in text
    assert "name:\n  da: Revisionsudvalget\n  en: The audit committee\n" in text
    result = run_cli(
        "new", "membership", "--root", str(ngc), "--body", "audit", "--person",
        "bettina-lundgren", "--role", "chair", "--start", "2025-09-01",
    )  # fmt: skip
    assert 0 == result.code, result.err
    block = "memberships:\n  - person: bettina-lundgren\n    role: chair\n    start: 2025-09-01\n"
    assert text + block == _read(ngc, "governance/bodies/audit.yaml")
    assert findings == _findings(run_cli, ngc)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("new", "membership", "--body", "twg", "--person", "bettina-lundgrn"),
            "no person has the id 'bettina-lundgrn'; did you mean 'bettina-lundgren'?",
        ),
        (
            ("new", "membership", "--body", "twg", "--person", "bettina-lundgren"),
            "Bettina Lundgren is already a chair of twg: end that membership first",
        ),
        (
            ("new", "body", "--id", "twg", "--type", "committee", "--name", "X"),
            "the id 'twg' is already used by a body",
        ),
        (
            ("new", "body", "--id", "Audit!", "--type", "committee", "--name", "X"),
            "'Audit!' is not a valid id",
        ),
        (
            ("new", "person", "--name", "Bettina Lundgren"),
            "the id 'bettina-lundgren' is already used by a person",
        ),
        (
            (
                "end",
                "membership",
                "--body",
                "board",
                "--person",
                "mads-soenderkaer",
                "--on",
                "2025-12-31",
            ),
            "Mads Sønderkær has no open membership of board",
        ),
    ],
)
def test_bad_requests_change_nothing_and_say_why(
    run_cli: Any, ngc: Path, args: tuple[str, ...], message: str
) -> None:
    before = {p: p.read_bytes() for p in ngc.rglob("*") if p.is_file()}
    result = run_cli(*args, "--root", str(ngc))
    assert 2 == result.code
    assert message in result.err
    assert before == {p: p.read_bytes() for p in ngc.rglob("*") if p.is_file()}


ORGANISATIONS = "governance/organisations.yaml"


def test_new_organisation_appends_one_entry_and_keeps_every_other_byte(
    run_cli: Any, ngc: Path
) -> None:
    before, findings = _read(ngc, ORGANISATIONS), _findings(run_cli, ngc)
    result = run_cli(
        "new", "organisation", "--root", str(ngc), "--name", "Aarhus Universitet",
        "--name-en", "Aarhus University", "--type", "university", "--short-name", "AU",
        "--domain", "AU.dk", "--domain", "@au.dk", "--domain", "clin.au.dk",
        "--region", "region-midtjylland",
    )  # fmt: skip
    assert 0 == result.code, result.err
    after = _read(ngc, ORGANISATIONS)
    entry = (
        "  - id: aarhus-universitet\n"
        "    name: {da: Aarhus Universitet, en: Aarhus University}\n"
        "    short_name: AU\n"
        "    type: university\n"
        "    region: region-midtjylland\n"
        "    domains: [au.dk, clin.au.dk]\n"
    )
    assert inserted(before, after, entry)
    assert "added aarhus-universitet to the organisations registry" in result.out
    registry = YAML(typ="safe").load(after)
    added = registry["organisations"][-1]
    assert {
        "id": "aarhus-universitet",
        "name": {"da": "Aarhus Universitet", "en": "Aarhus University"},
        "short_name": "AU",
        "type": "university",
        "region": "region-midtjylland",
        "domains": ["au.dk", "clin.au.dk"],
    } == added
    assert findings == _findings(run_cli, ngc)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--name", "NGC", "--id", "ngc"], "the id 'ngc' is already used by a organisation"),
        (["--name", "X", "--part-of", "regoin-x"], "no organisation has the id 'regoin-x'"),
        (["--name", "X", "--domain", "not a domain"], "'not a domain' is not an e-mail domain"),
        (["--name", "  "], "the organisation needs a name (--name)"),
        (["--name", "X", "--id", "Bad Id"], "'Bad Id' is not a valid id"),
    ],
)
def test_new_organisation_refuses_what_would_not_hold(
    run_cli: Any, ngc: Path, extra: list[str], message: str
) -> None:
    before = _read(ngc, ORGANISATIONS)
    result = run_cli("new", "organisation", "--root", str(ngc), "--type", "other", *extra)
    assert 2 == result.code
    assert message in result.err
    assert "Traceback" not in result.err
    assert before == _read(ngc, ORGANISATIONS)


def test_an_unknown_organisation_type_names_the_types(run_cli: Any, ngc: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        run_cli("new", "organisation", "--root", str(ngc), "--name", "X", "--type", "firm")
    assert 2 == exit_.value.code
