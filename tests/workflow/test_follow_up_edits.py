"""docket new follow-up / close follow-up: in-place edits that keep every other byte."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.workflow.conftest import WG_1, inserted

from docket.pipeline import load_corpus


def _read(repo: Path) -> str:
    return (repo / WG_1).read_text(encoding="utf-8")


def test_new_follow_up_is_appended_after_the_last_one_and_nothing_else_changes(
    wg_repo: Path, run_cli: Any
) -> None:
    before = _read(wg_repo)
    result = run_cli(
        "new", "follow-up", "--root", str(wg_repo), "--meeting", "wg-1", "--item", "wg-1-budget",
        "--text", "Send the final budget", "--owner", "bob", "--due", "2025-04-01",
    )  # fmt: skip
    assert 0 == result.code, result.err
    expected = (
        "        - id: wg-1-budget-follow-up\n"
        "          text: Send the final budget\n"
        "          owner: bob\n"
        "          due: 2025-04-01\n"
    )
    after = _read(wg_repo)
    assert inserted(before, after, expected)
    assert after.index(expected) == after.index("          due: 2025-06-01 # a comment") + len(
        "          due: 2025-06-01 # a comment after the due date\n"
    )
    assert "added follow-up wg-1-budget-follow-up" in result.out


def test_new_follow_up_on_an_item_without_any_adds_the_list_in_model_order(
    wg_repo: Path, run_cli: Any
) -> None:
    before = _read(wg_repo)
    result = run_cli(
        "new", "follow-up", "--root", str(wg_repo), "--meeting", "wg-1", "--item", "2",
        "--text", "Circulate the slides", "--owner", "sec", "--id", "wg-1-slides",
    )  # fmt: skip
    assert 0 == result.code, result.err
    expected = (
        "      follow_ups:\n"
        "      - id: wg-1-slides\n"
        "        text: Circulate the slides\n"
        "        owner: sec\n"
    )
    after = _read(wg_repo)
    assert inserted(before, after, expected)
    decisions_end = after.index("Arbejdsgruppen tog status til efterretning.'\n") + len(
        "Arbejdsgruppen tog status til efterretning.'\n"
    )
    assert decisions_end == after.index(expected)


def test_follow_up_text_with_yaml_syntax_reads_back_exactly(wg_repo: Path, run_cli: Any) -> None:
    text = "Note: '#1' - send \"it\" [now]\nand: {later}"
    result = run_cli(
        "new", "follow-up", "--root", str(wg_repo), "--meeting", "wg-1", "--item", "1",
        "--text", text, "--owner", "acme",
    )  # fmt: skip
    assert 0 == result.code, result.err
    corpus, findings, _ = load_corpus(wg_repo, use_cache=False)
    assert [] == findings
    assert text == corpus.objects["wg-1-budget-follow-up"].obj.text  # type: ignore[attr-defined]


def test_closing_a_flow_style_follow_up_adds_keys_inside_its_braces(
    wg_repo: Path, run_cli: Any
) -> None:
    before = _read(wg_repo)
    result = run_cli(
        "close", "follow-up", "wg-1-budget-send", "--in", "wg-1", "--on", "2025-03-09",
        "--root", str(wg_repo),
    )  # fmt: skip
    assert 0 == result.code, result.err
    assert inserted(
        before, _read(wg_repo), ", status: closed, closed_in: wg-1, closed_on: 2025-03-09"
    )
    assert "due: 2025-03-10, status: closed" in _read(wg_repo)


def test_closing_a_block_follow_up_inserts_lines_after_its_last_key(
    wg_repo: Path, run_cli: Any
) -> None:
    before = _read(wg_repo)
    result = run_cli(
        "close", "follow-up", "wg-1-budget-report", "--in", "wg-1", "--root", str(wg_repo)
    )
    assert 0 == result.code, result.err
    expected = (
        "          status: closed\n          closed_in: wg-1\n          closed_on: 2025-03-03\n"
    )
    after = _read(wg_repo)
    assert inserted(before, after, expected)
    assert "# a comment after the due date\n" + expected in after


def test_closing_replaces_an_existing_status_value_only(wg_repo: Path, run_cli: Any) -> None:
    path = wg_repo / WG_1
    path.write_text(
        _read(wg_repo).replace("owner: acme\n", 'owner: acme\n          status: "open"\n'),
        encoding="utf-8",
    )
    before = _read(wg_repo)
    result = run_cli(
        "close", "follow-up", "wg-1-budget-report", "--in", "wg-1", "--root", str(wg_repo)
    )
    assert 0 == result.code, result.err
    after = _read(wg_repo)
    assert 'status: "closed"\n' in after
    assert before.replace('status: "open"', 'status: "closed"') == after.replace(
        "          closed_in: wg-1\n          closed_on: 2025-03-03\n", ""
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--meeting", "wg-9", "--item", "1", "--owner", "bob"), "no meeting has the id 'wg-9'"),
        (("--meeting", "wg-1", "--item", "7", "--owner", "bob"), "meeting wg-1 has no item '7'"),
        (
            ("--meeting", "wg-1", "--item", "1", "--owner", "bobb"),
            "no person or organisation has the id 'bobb'; did you mean 'bob'?",
        ),
        (
            ("--meeting", "wg-1", "--item", "1", "--owner", "bob", "--id", "wg-1-budget-send"),
            "the id 'wg-1-budget-send' is already used by a follow-up",
        ),
        (
            ("--meeting", "wg-1", "--item", "1", "--owner", "bob", "--id", "Not An Id"),
            "'Not An Id' is not a valid id",
        ),
    ],
)
def test_new_follow_up_refuses_unknown_or_bad_ids(
    wg_repo: Path, run_cli: Any, args: tuple[str, ...], message: str
) -> None:
    before = _read(wg_repo)
    result = run_cli("new", "follow-up", "--root", str(wg_repo), "--text", "Do it", *args)
    assert 2 == result.code
    assert message in result.err
    assert "Traceback" not in result.err
    assert before == _read(wg_repo)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("wg-1-budget-sent", "--in", "wg-1"), "no follow-up has the id 'wg-1-budget-sent'"),
        (("wg-1-budget-send", "--in", "wg-7"), "no meeting has the id 'wg-7'"),
        (
            ("wg-1-budget-send", "--in", "wg-1", "--on", "2025-01-01"),
            "it cannot be closed before that",
        ),
    ],
)
def test_close_follow_up_refuses_unknown_ids_and_impossible_dates(
    wg_repo: Path, run_cli: Any, args: tuple[str, ...], message: str
) -> None:
    before = _read(wg_repo)
    result = run_cli("close", "follow-up", *args, "--root", str(wg_repo))
    assert 2 == result.code
    assert message in result.err
    assert before == _read(wg_repo)


def test_closing_a_closed_follow_up_is_refused(wg_repo: Path, run_cli: Any) -> None:
    first = run_cli(
        "close", "follow-up", "wg-1-budget-send", "--in", "wg-1", "--root", str(wg_repo)
    )
    assert 0 == first.code, first.err
    again = run_cli(
        "close", "follow-up", "wg-1-budget-send", "--in", "wg-1", "--root", str(wg_repo)
    )
    assert 2 == again.code
    assert "follow-up wg-1-budget-send is already closed in wg-1" in again.err


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_an_interrupted_write_leaves_the_old_file_intact(
    wg_repo: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    before = (wg_repo / WG_1).read_bytes()

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, fail)
    result = run_cli(
        "close", "follow-up", "wg-1-budget-send", "--in", "wg-1", "--root", str(wg_repo)
    )
    monkeypatch.undo()
    assert 2 == result.code
    assert f"could not write {WG_1} (No space left on device)" in result.err
    assert "the file is unchanged" in result.err
    assert before == (wg_repo / WG_1).read_bytes()
    assert ["2025-03-03-wg-1.yaml"] == sorted(p.name for p in (wg_repo / "meetings/wg").iterdir())


def test_a_file_that_does_not_validate_is_not_edited(wg_repo: Path, run_cli: Any) -> None:
    path = wg_repo / WG_1
    path.write_text(_read(wg_repo).replace("status: minutes-approved", "status: done"), "utf-8")
    before = path.read_bytes()
    result = run_cli(
        "close", "follow-up", "wg-1-budget-send", "--in", "wg-1", "--root", str(wg_repo)
    )
    assert 2 == result.code
    assert "no follow-up has the id 'wg-1-budget-send'" in result.err
    assert before == path.read_bytes()


def test_a_result_that_would_break_a_reference_is_refused(wg_repo: Path) -> None:
    from docket.workflow.write import FileEdit, WorkflowError, check_edits

    corpus, _, _ = load_corpus(wg_repo, use_cache=False)
    broken = _read(wg_repo).replace("owner: acme", "owner: nobody")
    with pytest.raises(WorkflowError, match="no person or organisation has the id 'nobody'"):
        check_edits(corpus, [FileEdit(WG_1, broken)])
    invalid = _read(wg_repo).replace("status: minutes-approved", "status: done")
    with pytest.raises(WorkflowError, match="would not validate"):
        check_edits(corpus, [FileEdit(WG_1, invalid)])


def test_a_file_with_windows_line_ends_keeps_them(wg_repo: Path, run_cli: Any) -> None:
    path = wg_repo / WG_1
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    before = path.read_bytes()
    result = run_cli("close", "follow-up", "wg-1-budget-report", "--in", "wg-1",
                     "--root", str(wg_repo))  # fmt: skip
    assert 0 == result.code, result.err
    expected = (
        b"          status: closed\r\n"
        b"          closed_in: wg-1\r\n"
        b"          closed_on: 2025-03-03\r\n"
    )
    after = path.read_bytes()
    anchor = b"# a comment after the due date\r\n"
    assert before.replace(anchor, anchor + expected, 1) == after


def test_closing_in_a_meeting_only_planned_is_refused(wg_repo: Path, run_cli: Any) -> None:
    planned = run_cli("new", "meeting", "--body", "wg", "--date", "2025-06-02",
                      "--root", str(wg_repo), "--as-of", "2025-04-01")  # fmt: skip
    assert 0 == planned.code, planned.err
    (meeting,) = [p for p in (wg_repo / "meetings" / "wg").glob("2025-06-02*.yaml")]
    meeting_id = YAML(typ="safe").load(meeting.read_text("utf-8"))["id"]
    before = _read(wg_repo)
    result = run_cli("close", "follow-up", "wg-1-budget-send", "--in", meeting_id,
                     "--root", str(wg_repo))  # fmt: skip
    assert 2 == result.code
    assert f"meeting {meeting_id} on 2025-06-02 is planned" in result.err
    assert before == _read(wg_repo)
