"""docket show body|person|rules|commission ID --as-of D: who held which post with which title
and organisation, which rules and commission applied and what the deadlines were, on a date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from docket.cli.main import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "aadalen"
KU = REPO / "tests" / "examples" / "ku-bestyrelse"


def _show(run_cli: Any, root: Path, *args: str) -> Any:
    result = run_cli("show", *args, "--root", str(root), "--format", "json")
    assert 0 == result.code, result.err
    return result.json()


@pytest.mark.parametrize(
    ("day", "title", "part_of"),
    [("2025-06-30", "CEO", None), ("2025-07-01", "centerdirektør", "Sundhedsdatastyrelsen")],
)
def test_the_ngc_chair_on_either_side_of_1_july_2025(
    run_cli: Any, day: str, title: str, part_of: str | None
) -> None:
    body = _show(run_cli, REPO, "body", "twg", "--as-of", day)
    chair = next(m for m in body["members"] if m["role"] == "chair")
    assert ("bettina-lundgren", title, part_of) == (
        chair["id"],
        chair["title"],
        chair.get("part_of"),
    )
    person = _show(run_cli, REPO, "person", "bettina-lundgren", "--as-of", day)
    assert title == person["title"]
    assert [{"body": "twg", "role": "chair", "voting": True, "start": None, "end": None}] == person[
        "memberships"
    ]


def test_a_body_on_a_date_lists_the_members_then_the_rules_and_the_next_deadlines(
    run_cli: Any,
) -> None:
    june = _show(run_cli, EXAMPLE, "body", "tmu", "--as-of", "2025-06-30")
    july = _show(run_cli, EXAMPLE, "body", "tmu", "--as-of", "2025-07-01")
    assert "ole-olsen" in [m["id"] for m in june["members"]]
    assert "rasmus-riis" not in [m["id"] for m in june["members"]]
    assert "rasmus-riis" in [m["id"] for m in july["members"]]
    vice = next(m for m in july["members"] if m["role"] == "vice-chair")
    assert ("mogens-mark", "Karen Kjær") == (vice["id"], vice["substitute"])
    assert ("tmu-rules", "1.0") == (july["rules"]["id"], july["rules"]["version"])
    assert ["public", "optional"] == july["rules"]["parameters"]["closed_days"]
    assert {
        "id": "tmu-5",
        "date": "2025-09-09",
        "agenda_by": "2025-09-03",
        "minutes_by": "2025-09-16",
        "comments_until": "2025-09-16",
    } == july["next_meeting"]
    assert "tmu-commission" == july["commission"]["id"]


def test_rules_are_not_in_force_before_their_date(run_cli: Any) -> None:
    before = _show(run_cli, EXAMPLE, "rules", "tmu-rules", "--as-of", "2024-11-19")
    on = _show(run_cli, EXAMPLE, "rules", "tmu-rules", "--as-of", "2024-11-20")
    assert before["in_force"] is None
    assert ("1.0", "2024-11-20") == (on["in_force"]["version"], on["in_force"]["in_force_from"])


def test_commission_versions_in_force(run_cli: Any) -> None:
    draft_only = _show(run_cli, REPO, "commission", "twg-commission", "--as-of", "2025-05-01")
    assert "1.0" == draft_only["in_force"]["version"]
    assert ["adopted", "draft"] == [v["status"] for v in draft_only["versions"]]


def test_a_person_who_may_stand_in_is_shown_as_substitute(run_cli: Any) -> None:
    karen = _show(run_cli, EXAMPLE, "person", "karen-kjaer", "--as-of", "2025-06-10")
    assert [{"body": "tmu", "member": "Mogens Mark"}] == karen["substitute_for"]
    assert [] == karen["memberships"]


def test_text_output_reads_as_indented_lines(run_cli: Any) -> None:
    result = run_cli(
        "show", "person", "bettina-lundgren", "--root", str(REPO), "--as-of", "2025-07-01"
    )
    assert 0 == result.code
    assert "title: centerdirektør\n" in result.out
    assert "part_of: Sundhedsdatastyrelsen\n" in result.out
    assert "memberships:\n  - body: twg\n    role: chair\n" in result.out


@pytest.mark.parametrize(
    ("what", "wanted", "message"),
    [
        ("body", "tvg", "no body has the id 'tvg'; did you mean 'twg'?"),
        ("person", "nobody", "no person has the id 'nobody'"),
        ("rules", "twg", "the id 'twg'; did you mean 'twg-rules-of-procedure'?"),
        ("rules", "twg-rules-of-procedur", "did you mean 'twg-rules-of-procedure'?"),
        ("rules", "tgw", "did you mean 'twg-rules-of-procedure' (the rules of procedure of body"),
        ("commission", "twg-comission", "did you mean 'twg-commission'?"),
    ],
)
def test_an_unknown_id_is_a_usage_error(run_cli: Any, what: str, wanted: str, message: str) -> None:
    result = run_cli("show", what, wanted, "--root", str(REPO), "--as-of", "2025-07-01")
    assert 2 == result.code
    assert message in result.err


@pytest.mark.parametrize(
    ("argv", "guess"),
    [(["show", "rule", "twg"], "rules"), (["shwo", "rules", "twg"], "show")],
)
def test_a_misspelt_word_of_the_command_gets_a_did_you_mean(
    argv: list[str], guess: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--root", str(REPO)])
    err = capsys.readouterr().err
    assert 2 == stopped.value.code
    assert "invalid choice: '" in err
    assert err.endswith(f"); did you mean '{guess}'?\n")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("unknwn-key", "'unknwn-key' names no check (did you mean 'unknown-key'?)"),
        ("quorum-not-mett", "'quorum-not-mett' names no check (did you mean 'quorum-not-met'?)"),
    ],
)
def test_rules_with_a_misspelt_check_gets_a_did_you_mean(
    run_cli: Any, name: str, message: str
) -> None:
    result = run_cli("rules", name)
    assert (2, f"docket: {message}; 'docket rules' lists them\n") == (result.code, result.err)


def test_text_output_leaves_out_fields_with_no_value(run_cli: Any) -> None:
    """The KU board reports to no body and most members have no start date: the text says
    nothing of them (no 'none'); the JSON keeps them as null for programs."""
    board = "koebenhavns-universitet-board"
    text = run_cli("show", "body", board, "--root", str(KU), "--as-of", "2024-07-01")
    assert 0 == text.code, text.err
    assert "reports_to" not in text.out
    assert "start: none" not in text.out
    assert "  - id: birgitte-vedersoe\n    name: Birgitte Vedersø\n" in text.out
    facts = _show(run_cli, KU, "body", board, "--as-of", "2024-07-01")
    assert "reports_to" in facts
    assert facts["reports_to"] is None
