"""docket remind (text and e-mail with its .ics) and docket calendar keep dates and numbered
labels on one line, as the documents and the site do; run with the real CLI on the NGC record
and on examples/aadalen, and what they write read back (the e-mail with ``email``, the .ics with
``icalendar``).

A no-break space is two octets in UTF-8: an iCalendar line folded at 75 octets must neither
pass the limit nor cut the character in two, and the tests look for a fold that fell on one.
The record's paths, ids and UIDs keep ordinary characters.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from ruamel.yaml import YAML
from tests.conftest import REPO_ROOT, copy_ngc_record
from tests.render.conftest import docket
from tests.typography.reading import read_page, stray_no_breaks, unbound_spaces

from docket.typography import NO_BREAK, keep_together

NB = NO_BREAK
AADALEN = REPO_ROOT / "examples" / "aadalen"
NEW_MEETING = "meetings/tmu/2026-02-17-tmu-8.yaml"
FOLD_LIMIT = 75


def _run(*args: str) -> str:
    run = docket(*args)
    assert 0 == run.code, run.err
    return run.out


def _edit(path: Path, change: Callable[[Any], None]) -> None:
    """Change a record file as a person would, through ruamel's round trip."""
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    change(data)
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(data, stream)


@pytest.fixture(scope="module")
def ngc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_ngc_record(tmp_path_factory.mktemp("typography-ngc") / "ngc", configured=False)


@pytest.fixture(scope="module")
def aadalen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/aadalen with the committee's next meeting made by ``docket new meeting``, so
    that something is due; its agenda lists items whose titles carry dates."""
    repo = tmp_path_factory.mktemp("typography-aadalen") / "aadalen"
    shutil.copytree(AADALEN, repo)
    _run("new", "meeting", "--root", str(repo), "--body", "tmu", "--date", "2026-02-17",
         "--as-of", "2026-02-02")  # fmt: skip

    def add_items(meeting: dict[str, list[dict[str, str]]]) -> None:
        for number in range(1, 41):
            meeting["items"].append(
                {
                    "id": f"tmu-8-date-{number}",
                    "number": f"{10 + number}",
                    "title": f"Høring{'ø' * number} til {number % 28 + 1}. maj",
                    "kind": "information",
                }
            )

    _edit(repo / NEW_MEETING, add_items)
    return repo


def _ics_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def _assert_valid_folding(data: bytes) -> None:
    """RFC 5545 3.1: no line longer than 75 octets, and a fold never inside a character."""
    lines = _ics_lines(data)
    assert [] == [line for line in lines if len(line) > FOLD_LIMIT]
    for line in lines:
        line.decode("utf-8")  # a no-break space cut in two raises here


def _text_lines(text: str) -> tuple[list[str], list[str]]:
    """The reminder's sentences, and its lines naming the record (path and id)."""
    lines = text.splitlines()
    sources = [line for line in lines if line.strip().startswith(("Kilde:", "Record:"))]
    return [line for line in lines if line not in sources], sources


def test_danish_text_reminders_keep_dates_and_items_together_and_paths_plain(ngc: Path) -> None:
    out = _run("remind", "--root", str(ngc), "--as-of", "2025-04-25")
    sentences, sources = _text_lines(out)
    assert out.startswith(f"Påmindelser pr. 25.{NB}april 2025: frister til og med 9.{NB}maj 2025")
    assert (
        f"\n  - frist 7.{NB}maj 2025, om 8 arbejdsdage: Send dagsordenen til møde{NB}1 i den "
        "nationale bestyrelse for drift af Den Nationale Genomdatabase "
        f"(7.{NB}maj 2025) (forretningsordenen"
    ) in out
    assert "    Kilde: meetings/board/2025-05-07-board-1.yaml (board-m1)" in sources
    assert [] == [s for line in sentences for s in unbound_spaces(line) + stray_no_breaks(line)]
    assert [] == [line for line in sources if NB in line]


def test_english_text_reminders_keep_dates_and_meetings_together(ngc: Path) -> None:
    out = _run("remind", "--root", str(ngc), "--as-of", "2025-04-25", "--lang", "en")
    assert out.startswith(f"Reminders as of 25{NB}April 2025: deadlines up to 9{NB}May 2025")
    assert f"Send the agenda for meeting{NB}1 of " in out
    sentences, _ = _text_lines(out)
    assert [] == [s for line in sentences for s in unbound_spaces(line) + stray_no_breaks(line)]


def test_aadalen_reminders_keep_the_rule_and_the_meeting_together(aadalen: Path) -> None:
    out = _run("remind", "--root", str(aadalen), "--as-of", "2026-02-05")
    assert (
        f"  - frist 11.{NB}februar 2026, om 4 arbejdsdage: Send dagsordenen til møde{NB}8 i "
        f"Teknik- og Miljøudvalget (17.{NB}februar 2026) (tmu-rules version{NB}1.0: "
        "4 arbejdsdage)\n"
        f"    Kilde: {NEW_MEETING} (tmu-8)\n"
    ) in out


def _mail(ngc: Path, outbox: Path) -> EmailMessage:
    _run("remind", "--root", str(ngc), "--as-of", "2025-04-25", "--within", "365d",
         "--format", "email", "-o", str(outbox))  # fmt: skip
    message = BytesParser(policy=policy.default).parsebytes(
        (outbox / "rikke-korshoej-andersen.eml").read_bytes()
    )
    assert isinstance(message, EmailMessage)
    return message


def test_the_e_mail_keeps_its_subject_and_body_together(ngc: Path, tmp_path: Path) -> None:
    message = _mail(ngc, tmp_path / "outbox")
    assert f"Påmindelser pr. 25.{NB}april 2025: 3 opgave(r)" == str(message["Subject"])
    body = message.get_body(("plain",))
    assert body is not None
    content = body.get_content().replace("\r\n", "\n")
    assert f"frist 31.{NB}december 2025, om 174 arbejdsdage: Opfølgning fra møde{NB}1 i " in content
    sentences, sources = _text_lines(content)
    assert [] == [s for line in sentences for s in unbound_spaces(line) + stray_no_breaks(line)]
    assert sources and [] == [line for line in sources if NB in line]


def test_the_e_mails_calendar_keeps_summaries_together_and_folds_validly(
    ngc: Path, tmp_path: Path
) -> None:
    message = _mail(ngc, tmp_path / "outbox")
    [attachment] = list(message.iter_attachments())
    data = attachment.get_payload(decode=True)
    assert isinstance(data, bytes)
    _assert_valid_folding(data)
    events = Calendar.from_ical(data).walk("VEVENT")
    summaries = [str(event["SUMMARY"]) for event in events]
    assert any(s.startswith(f"Opfølgning fra møde{NB}1 i den tekniske arbejdsgruppe (24.{NB}april")
               for s in summaries)  # fmt: skip
    assert [] == [str(e["UID"]) for e in events if NB in str(e["UID"])]
    descriptions = [str(event["DESCRIPTION"]) for event in events]
    assert all(d.endswith(")") and NB not in d.splitlines()[-1] for d in descriptions)  # the path


def test_the_ngc_feed_keeps_meetings_and_dates_together(ngc: Path, tmp_path: Path) -> None:
    target = tmp_path / "ngc.ics"
    _run("calendar", "--root", str(ngc), "--as-of", "2025-04-25", "--audience", "internal",
         "-o", str(target))  # fmt: skip
    data = target.read_bytes()
    _assert_valid_folding(data)
    events = {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    board = next(e for uid, e in events.items() if uid.startswith("board-m1@"))
    name = f"Møde{NB}1 i den nationale bestyrelse for drift af Den Nationale Genomdatabase"
    assert name == str(board["SUMMARY"])
    assert str(board["DESCRIPTION"]).startswith(f"{name}\n\nDagsorden:\n1. Godkendelse af")
    descriptions = [str(event["DESCRIPTION"]) for event in events.values()]
    assert any(f"første gang d. 7.{NB}maj 2025, godkendes" in d for d in descriptions)
    plain = [*events, *(str(e["X-DOCKET-PATH"]) for e in events.values())]
    assert [] == [value for value in plain if NB in value]


def test_the_aadalen_feed_keeps_titles_together_and_folds_on_a_no_break_space(
    aadalen: Path, tmp_path: Path
) -> None:
    target = tmp_path / "aadalen.ics"
    _run("calendar", "--root", str(aadalen), "--as-of", "2026-02-02", "-o", str(target))
    data = target.read_bytes()
    _assert_valid_folding(data)
    lines = _ics_lines(data)
    nb = NB.encode("utf-8")
    # a fold fell where the two octets of a no-break space would have passed the limit: the
    # character went whole to the next line
    assert any(
        line.startswith(b" " + nb) and len(before) + len(nb) > FOLD_LIMIT
        for before, line in pairwise(lines)
    )
    events = {str(e["UID"]).split("@")[0]: e for e in Calendar.from_ical(data).walk("VEVENT")}
    meeting = events["tmu-8"]
    assert f"Møde{NB}8 i Teknik- og Miljøudvalget" == str(meeting["SUMMARY"])
    description = str(meeting["DESCRIPTION"]).splitlines()
    for number in range(1, 41):
        title = f"Høring{'ø' * number} til {number % 28 + 1}.{NB}maj"
        assert f"{10 + number}. {title}" in description
    assert f"Frist: udkast til referat af møde{NB}8 i Teknik- og Miljøudvalget" == str(
        events["tmu-8-minutes-deadline"]["SUMMARY"]
    )


def test_an_english_body_s_feed_keeps_meeting_and_number_together(
    aadalen: Path, tmp_path: Path
) -> None:
    repo = tmp_path / "english"
    shutil.copytree(aadalen, repo)
    _edit(repo / "governance" / "bodies" / "tmu.yaml", lambda body: body.update(language="en"))
    out = _run("calendar", "--root", str(repo), "--as-of", "2026-02-02")
    events = {str(e["UID"]).split("@")[0]: e for e in Calendar.from_ical(out).walk("VEVENT")}
    assert f"Meeting{NB}8 of the Technical and Environmental Committee" == str(
        events["tmu-8"]["SUMMARY"]
    )
    assert f"{11}. Høringø til 2.{NB}maj" in str(events["tmu-8"]["DESCRIPTION"])


HOSTILE = "Pkt.&nbsp;3 og \\u00a0 <b>fed</b> &amp; 7. maj"
"""A title and a text that look like markup and escapes: they stay the characters they are."""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The NGC record with HOSTILE as the title of the board's item 2 and as the input the
    working group forwarded for it."""
    repo = copy_ngc_record(tmp_path_factory.mktemp("typography-hostile") / "ngc", False)

    def title(meeting: dict[str, list[dict[str, str]]]) -> None:
        meeting["items"][1]["title"] = HOSTILE

    def forward(meeting: dict[str, list[dict[str, list[dict[str, str]]]]]) -> None:
        for item in meeting["items"]:
            for sent in item.get("forwarded", []):
                if sent["id"] == "twg-m1-i3-forward-commission":
                    sent["text"] = HOSTILE

    _edit(repo / "meetings" / "board" / "2025-05-07-board-1.yaml", title)
    _edit(repo / "meetings" / "twg" / "2025-04-24-twg-1.yaml", forward)
    return repo


def test_a_hostile_title_stays_text_on_the_site(hostile: Path, tmp_path: Path) -> None:
    _run("site", "--root", str(hostile), "-o", str(tmp_path / "site"), "--as-of", "2025-04-25",
         "--no-packs")  # fmt: skip
    path = tmp_path / "site" / "m" / "board-m1" / "index.html"
    raw = path.read_text(encoding="utf-8")
    assert "Pkt.&amp;nbsp;3 og \\u00a0 &lt;b&gt;fed&lt;/b&gt; &amp;amp; 7.\u00a0maj" in raw
    page = read_page(path)
    assert f"Pkt.{NB}2 {keep_together(HOSTILE)} (O)" in page.of("h3")
    assert [] == [text for tag, text in page.texts if tag == "b"]


def test_a_hostile_title_stays_text_in_the_feed_and_the_reminders(hostile: Path) -> None:
    out = _run("calendar", "--root", str(hostile), "--as-of", "2025-04-25")
    assert "\\\\u00a0" in out  # the backslash escaped as RFC 5545 TEXT asks
    board = next(e for e in Calendar.from_ical(out).walk("VEVENT")
                 if str(e["UID"]).startswith("board-m1@"))  # fmt: skip
    assert f"2. {keep_together(HOSTILE)}" in str(board["DESCRIPTION"]).splitlines()
    text = _run("remind", "--root", str(hostile), "--as-of", "2025-04-25")
    assert f"(24.{NB}april 2025): {keep_together(HOSTILE)}\n" in text
