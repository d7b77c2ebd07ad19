"""docket new meeting: the next record of a body, and the deadlines of its rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.workflow.conftest import WG_1, inserted

WG_2 = "meetings/wg/2025-04-24-wg-2.yaml"


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _new(run_cli: Any, repo: Path, day: str, *extra: str) -> Any:
    return run_cli("new", "meeting", "--root", str(repo), "--body", "wg", "--date", day, *extra)


def test_new_meeting_carries_over_open_follow_ups_and_unscheduled_topics(
    wg_repo: Path, run_cli: Any
) -> None:
    result = _new(run_cli, wg_repo, "2025-04-24", "--time", "14.30", "--as-of", "2025-04-01")
    assert 0 == result.code, result.err
    assert f"wrote {WG_2} (meeting wg-2, status planned)" in result.out
    text = (wg_repo / WG_2).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/meeting.schema.json\n")
    record = _load(wg_repo / WG_2)
    assert ("wg-2", 2, "planned", "alice", "sec", "14:30") == (
        record["id"], record["number"], record["status"], record["chair"],
        record["secretary"], record["start"],
    )  # fmt: skip
    assert {"mode": "virtual", "platform": "Microsoft Teams"} == record["place"]
    items = [(i["id"], i["number"], i["title"], i.get("addresses")) for i in record["items"]]
    assert [
        ("wg-2-velkomst", "1", "Velkomst", None),
        ("wg-2-godkendelse-af-referat", "2", "Godkendelse af referat fra møde 1", None),
        ("wg-2-opfoelgning", "3", "Opfølgning", ["wg-1-budget-send", "wg-1-budget-report"]),
        (
            "wg-2-emner",
            "4",
            "Emner til kommende møder",
            ["wg-1-topic-ehds", "wg-1-topic-uplink"],
        ),
        ("wg-2-evt", "5", "Evt.", None),
    ] == items


def test_the_new_record_passes_docket_check(wg_repo: Path, run_cli: Any) -> None:
    assert 0 == _new(run_cli, wg_repo, "2025-04-24").code
    check = run_cli("check", "--root", str(wg_repo), "--as-of", "2025-04-01", "--no-cache")
    assert 0 == check.code, check.out
    assert "0 errors" in check.out


def test_closed_follow_ups_and_scheduled_topics_are_not_carried_over(
    wg_repo: Path, run_cli: Any
) -> None:
    assert 0 == run_cli("close", "follow-up", "wg-1-budget-send", "--in", "wg-1",
                        "--root", str(wg_repo)).code  # fmt: skip
    assert 0 == _new(run_cli, wg_repo, "2025-04-24").code
    third = _new(run_cli, wg_repo, "2025-06-12")
    assert 0 == third.code, third.err
    items = _load(wg_repo / "meetings/wg/2025-06-12-wg-3.yaml")["items"]
    titles = [i["title"] for i in items]
    assert ["Velkomst", "Godkendelse af referat fra møde 2", "Opfølgning", "Evt."] == titles
    assert ["wg-1-budget-report"] == items[2]["addresses"]


def test_a_date_that_already_has_a_record_is_refused_naming_the_file(
    wg_repo: Path, run_cli: Any
) -> None:
    assert 0 == _new(run_cli, wg_repo, "2025-04-24").code
    before = (wg_repo / WG_2).read_bytes()
    again = _new(run_cli, wg_repo, "2025-04-24")
    assert 2 == again.code
    assert f"{WG_2} already holds wg's meeting on 2025-04-24 (wg-2, status planned)" in again.err
    assert before == (wg_repo / WG_2).read_bytes()


def test_deadlines_in_working_days_skip_easter(wg_repo: Path, run_cli: Any) -> None:
    result = _new(run_cli, wg_repo, "2025-04-24", "--as-of", "2025-04-15")
    assert 0 == result.code, result.err
    assert "counted in working days" in result.out
    # 5 working days before Thursday 24 April 2025: Easter Monday, Good Friday and Maundy
    # Thursday are holidays, so the agenda was due Monday 14 April.
    agenda = "agenda to be sent by   2025-04-14 (Monday), already passed as of 2025-04-15"
    assert agenda in result.out
    assert "draft minutes by       2025-05-01 (Thursday)" in result.out
    assert "comment period ends    2025-05-15 (Thursday)" in result.out


def test_deadlines_in_working_days_skip_christmas_and_new_year(wg_repo: Path, run_cli: Any) -> None:
    result = _new(run_cli, wg_repo, "2025-12-18", "--as-of", "2025-12-01")
    assert 0 == result.code, result.err
    assert "agenda to be sent by   2025-12-11 (Thursday)\n" in result.out
    # 5 working days after 18 December: 19, 22, 23, 24 (not a public holiday) and, after
    # Christmas Day, Boxing Day and the weekend, Monday 29 December.
    assert "draft minutes by       2025-12-29 (Monday)\n" in result.out
    # 10 working days after 29 December, New Year's Day skipped.
    assert "comment period ends    2026-01-13 (Tuesday)" in result.out


def test_without_rules_in_force_it_says_so(wg_repo: Path, run_cli: Any) -> None:
    (wg_repo / "governance/rules/wg-rules.yaml").unlink()
    result = _new(run_cli, wg_repo, "2025-04-24")
    assert 0 == result.code, result.err
    expected = "no rules of procedure are in force for wg on 2025-04-24: there are no deadlines"
    assert expected in result.out


def test_the_previous_meeting_is_not_edited_without_link(wg_repo: Path, run_cli: Any) -> None:
    before = (wg_repo / WG_1).read_bytes()
    result = _new(run_cli, wg_repo, "2025-04-24")
    assert 0 == result.code, result.err
    assert before == (wg_repo / WG_1).read_bytes()
    assert "pass --link to record 'meeting: wg-2' under next_meeting" in result.out


def test_link_records_the_new_meeting_in_the_previous_one(wg_repo: Path, run_cli: Any) -> None:
    before = (wg_repo / WG_1).read_text(encoding="utf-8")
    result = _new(run_cli, wg_repo, "2025-04-24", "--link")
    assert 0 == result.code, result.err
    after = (wg_repo / WG_1).read_text(encoding="utf-8")
    assert inserted(before, after, ", meeting: wg-2")
    assert 'next_meeting: {date: 2025-04-24, time: "14:30", meeting: wg-2}\n' in after
    check = run_cli("check", "--root", str(wg_repo), "--as-of", "2025-04-01", "--no-cache")
    assert 0 == check.code, check.out


def test_a_physical_previous_place_is_left_for_the_user(wg_repo: Path, run_cli: Any) -> None:
    path = wg_repo / WG_1
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("{ mode: virtual,   platform: 'Microsoft Teams' }", "{mode: physical}"),
        encoding="utf-8",
    )
    result = _new(run_cli, wg_repo, "2025-04-24")
    assert 0 == result.code, result.err
    assert "place" not in _load(wg_repo / WG_2)
    assert "note: place: not set (the previous meeting was not virtual)" in result.out


def test_the_first_meeting_of_a_body_has_no_approval_item(wg_repo: Path, run_cli: Any) -> None:
    (wg_repo / WG_1).unlink()
    result = _new(run_cli, wg_repo, "2025-04-24")
    assert 0 == result.code, result.err
    record = _load(wg_repo / "meetings/wg/2025-04-24-wg-1.yaml")
    assert ["Velkomst", "Evt."] == [i["title"] for i in record["items"]]


def test_an_unknown_body_is_refused(wg_repo: Path, run_cli: Any) -> None:
    result = run_cli("new", "meeting", "--root", str(wg_repo), "--body", "wgg", "--date",
                     "2025-04-24")  # fmt: skip
    assert 2 == result.code
    assert "no body has the id 'wgg'; did you mean 'wg'?" in result.err


def test_a_number_continues_a_series_begun_before_the_record(wg_repo: Path, run_cli: Any) -> None:
    result = _new(run_cli, wg_repo, "2025-04-24", "--number", "131", "--as-of", "2025-04-01")
    assert 0 == result.code, result.err
    record = _load(wg_repo / "meetings/wg/2025-04-24-wg-131.yaml")
    assert ("wg-131", 131) == (record["id"], record["number"])


def test_a_number_the_body_has_used_is_refused_naming_its_meeting(
    wg_repo: Path, run_cli: Any
) -> None:
    result = _new(run_cli, wg_repo, "2025-04-24", "--number", "1")
    assert 2 == result.code
    assert f"wg's meeting no. 1 is already wg-1 on 2025-03-03 ({WG_1})" in result.err
    assert not (wg_repo / "meetings/wg/2025-04-24-wg-1.yaml").exists()


def test_a_number_that_is_not_a_whole_number_from_one_is_a_usage_error(
    wg_repo: Path, run_cli: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        _new(run_cli, wg_repo, "2025-04-24", "--number", "0")
    assert 2 == stopped.value.code
    assert "'0' is not a meeting number: use 1, 2, 3" in capsys.readouterr().err


def test_place_is_written_as_given_and_loads_back(wg_repo: Path, run_cli: Any) -> None:
    result = _new(
        run_cli, wg_repo, "2025-04-24", "--place", "hybrid", "--address",
        'Mødelokale 2, "Ærø": 1. sal', "--platform", "Teams",
        "--join-url", "https://teams.example.org/j/1?a=b,c", "--as-of", "2025-04-01",
    )  # fmt: skip
    assert 0 == result.code, result.err
    assert {
        "mode": "hybrid",
        "platform": "Teams",
        "link": "https://teams.example.org/j/1?a=b,c",
        "address": 'Mødelokale 2, "Ærø": 1. sal',
    } == _load(wg_repo / WG_2)["place"]
    assert "place: not set" not in result.out
    check = run_cli("check", "--root", str(wg_repo), "--as-of", "2025-04-01", "--no-cache")
    assert "place" not in check.out


def test_in_person_is_a_physical_meeting(wg_repo: Path, run_cli: Any) -> None:
    result = _new(
        run_cli, wg_repo, "2025-04-24", "--place", "in-person", "--address", "Udvalgsværelse 1"
    )
    assert 0 == result.code, result.err
    assert {"mode": "physical", "address": "Udvalgsværelse 1"} == _load(wg_repo / WG_2)["place"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--place", "moon"], "'moon' is not a kind of place: use hybrid, in-person, physical,"),
        (["--place", "physical"], "a physical meeting needs the room or address where it is held"),
        (["--place", "hybrid", "--platform", "Zoom"], "a hybrid meeting needs the room or addr"),
        (["--place", "virtual", "--address", "Rum 1"], "a virtual meeting has no room"),
        (
            ["--place", "physical", "--address", "Rum 1", "--platform", "Zoom"],
            "a physical meeting has no platform or link: use --place hybrid",
        ),
        (["--address", "Rum 1"], "--address describes the place: give its mode too"),
        (
            ["--place", "virtual", "--join-url", "teams.example.org/j/1"],
            "--join-url 'teams.example.org/j/1' is not a web address",
        ),
    ],
)
def test_a_place_a_reader_could_not_find_is_refused(
    wg_repo: Path, run_cli: Any, extra: list[str], message: str
) -> None:
    result = _new(run_cli, wg_repo, "2025-04-24", *extra)
    assert 2 == result.code
    assert message in result.err
    assert "Traceback" not in result.err
    assert not (wg_repo / WG_2).exists()


def test_co_chairs_are_named_and_the_chair_left_to_fill_in(wg_repo: Path, run_cli: Any) -> None:
    """Two chairs in office: the record cannot know which of them chairs, and says so."""
    body = wg_repo / "governance" / "bodies" / "wg.yaml"
    text = body.read_text(encoding="utf-8")
    member = text.split("role: member", 1)[0].rsplit("person: ", 1)[1].split(",", 1)[0]
    body.write_text(text.replace("role: member", "role: chair", 1), encoding="utf-8")
    result = _new(run_cli, wg_repo, "2025-04-24")
    assert 0 == result.code, result.err
    assert f"note: chair: alice and {member} hold that post on 2025-04-24: fill in the one" in (
        result.out
    )
    assert "chair" not in _load(wg_repo / WG_2)
