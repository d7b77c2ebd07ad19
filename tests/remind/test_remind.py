"""docket remind: what is due or overdue, grouped by who must act, in text, Markdown, JSON and
e-mail, on the shipped NGC record and on a small repository with rules in working days.

The small repository is tests/checks/base with tests/remind/overlay laid over it: the working
group's rules from April 2025 count 5 working days of notice and a 10-working-day comment period;
meeting wg-2 (7 April) sent its draft on 10 April, has an overdue follow-up owned by Bob and input
for the board; meeting wg-3 (12 May) is planned and its agenda not sent.
"""

from __future__ import annotations

import shutil
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from tests.conftest import copy_ngc_record

HERE = Path(__file__).parent
REPO_ROOT = HERE.parent.parent
BASE = HERE.parent / "checks" / "base"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    shutil.copytree(BASE, folder)
    shutil.copytree(HERE / "overlay", folder, dirs_exist_ok=True)
    return folder


def remind(run_cli: Any, root: Path, *args: str) -> Any:
    result = run_cli("remind", "--root", str(root), *args)
    assert 0 == result.code, result.err
    return result


def read_mail(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def test_shipped_record_as_of_the_day_after_the_first_meeting(run_cli: Any) -> None:
    out = remind(run_cli, REPO_ROOT, "--as-of", "2025-04-25").out
    assert out.startswith(
        "Påmindelser pr. 25.\u00a0april 2025: frister til og med 9.\u00a0maj 2025\n"
    )
    board = "Den nationale bestyrelse for drift af Den Nationale Genomdatabase"
    assert f"\n{board} (sekretariat, organ)\n" in out
    assert (
        "  - frist 7.\u00a0maj 2025, om 8 arbejdsdage: Send dagsordenen til møde\u00a01 i den "
        "nationale bestyrelse for drift af Den Nationale Genomdatabase (7.\u00a0maj 2025) "
        "(forretningsordenen "
        "giver ingen frist: senest på mødedagen)\n"
    ) in out
    for subject in (
        "twg-m1-i3-forward-commission",  # input the board is to take up on 7 May
        "twg-m1-i6-forward-objectives",
        "annual-plan-2025-board-approval",  # the annual plan's milestone on 7 May
        "twg-m1-i3-pending-variant-databases",  # decisions the working group awaits
        "twg-m1-i7-pending-gpu-priority",
        "twg-m1-i3-follow-up-variant-databases",  # NGC's open follow-up, no due date
    ):
        assert f"({subject})\n" in out
    assert "\nNGC (sekretariat, opfølgningsansvarlig)\n" in out
    assert (
        "  - ingen frist: Send udkast til referat af møde\u00a01 i den tekniske arbejdsgruppe "
        "(24.\u00a0april 2025)\n"
    ) in out
    # due 31 December: outside the fortnight
    assert "twg-m1-i4-follow-up-physical-meeting" not in out
    # the council's and steering group's meetings are recorded only as held: nothing implied
    assert "Fagligt råd" not in out and "Styregruppen" not in out
    assert "rka@ngc.dk" not in out


def test_a_longer_horizon_adds_the_follow_up_due_at_year_end(run_cli: Any) -> None:
    out = remind(run_cli, REPO_ROOT, "--as-of", "2025-04-25", "--within", "365d").out
    assert "frist 31.\u00a0december 2025, om 174 arbejdsdage: Opfølgning fra møde\u00a01" in out


def test_deadlines_in_working_days_under_the_rules_in_force(run_cli: Any, repo: Path) -> None:
    data = remind(run_cli, repo, "--as-of", "2025-04-25", "--format", "json").json()
    assert ("2025-04-25", 14, "2025-05-09", "da") == (
        data["as_of"],
        data["within_days"],
        data["horizon"],
        data["language"],
    )
    got = [
        (g["actor"], t["kind"], t["subject"], t["due"], t["working_days_left"], t["rule"])
        for g in data["groups"]
        for t in g["tasks"]
    ]
    rules = "wg-rules version 2.0"
    assert [
        ("acme", "agenda-to-send", "wg-3", "2025-05-05", 6, f"{rules}: 5 arbejdsdage"),
        ("bob", "follow-up", "wg-2-access-survey", "2025-04-15", -5, None),
        ("wg", "comment-period-ends", "wg-2", "2025-04-29", 2, f"{rules}: 10 arbejdsdage"),
        ("board", "input-awaiting-answer", "wg-2-access-to-board", None, None, None),
    ] == got
    overdue = data["groups"][1]["tasks"][0]
    assert (True, "frist 15. april 2025, overskredet med 5 arbejdsdage") == (
        overdue["overdue"],
        overdue["deadline"],
    )


def test_after_the_comment_period_the_body_is_to_approve(run_cli: Any, repo: Path) -> None:
    data = remind(run_cli, repo, "--as-of", "2025-04-30", "--format", "json").json()
    kinds = {(t["kind"], t["subject"], t["due"]) for g in data["groups"] for t in g["tasks"]}
    assert ("minutes-to-approve", "wg-2", "2025-05-12") in kinds
    assert not any(kind == "comment-period-ends" for kind, _, _ in kinds)


def test_english_on_request(run_cli: Any, repo: Path) -> None:
    out = remind(run_cli, repo, "--as-of", "2025-04-25", "--lang", "en").out
    assert out.startswith("Reminders as of 25\u00a0April 2025: deadlines up to 9\u00a0May 2025\n")
    assert "due 15\u00a0April 2025, 5 working days overdue: Follow-up from meeting\u00a02 of" in out


def test_markdown_keeps_free_text_as_text(run_cli: Any, repo: Path) -> None:
    out = remind(run_cli, repo, "--as-of", "2025-04-25", "--format", "markdown").out
    assert "## Bob Berg (opfølgningsansvarlig)\n" in out
    assert r"behov for \<adgang\> \& \*brugerstyring\*." in out
    assert "- [ ] **frist 29. april 2025, om 2 arbejdsdage**: Kommentarfristen" in out


def test_nothing_due(run_cli: Any) -> None:
    out = remind(run_cli, BASE, "--as-of", "2025-06-01").out
    assert out.endswith("\nIntet at gøre.\n")


def test_one_message_per_person_with_an_ics_attachment(
    run_cli: Any, repo: Path, tmp_path: Path
) -> None:
    outbox = tmp_path / "outbox"
    result = remind(run_cli, repo, "--as-of", "2025-04-25", "--format", "email", "-o", str(outbox))
    assert ["bob.eml", "sec.eml"] == sorted(p.name for p in outbox.iterdir())
    # the chair of both bodies has no address: her reminders are named, not lost
    assert "Alice Andersen: no e-mail address (reminders for Arbejdsgruppen, Bestyrelsen)" in (
        result.err
    )
    sara = read_mail(outbox / "sec.eml")
    assert "Sara Sekretær <sek@acme.dk>" == str(sara["To"])
    assert "Påmindelser pr. 25.\u00a0april 2025: 2 opgave(r)" == str(sara["Subject"])
    assert ("da", "Fri, 25 Apr 2025 07:00:00 +0200") == (sara["Content-Language"], sara["Date"])
    text = sara.get_body(("plain",))
    assert text is not None
    content = text.get_content().replace("\r\n", "\n")  # RFC 5322 lines end in CRLF
    assert content.startswith("Kære Sara Sekretær,\n")
    assert "Acme (sekretariat)\n  - frist 5.\u00a0maj 2025" in content
    assert "Arbejdsgruppen (organ)\n  - frist 29.\u00a0april 2025" in content
    [attachment] = list(sara.iter_attachments())
    assert ("text/calendar", "frister.ics", "PUBLISH") == (
        attachment.get_content_type(),
        attachment.get_filename(),
        attachment.get_param("method"),
    )
    calendar = Calendar.from_ical(attachment.get_content())
    events = calendar.walk("VEVENT")
    assert ["2025-04-29", "2025-05-05"] == sorted(str(e.decoded("DTSTART")) for e in events)
    assert all(e.walk("VALARM") for e in events)
    assert "Frister for Sara Sekretær" == str(calendar["X-WR-CALNAME"])
    uids = [str(e["UID"]) for e in events]
    assert all(uid.endswith(".docket") and "@acme-" in uid for uid in uids)


def test_messages_are_the_same_every_run(run_cli: Any, repo: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    remind(run_cli, repo, "--as-of", "2025-04-25", "--format", "email", "-o", str(first))
    remind(run_cli, repo, "--as-of", "2025-04-25", "--format", "email", "-o", str(second))
    assert (first / "bob.eml").read_bytes() == (second / "bob.eml").read_bytes()


def test_shipped_record_mails_the_secretary_with_the_deadline_attached(
    run_cli: Any, tmp_path: Path
) -> None:
    outbox = tmp_path / "outbox"
    args = ("--as-of", "2025-04-25", "--within", "365d", "--format", "email", "-o", str(outbox))
    remind(run_cli, REPO_ROOT, *args)
    message = read_mail(outbox / "rikke-korshoej-andersen.eml")
    assert "Rikke Korshøj Andersen <rka@ngc.dk>" == str(message["To"])
    body = message.get_body(("plain",))
    assert body is not None and "NGC (sekretariat, opfølgningsansvarlig)" in body.get_content()
    [attachment] = list(message.iter_attachments())
    calendar = Calendar.from_ical(attachment.get_content())
    [event] = calendar.walk("VEVENT")
    assert "2025-12-31" == str(event.decoded("DTSTART"))
    assert str(event["SUMMARY"]).startswith(
        "Opfølgning fra møde\u00a01 i den tekniske arbejdsgruppe"
    )


def test_email_needs_a_folder(run_cli: Any, repo: Path) -> None:
    result = run_cli("remind", "--root", str(repo), "--as-of", "2025-04-25", "--format", "email")
    assert 2 == result.code
    assert "give a folder with -o" in result.err


def test_a_period_that_is_not_one_is_a_usage_error(
    run_cli: Any, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_cli("remind", "--root", str(repo), "--within", "two weeks")
    assert 2 == stopped.value.code
    assert "'two weeks' is not a period: write e.g. 14d or 2w" in capsys.readouterr().err


def test_a_broken_file_is_reported_and_the_rest_is_still_reminded(run_cli: Any, repo: Path) -> None:
    (repo / "meetings" / "wg" / "2025-05-12-wg-3.yaml").write_text(
        "kind: meeting\nid: wg-3\n\tbody: wg\n", encoding="utf-8"
    )
    result = run_cli("remind", "--root", str(repo), "--as-of", "2025-04-25")
    assert 0 == result.code
    assert "loading problem(s): reminders may be incomplete; run 'docket check'" in result.err
    assert "Bob Berg (opfølgningsansvarlig)" in result.out
    assert "møde 3" not in result.out


def test_days_the_rules_close_are_not_counted_as_working_days(run_cli: Any, repo: Path) -> None:
    """With 1 May closed by the rules (the holidays package's optional days), the agenda due on
    5 May is 5 working days away on 25 April, not 6."""
    rules = repo / "governance" / "rules" / "wg-rules.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(
        text.replace(
            "      minutes_approval_share: 0.75\n",
            "      minutes_approval_share: 0.75\n      closed_days: [public, optional]\n",
        ),
        encoding="utf-8",
    )
    data = remind(run_cli, repo, "--as-of", "2025-04-25", "--format", "json").json()
    agenda = next(t for g in data["groups"] for t in g["tasks"] if t["kind"] == "agenda-to-send")
    assert ("2025-05-05", 5) == (agenda["due"], agenda["working_days_left"])


@pytest.mark.parametrize(("audience", "shown"), [("internal", False), ("confidential", True)])
def test_a_confidential_item_reaches_no_reminder_below_its_level(
    run_cli: Any, tmp_path: Path, audience: str, shown: bool
) -> None:
    """Reminders travel (GitHub issues, e-mail): an item marked confidential stays out of them
    unless the reminders are for a confidential audience."""
    copy_ngc_record(tmp_path)
    meeting = tmp_path / "meetings" / "twg" / "2025-04-24-twg-1.yaml"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(
        text.replace('number: "3"\n', 'number: "3"\n    confidentiality: confidential\n', 1),
        encoding="utf-8",
    )
    out = remind(
        run_cli, tmp_path, "--as-of", "2025-04-25", "--within", "365d", "--audience", audience
    ).out
    assert shown == ("variantdatabaser" in out)
    assert True is ("fysisk møde" in out)


@pytest.mark.parametrize(
    ("status", "due"), [("cancelled", "2025-05-12"), ("planned", "2025-05-05")]
)
def test_the_minutes_go_to_the_next_meeting_that_is_not_cancelled(
    run_cli: Any, repo: Path, status: str, due: str
) -> None:
    """The body approves the minutes at its next meeting: one called off between is passed over
    (remind finds the next meeting in each body's meetings by date, made once)."""
    (repo / "meetings" / "wg" / "2025-05-05-wg-between.yaml").write_text(
        "kind: meeting\nschema_version: 1\nid: wg-between\nbody: wg\ndate: 2025-05-05\n"
        f'start: "13:00"\nchair: alice\nsecretary: sec\nstatus: {status}\n'
        "items:\n  - {id: wg-between-welcome, number: '1', title: Velkomst}\n",
        encoding="utf-8",
    )
    data = remind(run_cli, repo, "--as-of", "2025-04-30", "--format", "json").json()
    kinds = {(t["kind"], t["subject"], t["due"]) for g in data["groups"] for t in g["tasks"]}
    assert ("minutes-to-approve", "wg-2", due) in kinds
