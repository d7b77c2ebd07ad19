"""What the minutes state about the meeting itself reaches the draft (record_cases.yaml),
through the real CLI: the meeting's number, the chair and secretary as participants with their
roles, follow-ups' owners, and headings placed rather than reported as text placed nowhere."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
CASES = YAML(typ="safe").load((HERE / "record_cases.yaml").read_text(encoding="utf-8"))
PEOPLE = """\
  - {id: anna-hansen, name: Anna Hansen, organisation: koldegys-org}
  - {id: bo-jensen, name: Bo Jensen, organisation: koldegys-org}
  - {id: carl-nielsen, name: Carl Nielsen, organisation: koldegys-org}
"""
MEMBERS = """memberships:
  - {person: anna-hansen, role: chair, start: 2020-01-01}
  - {person: carl-nielsen, role: member, start: 2020-01-01}
"""
UNPLACED = "# - text not placed anywhere (kept as comments where it stood): "


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """repo/ with three people, two of them members of koldegys (Anna Hansen its chair)."""
    target = tmp_path / "repo"
    shutil.copytree(HERE / "repo", target)
    people = target / "governance/people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + PEOPLE, encoding="utf-8")
    body = target / "governance/bodies/koldegys.yaml"
    text = body.read_text(encoding="utf-8").replace("memberships: []\n", MEMBERS)
    body.write_text(text, encoding="utf-8")
    return target


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_minutes_facts_about_the_meeting_reach_the_draft(
    repo: Path, run_cli: Any, case: dict[str, Any]
) -> None:
    source = repo.parent / "minutes.txt"
    source.write_text(case["text"], encoding="utf-8")
    result = run_cli("import", str(source), "--body", "koldegys", "--root", str(repo))
    assert case.get("code", 0) == result.code, result.err
    record = YAML(typ="safe").load(result.out)
    assert case["number"] == record.get("number"), result.out
    assert (case.get("chair"), case.get("secretary")) == (
        record.get("chair"), record.get("secretary")
    )  # fmt: skip
    assert case["participants"] == {
        p["person"]: p.get("attendance", "present") for p in record.get("participants", [])
    }, result.out
    if "place" in case:
        assert case["place"] == record.get("place")
    owners = [f.get("owner") for i in record["items"] for f in i.get("follow_ups", [])]
    assert case["owners"] == owners, result.out
    for text in case.get("confirm", []):
        assert text in result.out
    unplaced = [line.removeprefix(UNPLACED) for line in result.out.splitlines()
                if line.startswith(UNPLACED)]  # fmt: skip
    assert case["unplaced"] == [u for line in unplaced for u in line.split(" / ")], result.out
