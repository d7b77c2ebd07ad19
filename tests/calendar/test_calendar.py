"""docket calendar: a valid RFC 5545 feed of upcoming meetings, deadlines and milestones.

The base repository (tests/checks/base/) holds one meeting, long held: its feed has no events.
Laying tests/calendar/upcoming/ over it adds a planned meeting with times (wg-2), an invited one
without times whose agenda is already sent (wg-3), a cancelled one (wg-4) and an annual plan.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from docket.calendar_feed import uid_domain
from docket.pipeline import load_corpus

HERE = Path(__file__).parent
BASE_REPOSITORY = HERE.parent / "checks" / "base"
REPO_ROOT = HERE.parent.parent
AS_OF = "2025-05-01"
DOMAIN = "acme-b3efece1.docket"
EXPECTED_UIDS = [
    "wg-2-agenda-deadline@" + DOMAIN,
    "wg-2@" + DOMAIN,
    "wg-2-minutes-deadline@" + DOMAIN,
    "wg-2-comments-deadline@" + DOMAIN,
    "wg-3@" + DOMAIN,
    "wg-3-minutes-deadline@" + DOMAIN,
    "wg-3-comments-deadline@" + DOMAIN,
    "wg-4@" + DOMAIN,
    "wg-2025-budget@" + DOMAIN,
    "wg-2025-wg-2025-12-01@" + DOMAIN,
]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    shutil.copytree(BASE_REPOSITORY, folder)
    shutil.copytree(HERE / "upcoming", folder, dirs_exist_ok=True)
    return folder


def feed(run_cli: Any, root: Path, *args: str) -> tuple[str, Calendar]:
    result = run_cli("calendar", "--root", str(root), *args)
    assert 0 == result.code, result.err
    return result.out, Calendar.from_ical(result.out)


def events_by_uid(calendar: Calendar) -> dict[str, Any]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_base_repository_has_no_upcoming_events(run_cli: Any) -> None:
    _, calendar = feed(run_cli, BASE_REPOSITORY, "--as-of", AS_OF)
    assert [] == calendar.walk("VEVENT")
    assert "2.0" == str(calendar["VERSION"])


def test_feed_lists_upcoming_meetings_deadlines_and_milestones(run_cli: Any, repo: Path) -> None:
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    assert EXPECTED_UIDS == [str(event["UID"]) for event in calendar.walk("VEVENT")]


def test_every_event_has_the_required_properties(run_cli: Any, repo: Path) -> None:
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    for event in calendar.walk("VEVENT"):
        assert {"UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"} <= set(event.keys())
        assert datetime(2025, 5, 1, tzinfo=UTC) == event.decoded("DTSTAMP")
    assert "PRODID" in calendar and "VERSION" in calendar


def test_timed_meeting_is_in_copenhagen_time_with_a_vtimezone(run_cli: Any, repo: Path) -> None:
    text, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    meeting = events_by_uid(calendar)[f"wg-2@{DOMAIN}"]
    start, end = meeting.decoded("DTSTART"), meeting.decoded("DTEND")
    assert (time(13, 0), time(15, 30)) == (start.time(), end.time())
    assert "Europe/Copenhagen" == meeting["DTSTART"].params["TZID"]
    assert ["Europe/Copenhagen"] == [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
    assert "LOCATION:Microsoft Teams\r\n" in text


def test_meeting_without_times_is_an_all_day_event(run_cli: Any, repo: Path) -> None:
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    meeting = events_by_uid(calendar)[f"wg-3@{DOMAIN}"]
    assert (date(2025, 9, 1), date(2025, 9, 2)) == (
        meeting.decoded("DTSTART"),
        meeting.decoded("DTEND"),
    )


def test_deadlines_follow_the_rules_in_force(run_cli: Any, repo: Path) -> None:
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    events = events_by_uid(calendar)
    got = [
        events[f"wg-2-{key}-deadline@{DOMAIN}"].decoded("DTSTART")
        for key in ("agenda", "minutes", "comments")
    ]
    assert [date(2025, 5, 26), date(2025, 6, 16), date(2025, 6, 26)] == got


def test_summaries_are_danish_and_keep_the_letters(run_cli: Any, repo: Path) -> None:
    text, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    events = events_by_uid(calendar)
    assert "Frist: dagsorden til møde\u00a02 i Arbejdsgruppen udsendes" == str(
        events[f"wg-2-agenda-deadline@{DOMAIN}"]["SUMMARY"]
    )
    assert "Årshjul: Budgetforslag for 2026 til bestyrelsen" == str(
        events[f"wg-2025-budget@{DOMAIN}"]["SUMMARY"]
    )
    assert "SUMMARY:Møde\u00a02 i Arbejdsgruppen\r\n" in text


def test_cancelled_meeting_is_marked_cancelled(run_cli: Any, repo: Path) -> None:
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    meeting = events_by_uid(calendar)[f"wg-4@{DOMAIN}"]
    assert "CANCELLED" == str(meeting["STATUS"])
    assert str(meeting["SUMMARY"]).startswith("AFLYST: ")


def test_lines_are_crlf_and_folded_at_75_octets(run_cli: Any, repo: Path) -> None:
    text, _ = feed(run_cli, repo, "--as-of", AS_OF)
    assert text.endswith("\r\n")
    lines = text.encode("utf-8").split(b"\r\n")[:-1]
    assert [] == [line for line in lines if len(line) > 75 or b"\n" in line]


def test_feed_is_reproducible_with_source_date_epoch(
    run_cli: Any, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1746057600")
    first, calendar = feed(run_cli, repo)
    second, _ = feed(run_cli, repo)
    assert first == second
    stamp = calendar.walk("VEVENT")[0].decoded("DTSTAMP")
    assert datetime(2025, 5, 1, tzinfo=UTC) == stamp


def test_a_bad_source_date_epoch_is_a_usage_error(
    run_cli: Any, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    result = run_cli("calendar", "--root", str(repo))
    assert 2 == result.code
    assert "SOURCE_DATE_EPOCH" in result.err


def test_output_file_and_base_url(run_cli: Any, repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "feed.ics"
    url = "https://example.org/governance/blob/main"
    result = run_cli(
        "calendar", "--root", str(repo), "--as-of", AS_OF, "-o", str(target), "--base-url", url
    )
    assert 0 == result.code, result.err
    meeting = events_by_uid(Calendar.from_ical(target.read_bytes()))[f"wg-2@{DOMAIN}"]
    assert f"{url}/meetings/wg/2025-06-02-wg-2.yaml" == str(meeting["URL"])


def test_body_filter_and_unknown_body(run_cli: Any, repo: Path) -> None:
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF, "--body", "board")
    assert [] == calendar.walk("VEVENT")
    result = run_cli("calendar", "--root", str(repo), "--body", "nope")
    assert 2 == result.code
    assert "no body has the id 'nope'" in result.err


def test_shipped_data_gives_a_valid_feed(run_cli: Any) -> None:
    corpus, _, _ = load_corpus(REPO_ROOT, use_cache=False)
    upcoming = {
        f"{m.obj.id}@{uid_domain(corpus)}"
        for m in corpus.meetings.values()
        if m.obj.status.value in ("planned", "invited", "cancelled")
    }
    text, calendar = feed(run_cli, REPO_ROOT, "--as-of", AS_OF)
    assert ".yaml" not in text and "X-DOCKET-PATH" not in text  # public: no file of the record
    uids = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert upcoming <= set(uids)
    for event in calendar.walk("VEVENT"):
        assert {"UID", "DTSTAMP", "DTSTART"} <= set(event.keys())


def _write_meeting(root: Path, name: str, text: str) -> None:
    (root / "meetings" / "wg" / name).write_text(text, encoding="utf-8")


def test_uids_differ_between_repositories_and_stay_across_clones(
    run_cli: Any, repo: Path, tmp_path: Path
) -> None:
    clone = tmp_path / "elsewhere" / "clone"
    shutil.copytree(repo, clone)
    _, ours = feed(run_cli, repo, "--as-of", AS_OF)
    _, same = feed(run_cli, clone, "--as-of", AS_OF)
    assert list(events_by_uid(ours)) == list(events_by_uid(same))
    other = tmp_path / "other"
    shutil.copytree(repo, other)
    bodies = other / "governance" / "bodies" / "wg.yaml"
    bodies.write_text(
        bodies.read_text(encoding="utf-8").replace("Arbejdsgruppen", "Udvalget"), encoding="utf-8"
    )
    _, theirs = feed(run_cli, other, "--as-of", AS_OF)
    assert not set(events_by_uid(ours)) & set(events_by_uid(theirs))
    assert all(not uid.endswith("@docket") for uid in events_by_uid(ours))


def test_the_calendar_is_named_after_the_body(run_cli: Any, repo: Path) -> None:
    _, only_wg = feed(run_cli, repo, "--as-of", AS_OF, "--body", "wg")
    assert "Arbejdsgruppen" == str(only_wg["X-WR-CALNAME"])
    _, everything = feed(run_cli, repo, "--as-of", AS_OF)
    assert "docket" != str(everything["X-WR-CALNAME"])


def test_a_timed_meeting_without_an_end_lasts_the_default_two_hours(
    run_cli: Any, repo: Path
) -> None:
    _write_meeting(
        repo,
        "2025-06-02-wg-2.yaml",
        (HERE / "upcoming/meetings/wg/2025-06-02-wg-2.yaml")
        .read_text(encoding="utf-8")
        .replace('end: "15:30"\n', ""),
    )
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    meeting = events_by_uid(calendar)[f"wg-2@{DOMAIN}"]
    assert (time(13, 0), time(15, 0)) == (
        meeting.decoded("DTSTART").time(),
        meeting.decoded("DTEND").time(),
    )


def test_the_rules_may_set_the_meeting_duration(run_cli: Any, repo: Path) -> None:
    _write_meeting(
        repo,
        "2025-06-02-wg-2.yaml",
        (HERE / "upcoming/meetings/wg/2025-06-02-wg-2.yaml")
        .read_text(encoding="utf-8")
        .replace('end: "15:30"\n', ""),
    )
    rules = repo / "governance" / "rules" / "wg-rules.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace(
            "      quorum: 3\n", "      quorum: 3\n      meeting_duration_minutes: 90\n"
        ),
        encoding="utf-8",
    )
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    assert time(14, 30) == events_by_uid(calendar)[f"wg-2@{DOMAIN}"].decoded("DTEND").time()


def test_deadlines_and_milestones_carry_an_alarm_and_meetings_do_not(
    run_cli: Any, repo: Path
) -> None:
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    events = events_by_uid(calendar)
    alarm = events[f"wg-2-agenda-deadline@{DOMAIN}"].walk("VALARM")
    assert 1 == len(alarm)
    assert ("DISPLAY", "-PT15H") == (
        str(alarm[0]["ACTION"]),
        alarm[0]["TRIGGER"].to_ical().decode(),
    )
    assert events[f"wg-2025-budget@{DOMAIN}"].walk("VALARM")
    assert [] == events[f"wg-2@{DOMAIN}"].walk("VALARM")


def test_the_public_feed_leaves_out_confidential_meetings_and_items(
    run_cli: Any, repo: Path
) -> None:
    text = (HERE / "upcoming/meetings/wg/2025-06-02-wg-2.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "title: Årshjul for 2025, kind: decision}",
        "title: Årshjul for 2025, kind: decision, confidentiality: internal}",
    )
    _write_meeting(repo, "2025-06-02-wg-2.yaml", text)
    wg4 = repo / "meetings" / "wg" / "2025-10-06-wg-4.yaml"
    wg4.write_text(
        wg4.read_text(encoding="utf-8").replace(
            "status:", "confidentiality: confidential\nstatus:"
        ),
        encoding="utf-8",
    )
    _, public = feed(run_cli, repo, "--as-of", AS_OF, "--audience", "public")
    events = events_by_uid(public)
    assert f"wg-4@{DOMAIN}" not in events
    description = str(events[f"wg-2@{DOMAIN}"]["DESCRIPTION"])
    assert "Årshjul for 2025" not in description
    closed = [line for line in description.splitlines() if line.endswith(". Lukket punkt")]
    assert 1 == len(closed)  # its number stands, as in the public minutes
    _, internal = feed(run_cli, repo, "--as-of", AS_OF, "--audience", "internal")
    assert "Årshjul for 2025" in str(events_by_uid(internal)[f"wg-2@{DOMAIN}"]["DESCRIPTION"])
    assert f"wg-4@{DOMAIN}" not in events_by_uid(internal)
    _, everything = feed(run_cli, repo, "--as-of", AS_OF, "--audience", "confidential")
    assert f"wg-4@{DOMAIN}" in events_by_uid(everything)


def test_a_public_feed_names_no_file_of_the_repository(run_cli: Any, repo: Path) -> None:
    """A citizen reads titles, not paths: descriptions name the rules and the annual plan."""
    text, calendar = feed(run_cli, repo, "--as-of", AS_OF)
    assert ".yaml" not in text and "meetings/" not in text and "governance/" not in text
    events = events_by_uid(calendar)
    deadline = str(events[f"wg-2-agenda-deadline@{DOMAIN}"]["DESCRIPTION"])
    assert deadline.startswith("Ifølge Forretningsorden for arbejdsgruppen version\u00a01.0: ")
    assert deadline.endswith("\n\nMøde\u00a02 i Arbejdsgruppen")
    milestone = str(events[f"wg-2025-budget@{DOMAIN}"]["DESCRIPTION"])
    assert milestone.endswith("Kilde: Årshjul 2025 for arbejdsgruppen")


def test_an_internal_feed_keeps_the_file_for_tools_but_not_in_the_text(
    run_cli: Any, repo: Path
) -> None:
    _, calendar = feed(run_cli, repo, "--as-of", AS_OF, "--audience", "internal")
    meeting = events_by_uid(calendar)[f"wg-2@{DOMAIN}"]
    assert "meetings/wg/2025-06-02-wg-2.yaml" == str(meeting["X-DOCKET-PATH"])
    assert ".yaml" not in str(meeting["DESCRIPTION"])
