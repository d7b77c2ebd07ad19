"""The second example repository, examples/aadalen: an invented municipal committee and the
city council above it, with every concept of issue 12 used at least once over a year of meetings.

The real CLI checks it and renders its minutes, agenda and decision register in Danish and
English to HTML, DOCX and PDF, and the tests read the text a reader's program would get.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.render.conftest import docket, written
from tests.render.extract import text_of

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "aadalen"
AS_OF = "2026-01-15"
FORMATS = ("html", "docx", "pdf")


def _render(root: Path, out: Path, *args: str) -> str:
    run = docket("render", *args, "--root", str(root), "-o", str(out))
    (path,) = written(run).values()
    return text_of(path)


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("aadalen") / "aadalen"
    shutil.copytree(EXAMPLE, repo)
    return repo


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rendered")


def _data(example: Path) -> list[Any]:
    yaml = YAML(typ="safe")
    return [yaml.load(p.read_text("utf-8")) for p in sorted(example.rglob("*.yaml"))]


def _keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in _keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v)}
    return set()


def _values(node: Any) -> set[str]:
    if isinstance(node, dict):
        return {v for value in node.values() for v in _values(value)}
    if isinstance(node, list):
        return {v for value in node for v in _values(value)}
    return {str(node)}


def test_the_example_passes_docket_check_without_findings(run_cli: Any, example: Path) -> None:
    result = run_cli(
        "check", "--root", str(example), "--as-of", AS_OF, "--format", "json", "--no-cache"
    )
    assert result.code == 0, result.out
    assert result.json()["findings"] == []


def test_the_example_uses_every_concept(example: Path) -> None:
    documents = _data(example)
    keys = set().union(*(_keys(d) for d in documents))
    for field in (
        "conflicts",
        "substitute",
        "substitute_for",
        "votes",
        "against_by",
        "statements",
        "answers",
        "supplementary_sent",
        "supplementary_notice_days",
        "changes",
        "closed_days",
        "named_substitutes_only",
        "end",
    ):
        assert field in keys, field
    values = set().union(*(_values(d) for d in documents))
    assert {"minority-statement", "protocol-remark", "written-procedure", "optional"} <= values
    meetings = [d for d in documents if d["kind"] == "meeting"]
    assert {m["body"] for m in meetings} == {"tmu", "byraadet"}
    assert len(meetings) >= 10


def test_a_report_of_the_written_procedure_is_what_keeps_it_clean(
    run_cli: Any, tmp_path: Path
) -> None:
    repo = tmp_path / "aadalen"
    shutil.copytree(EXAMPLE, repo)
    meeting = repo / "meetings" / "tmu" / "2025-09-09-tmu-5.yaml"
    text = meeting.read_text("utf-8")
    meeting.write_text(text.replace("addresses: [tmu-wp-2025-1]", "addresses: []"), "utf-8")
    result = run_cli(
        "check", "--root", str(repo), "--as-of", AS_OF, "--format", "json", "--no-cache"
    )
    assert [f["name"] for f in result.json()["findings"]] == ["written-procedure-unreported"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_say_who_left_an_item_for_a_conflict_of_interest(
    example: Path, out: Path, fmt: str
) -> None:
    text = _render(example, out / f"tmu-3.{fmt}", "minutes", "tmu-3", "--to", fmt)
    assert (
        "Nina Nørgaard deltog ikke i behandlingen af punktet pga. inhabilitet "
        "(nabo til ejendommen)." in text
    )
    assert "Afstemning: 3 for, 1 imod (Pia Poulsen)." in text


def test_english_minutes_say_it_in_english(example: Path, out: Path) -> None:
    text = _render(
        example, out / "tmu-3-en.html", "minutes", "tmu-3", "--to", "html", "--lang", "en"
    )
    assert (
        "Nina Nørgaard did not take part in the item because of a conflict of interest "
        "(nabo til ejendommen)." in text
    )
    assert "Vote: 3 in favour, 1 against (Pia Poulsen)." in text


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("da", "Karen Kjær, byrådsmedlem, Ådalen Kommune (stedfortræder for Mogens Mark)"),
        ("en", "Karen Kjær, byrådsmedlem, Aadalen Municipality (substitute for Mogens Mark)"),
    ],
)
def test_a_substitute_is_listed_with_the_member_they_stand_in_for(
    example: Path, out: Path, lang: str, line: str
) -> None:
    text = _render(
        example, out / f"tmu-4-{lang}.docx", "minutes", "tmu-4", "--to", "docx", "--lang", lang
    )
    assert line in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_council_minutes_show_the_vote_the_minority_and_the_input_answered(
    example: Path, out: Path, fmt: str
) -> None:
    text = _render(example, out / f"byraadet-2.{fmt}", "minutes", "byraadet-2", "--to", fmt)
    assert "Afstemning: 5 for, 2 imod (Ole Olsen og Pia Poulsen)." in text
    assert "Mindretalsudtalelse fra Ole Olsen og Pia Poulsen:" in text
    assert "Svar på input fra Teknik- og Miljøudvalget, møde 2, 11. marts 2025, pkt. 2" in text


def test_english_council_minutes(example: Path, out: Path) -> None:
    text = _render(
        example, out / "byraadet-2-en.pdf", "minutes", "byraadet-2", "--to", "pdf", "--lang", "en"
    )
    assert "Vote: 5 in favour, 2 against (Ole Olsen and Pia Poulsen)." in text
    assert "Minority statement by Ole Olsen and Pia Poulsen:" in text
    assert "Answers input from The Technical and Environmental Committee, meeting 2" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_report_the_written_procedure_and_the_protocol_remark(
    example: Path, out: Path, fmt: str
) -> None:
    text = _render(example, out / f"tmu-5.{fmt}", "minutes", "tmu-5", "--to", fmt)
    assert "Skriftlig procedure" in text
    assert "Udsendt 1. juli 2025 med svarfrist 8. juli 2025." in text
    assert "Afgjort 8. juli 2025. Afstemning: 4 for, 1 imod." in text
    assert "Tilføjelse til protokollen fra Pia Poulsen:" in text


def test_titles_and_organisations_are_those_of_the_meeting_date(example: Path, out: Path) -> None:
    before = _render(example, out / "tmu-1.html", "minutes", "tmu-1", "--to", "html")
    after = _render(example, out / "tmu-5-names.html", "minutes", "tmu-5", "--to", "html")
    assert "Anders Aagaard, teknisk direktør, Teknik og Miljø, Ådalen Kommune" in before
    assert "Anders Aagaard, direktør, By, Land og Klima, Ådalen Kommune" in after
    assert "By, Land og Klima" not in before


@pytest.mark.parametrize(
    ("lang", "row"),
    [
        (
            "da",
            "Akut reparation af Ådalsbroen (B) v/Anders Aagaard "
            "(supplerende dagsorden 5. september 2025)",
        ),
        (
            "en",
            "Akut reparation af Ådalsbroen (D) by Anders Aagaard "
            "(supplementary agenda of 5 September 2025)",
        ),
    ],
)
def test_the_agenda_marks_an_item_sent_on_a_supplementary_agenda(
    example: Path, out: Path, lang: str, row: str
) -> None:
    text = _render(
        example, out / f"tmu-5-agenda-{lang}.html", "agenda", "tmu-5", "--to", "html",
        "--lang", lang,
    )  # fmt: skip
    assert row in text


@pytest.mark.parametrize(
    ("lang", "source", "vote"),
    [
        (
            "da",
            "Teknik- og Miljøudvalget, skriftlig procedure 8. juli 2025",
            "2 imod (Ole Olsen og Pia Poulsen)",
        ),
        (
            "en",
            "The Technical and Environmental Committee, written procedure of 8 July 2025",
            "2 against (Ole Olsen and Pia Poulsen)",
        ),
    ],
)
def test_the_decision_register_holds_written_procedure_decisions_and_votes(
    example: Path, out: Path, lang: str, source: str, vote: str
) -> None:
    text = _render(
        example, out / f"decisions-{lang}.html", "decisions", "--to", "html", "--lang", lang,
        "--as-of", AS_OF,
    )  # fmt: skip
    assert f"{source}: Høringssvar til regional trafikplan" in text
    assert "Høringssvaret blev godkendt med fire stemmer for og én imod." in text
    assert vote in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_councils_pack_shows_the_input_answered_and_the_vote(
    example: Path, out: Path, fmt: str
) -> None:
    folder = out / f"pack-{fmt}"
    run = docket(
        "brief", "--root", str(example), "--body", "byraadet", "--meeting", "byraadet-2",
        "--as-of", "2025-04-10", "--to", fmt, "-o", str(folder),
    )  # fmt: skip
    (path,) = written(run).values()
    text = text_of(path)
    assert (
        "Besvaret: Byrådet, møde 2, 2. april 2025, pkt. 3: Sikre skoleveje ved Ådalskolen, "
        "tillægsbevilling." in text
    )
    assert "Afstemning: 5 for, 2 imod (Ole Olsen og Pia Poulsen)." in text


def test_the_decision_csv_carries_the_vote(example: Path) -> None:
    run = docket(
        "render", "decisions", "--root", str(example), "--to", "csv", "-o", "-",
        "--as-of", AS_OF,
    )  # fmt: skip
    assert 0 == run.code, run.err
    rows = [line.split(";") for line in run.out.lstrip("\ufeff").splitlines()]
    by_id = {row[0]: row for row in rows[1:]}
    assert ["5", "2", "0"] == by_id["byraadet-2-i3-adopted"][-4:-1]
    assert ["", "", ""] == by_id["byraadet-2-i2-adopted"][-4:-1]
    assert ["4", "1", "0"] == by_id["tmu-wp-2025-1-adopted"][-4:-1]


@pytest.mark.parametrize(
    ("lang", "heading", "source"),
    [
        ("da", "Svar på videreformidlet input", "Byrådet, møde 2, 2. april 2025, pkt. 3"),
        ("en", "Answers to input forwarded", "The City Council, meeting 2, 2 April 2025, item 3"),
    ],
)
def test_the_committee_minutes_report_the_councils_answer_back(
    example: Path, out: Path, lang: str, heading: str, source: str
) -> None:
    text = _render(
        example, out / f"tmu-3-answer-{lang}.docx", "minutes", "tmu-3", "--to", "docx",
        "--lang", lang,
    )  # fmt: skip
    assert heading in text
    assert f"{source}: Sikre skoleveje ved Ådalskolen, tillægsbevilling:" in text
    assert "Byrådet gav en tillægsbevilling på 4,5 mio. kr. til sikre skoleveje." in text


def test_a_new_meeting_puts_what_is_unreported_on_its_agenda(run_cli: Any, tmp_path: Path) -> None:
    repo = tmp_path / "aadalen"
    shutil.copytree(EXAMPLE, repo)
    meeting = repo / "meetings" / "tmu" / "2025-09-09-tmu-5.yaml"
    meeting.unlink()
    (repo / "meetings" / "tmu" / "2025-11-11-tmu-6.yaml").unlink()
    (repo / "meetings" / "tmu" / "2026-01-20-tmu-7.yaml").unlink()
    result = run_cli(
        "new", "meeting", "--root", str(repo), "--body", "tmu", "--date", "2025-09-09",
        "--as-of", "2025-09-01",
    )  # fmt: skip
    assert 0 == result.code, result.err
    written_record = YAML(typ="safe").load(
        (repo / "meetings" / "tmu" / "2025-09-09-tmu-5.yaml").read_text("utf-8")
    )
    reports = next(i for i in written_record["items"] if i["id"] == "tmu-5-meddelelser")
    assert ["tmu-wp-2025-1"] == reports["addresses"]
    assert "Meddelelser: skriftlige procedurer og svar fra andre organer" == reports["title"]


def test_the_pack_lists_a_decision_taken_by_written_procedure_in_its_period(
    example: Path, out: Path
) -> None:
    folder = out / "pack-wp"
    run = docket(
        "brief", "--root", str(example), "--body", "byraadet", "--meeting", "byraadet-4",
        "--as-of", "2025-09-30", "--to", "html", "-o", str(folder),
    )  # fmt: skip
    text = text_of(written(run)[".html"])
    assert (
        "Teknik- og Miljøudvalget, skriftlig procedure 8. juli 2025: Høringssvar til regional "
        "trafikplan" in text
    )


@pytest.mark.parametrize(("lang", "line"), [
    ("da", "Afgjort 8. juli 2025. Afstemning: 4 for, 1 imod."),
    ("en", "Decided on 8 July 2025. Vote: 4 in favour, 1 against."),
])  # fmt: skip
def test_the_agenda_reports_the_written_procedure_it_takes_up(
    example: Path, out: Path, lang: str, line: str
) -> None:
    text = _render(
        example, out / f"tmu-5-agenda-wp-{lang}.pdf", "agenda", "tmu-5", "--to", "pdf",
        "--lang", lang,
    )  # fmt: skip
    assert line in text
