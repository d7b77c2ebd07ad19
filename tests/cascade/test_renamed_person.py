"""A person's id changed in people.yaml and nowhere else is one mistake: one error, at the first
place that still uses the old id, naming how many places do and the first few, with the new id
as its did-you-mean. Every file that uses the old id is still set aside (the checks do not judge
a meeting whose chair is nobody), and checking only one of those files still fails."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.conftest import copy_ngc_record

AS_OF = "2025-04-25"
MEETING = "meetings/twg/2025-04-24-twg-1.yaml"


def _renamed(tmp_path: Path) -> Path:
    copy_ngc_record(tmp_path)
    people = tmp_path / "governance" / "people.yaml"
    text = people.read_text("utf-8")
    assert 1 == text.count("- id: bettina-lundgren\n")
    people.write_text(text.replace("- id: bettina-lundgren\n", "- id: bettina-lundgren-sds\n"))
    return tmp_path


def test_a_renamed_person_is_one_error_naming_the_places(tmp_path: Path, run_cli: Any) -> None:
    repo = _renamed(tmp_path)
    uses = sum(
        len(re.findall(r"\bbettina-lundgren(?![\w-])", p.read_text("utf-8")))
        for p in sorted(repo.glob("*/**/*.yaml"))
    )
    result = run_cli("check", "--root", str(repo), "--as-of", AS_OF, "--format", "json")
    findings = result.json()["findings"]
    errors = [f for f in findings if f["level"] == "error"]
    assert (1, ["dangling-reference"]) == (result.code, [f["name"] for f in errors])
    error = errors[0]
    assert ("governance/bodies/twg.yaml", 23) == (error["path"], error["line"])
    assert error["message"].startswith(
        f"'bettina-lundgren' is used in {uses} places (governance/bodies/twg.yaml:23, "
        f"{MEETING}:16, {MEETING}:33, and {uses - 3} more) but no person has this id"
    )
    assert error["message"].endswith("; did you mean 'bettina-lundgren-sds'?")
    assert len([f for f in findings if f["name"] == "checks-held-back"]) <= 1


def test_checking_a_file_that_uses_the_old_id_still_fails(tmp_path: Path, run_cli: Any) -> None:
    repo = _renamed(tmp_path)
    result = run_cli(
        "check", str(repo / MEETING), "--root", str(repo), "--as-of", AS_OF, "--format", "json"
    )
    errors = [f for f in result.json()["findings"] if f["level"] == "error"]
    assert (1, ["dangling-reference"]) == (result.code, [f["name"] for f in errors])
