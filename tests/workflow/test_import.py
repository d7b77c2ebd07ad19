"""docket import: legacy minutes in several layouts and formats -> a draft meeting record."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pypandoc
import pytest
import typst
from docx import Document
from ruamel.yaml import YAML
from tests.workflow.conftest import DATA, SEED

from docket.workflow.import_minutes.dates import find_date
from docket.workflow.yaml_edit import YamlEditor

MINUTES = DATA / "minutes"
SEED_TITLES = [
    ("1", "14:30", "Velkomst", None),
    ("2", "14:35", "Kort præsentationsrunde og ønsker til arbejdsgruppens arbejde", "discussion"),
    ("3", "14:50", "Gennemgang af kommissorium for arbejdsgruppen", "decision"),
    ("4", "15:05", "Gennemgang af forretningsorden for arbejdsgruppen", "decision"),
    ("5", "15:15", "Status fra NGC", "information"),
    ("6", "15:25", "Kommentering af årshjul for drift af infrastrukturen 2025", "discussion"),
    (
        "7",
        "15:40",
        "Præsentation af ny HPC 2025, herunder IT-arkitektur, drift og sikkerhed",
        "information",
    ),
    ("8", "15:55", "Evt.", None),
]
SEED_PARTICIPANTS = [
    "mads-soenderkaer", "jacob-lind-galsgaard", "soeren-vang", "henrik-hammer-jordt",
    "mads-malik-aagaard-joergensen", "martin-larsen", "thomas-lindestrand-hansen",
    "michael-joergensen", "frederik-otzen-bagger", "thomas-dalsgaard-clausen",
    "bettina-lundgren", "nicolas-rapin", "mikael-kronborg-christophersen",
    "kasper-lindegaard-hjulmann", "rikke-korshoej-andersen",
]  # fmt: skip

CONFIRMED_EDITS = [
    (
        "3",
        {
            "id": "twg-1-kommissorium-droeftet",
            "outcome": "adopted-with-amendments",
            "text": "Arbejdsgruppen drøftede kommissoriet; NGC justerer det efter arbejdsgruppens "
            "ændringsforslag.",
        },
    ),
    (
        "4",
        {
            "id": "twg-1-forretningsorden-godkendt",
            "outcome": "adopted-with-amendments",
            "text": "Forretningsordenen blev godkendt med 10 dages kommentering af referatet og et "
            "årligt fysisk møde på skift i regionerne.",
        },
    ),
]
"""What a person adds to the imported seed before it passes docket check: one decision for
each of the two decision items, whose outcome the minutes state only in prose."""


def apply_confirmed_edits(draft: str, path: str) -> str:
    """The draft of the seed with ``CONFIRMED_EDITS`` made (comments and layout kept)."""
    editor = YamlEditor(draft, path)
    for number, decision in CONFIRMED_EDITS:
        index = [t[0] for t in SEED_TITLES].index(number)
        editor.append(("items", index), "decisions", decision, ("id", "decisions"))
    return editor.result()


def _draft(run_cli: Any, repo: Path, source: Path, body: str) -> Any:
    result = run_cli("import", str(source), "--body", body, "--root", str(repo))
    assert 0 == result.code, result.err
    return result


def _record(text: str) -> Any:
    return YAML(typ="safe").load(text)


def _items(record: Any) -> list[tuple[Any, ...]]:
    return [(i["number"], i.get("time"), i["title"], i.get("kind")) for i in record["items"]]


def test_the_seed_gives_all_eight_items_with_titles_kinds_and_times(
    ngc_repo: Path, run_cli: Any
) -> None:
    record = _record(_draft(run_cli, ngc_repo, SEED, "twg").out)
    assert SEED_TITLES == _items(record)
    assert ("twg-1", 1, date(2025, 4, 24), "14:30") == (
        record["id"], record["number"], record["date"], record["start"]
    )  # fmt: skip
    assert {"mode": "virtual", "platform": "Microsoft Teams"} == record["place"]
    assert ("bettina-lundgren", "rikke-korshoej-andersen") == (
        record["chair"],
        record["secretary"],
    )
    assert {"date": date(2025, 9, 16)} == record["next_meeting"]


def test_the_seed_gives_the_presenters(ngc_repo: Path, run_cli: Any) -> None:
    items = _record(_draft(run_cli, ngc_repo, SEED, "twg").out)["items"]
    presenters = [(i.get("presenters"), i.get("agenda_presenter_text")) for i in items]
    bettina = [{"person": "bettina-lundgren"}]
    assert [
        ([{"person": "bettina-lundgren", "label": "forperson"}], None),
        (None, "alle"),
        (bettina, None),
        (bettina, None),
        (bettina, None),
        (bettina, None),
        ([{"person": "jacob-drasbeck"}], None),
        (None, None),
    ] == presenters


def test_the_seed_gives_all_fifteen_participants(ngc_repo: Path, run_cli: Any) -> None:
    record = _record(_draft(run_cli, ngc_repo, SEED, "twg").out)
    assert SEED_PARTICIPANTS == [p["person"] for p in record["participants"]]


def test_the_seed_gives_the_labelled_sections_and_attachments(ngc_repo: Path, run_cli: Any) -> None:
    item = _record(_draft(run_cli, ngc_repo, SEED, "twg").out)["items"][2]
    assert item["recommendation"].startswith("Det indstilles, at den tekniske arbejdsgruppe")
    assert "- at den regionale integration fremstår tydeligere\n" in item["minutes"]
    assert "om variant- og frekvensdatabaser fortsat udestår" in item["minutes"]
    assert item["background"].startswith("Styregruppen for implementering af personlig medicin")
    assert "status på beslutning vedr. videns-/variantdatabaser." in item["proposed_solution"]
    assert item["next_steps"].startswith("NGC følger løbende op")
    expected = [
        {"number": "3.1", "title": "Udkast til Kommissorium for den tekniske arbejdsgruppe"}
    ]
    assert expected == item["attachments"]


def test_the_draft_lists_what_a_person_must_confirm(ngc_repo: Path, run_cli: Any) -> None:
    text = _draft(run_cli, ngc_repo, SEED, "twg").out
    header = text.split("\nkind: meeting\n")[0]
    assert "# - item 3 'Gennemgang af kommissorium for arbejdsgruppen' is a decision item" in header
    assert "# - item 4 'Gennemgang af forretningsorden" in header
    assert "# - item 7: presenter Jacob Drasbeck is not in the participant list" in header
    assert "# - text not placed anywhere (kept as comments where it stood): 2300 København S" in (
        header
    )


def test_the_seed_passes_docket_check_after_the_confirmed_edits(
    ngc_repo: Path, run_cli: Any, tmp_path: Path
) -> None:
    draft_file = tmp_path / "twg-1.yaml"
    result = run_cli("import", str(SEED), "--body", "twg", "--root", str(ngc_repo),
                     "-o", str(draft_file))  # fmt: skip
    assert 0 == result.code, result.err
    path = "meetings/twg/2025-04-24-twg-1.yaml"
    assert f"its place in the repository is {path}" in result.out
    text = apply_confirmed_edits(draft_file.read_text(encoding="utf-8"), path)
    (ngc_repo / path).parent.mkdir(parents=True)
    (ngc_repo / path).write_text(text, encoding="utf-8")
    check = run_cli("check", "--root", str(ngc_repo), "--as-of", "2025-05-01", "--no-cache")
    assert 0 == check.code, check.out
    assert "0 errors" in check.out
    assert 2 == len(CONFIRMED_EDITS)


def test_unknown_participants_are_listed_for_a_person_to_add(ngc_repo: Path, run_cli: Any) -> None:
    for rel in ("governance/people.yaml", "governance/bodies/twg.yaml"):
        path = ngc_repo / rel
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(x for x in lines if "nicolas-rapin" not in x), encoding="utf-8")
    text = _draft(run_cli, ngc_repo, SEED, "twg").out
    assert (
        "# - not in governance/people.yaml (add them there, then under participants): "
        "Nicolas Rapin (chefkonsulent/bioinformatiker, NGC)\n"
    ) in text
    assert 14 == len(_record(text)["participants"])


def _english_docx(path: Path) -> None:
    doc = Document()
    doc.add_heading("Minutes of meeting 4 of the Working Group", level=1)
    for line in (
        "Date: June 12, 2025",
        "Time: 13:00\u201315:00",
        "Location: Online (Microsoft Teams)",
        "Chair: Alice Andersen",
        "Minutes taken by: Sara Sekretær",
    ):
        doc.add_paragraph(line)
    doc.add_heading("Present", level=2)
    for line in (
        "Alice Andersen, director, Acme",
        "Bob Berg, chief consultant, Region One",
        "Sara Sekretær, secretary, Acme",
        "Peter Petersen, observer, Region Two",
    ):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("Apologies", level=2)
    doc.add_paragraph("Carol Christensen, Region Two", style="List Bullet")
    doc.add_heading("Agenda", level=2)
    rows = [
        ("No.", "Time", "Item"),
        ("1.", "13:00", "Welcome"),
        ("2.", "13:10", "Budget 2026 (for decision) \u2013 presented by Alice Andersen"),
        (
            "3.",
            "13:40",
            "Status of the data platform (for information) \u2013 presented by Bob Berg",
        ),
        ("4.", "14:50", "Any other business"),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    sections = {
        "Item 1. Welcome": [("", "The chair welcomed the members.")],
        "Item 2. Budget 2026": [
            ("Background", "The secretariat drafted the budget from the annual plan."),
            ("Recommendation", "It is recommended that the group approves the budget."),
            ("Minutes", "The group discussed the travel budget at length."),
            ("Decision", "The group approved the budget."),
            ("Next steps", "The secretariat sends the budget to the board."),
            ("Attachments", "Attachment 2.1: Draft budget 2026"),
        ],
        "Item 3. Status of the data platform": [
            ("Recommendation", "It is recommended that the group takes note of the status."),
            ("Minutes", "Bob Berg reported that the platform moved to the new data centre."),
        ],
        "Item 4. Any other business": [
            ("", "The next meeting will be held on 9 October 2025 at 13:00."),
        ],
    }
    for heading, parts in sections.items():
        doc.add_heading(heading, level=2)
        for label, text in parts:
            if label:
                doc.add_heading(label, level=3)
            doc.add_paragraph(text)
    doc.save(str(path))


def test_english_docx_minutes(wg_repo: Path, run_cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "wg-4.docx"
    _english_docx(source)
    record = _record(_draft(run_cli, wg_repo, source, "wg").out)
    assert [
        ("1", "13:00", "Welcome", None),
        ("2", "13:10", "Budget 2026", "decision"),
        ("3", "13:40", "Status of the data platform", "information"),
        ("4", "14:50", "Any other business", None),
    ] == _items(record)
    assert ("wg-4", date(2025, 6, 12), "13:00", "15:00", "alice", "sec") == (
        record["id"], record["date"], record["start"], record["end"], record["chair"],
        record["secretary"],
    )  # fmt: skip
    assert {"mode": "virtual", "platform": "Microsoft Teams"} == record["place"]
    participants = [(p["person"], p.get("attendance")) for p in record["participants"]]
    assert [("alice", None), ("bob", None), ("sec", None), ("carol", "excused")] == participants
    budget = record["items"][1]
    assert [{"person": "alice"}] == budget["presenters"]
    assert "adopted" == budget["decisions"][0]["outcome"]
    assert "The group approved the budget." == budget["decisions"][0]["text"]
    assert [{"number": "2.1", "title": "Draft budget 2026"}] == budget["attachments"]
    assert "The secretariat sends the budget to the board." == budget["next_steps"]
    assert {"date": date(2025, 10, 9), "time": "13:00"} == record["next_meeting"]


def _check_beslutningsreferat(record: Any) -> None:
    assert [
        ("1", None, "Velkomst", None),
        ("2", None, "Budget 2026", "decision"),
        ("3", None, "Status på dataplatformen", "information"),
        ("4", None, "Evt.", None),
    ] == _items(record)
    assert (date(2025, 4, 24), "14:30", "16:00") == (record["date"], record["start"], record["end"])
    place = {"mode": "physical", "address": "Acme Styrelse, Hovedgaden 1, 1000 København K"}
    assert place == record["place"]
    participants = [(p["person"], p.get("attendance")) for p in record["participants"]]
    assert [("alice", None), ("bob", None), ("sec", None), ("carol", "absent")] == participants
    budget, status = record["items"][1], record["items"][2]
    assert "adopted-with-amendments" == budget["decisions"][0]["outcome"]
    assert budget["background"].startswith("Budgettet for 2026 er udarbejdet")
    assert [{"number": "2.1", "title": "Udkast til budget 2026"}] == budget["attachments"]
    assert "noted" == status["decisions"][0]["outcome"]
    assert [{"person": "bob"}] == status["presenters"]
    assert {"date": date(2025, 10, 9), "time": "14:30"} == record["next_meeting"]


def test_danish_markdown_beslutningsreferat(wg_repo: Path, run_cli: Any) -> None:
    result = _draft(run_cli, wg_repo, MINUTES / "wg-2-beslutningsreferat.md", "wg")
    _check_beslutningsreferat(_record(result.out))
    assert "Gitte Gæst (konsulent, Region To)" in result.out


def test_the_same_minutes_as_odt(wg_repo: Path, run_cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "referat.odt"
    pypandoc.convert_file(str(MINUTES / "wg-2-beslutningsreferat.md"), "odt",
                          outputfile=str(source))  # fmt: skip
    _check_beslutningsreferat(_record(_draft(run_cli, wg_repo, source, "wg").out))


def test_the_same_minutes_as_pdf(wg_repo: Path, run_cli: Any, tmp_path: Path) -> None:
    markup = tmp_path / "referat.typ"
    markup.write_text(
        pypandoc.convert_file(str(MINUTES / "wg-2-beslutningsreferat.md"), "typst",
                              extra_args=["-s", "-V", "papersize=a4"]),
        encoding="utf-8",
    )  # fmt: skip
    source = tmp_path / "referat.pdf"
    source.write_bytes(typst.compile(str(markup)))
    _check_beslutningsreferat(_record(_draft(run_cli, wg_repo, source, "wg").out))


def test_danish_html_with_an_agenda_table(wg_repo: Path, run_cli: Any) -> None:
    record = _record(_draft(run_cli, wg_repo, MINUTES / "wg-3-referat.html", "wg").out)
    assert [
        ("1", "14:30", "Velkomst", None),
        ("2", "14:35", "Godkendelse af referat fra møde 2", "decision"),
        ("3", "14:45", "Drøftelse af arbejdsprogram 2026", "discussion"),
        ("4", "15:50", "Evt.", None),
    ] == _items(record)
    assert ("wg-3", 3, "alice", "sec") == (
        record["id"], record["number"], record["chair"], record["secretary"]
    )  # fmt: skip
    assert {"mode": "virtual", "platform": "Zoom"} == record["place"]
    program = record["items"][2]
    assert (
        "Arbejdsgruppen drøftede programmet og ønskede:\n\n"
        "- flere fysiske møder\n- en fælles dataordbog"
    ) == program["minutes"]
    assert "Arbejdsprogrammet for 2026 skal lægges fast." == program["background"]
    assert "Sekretariatet reviderer programmet til næste møde." == program["next_steps"]
    # Carol's membership ended before this meeting: she is listed as a guest.
    carol = {"person": "carol", "capacity": "guest", "attendance": "excused"}
    assert carol in record["participants"]


def test_imported_draft_written_with_output_is_a_valid_record(wg_repo: Path, run_cli: Any) -> None:
    target = wg_repo / "meetings/wg/2025-10-09-wg-3.yaml"
    result = run_cli("import", str(MINUTES / "wg-3-referat.html"), "--body", "wg",
                     "--root", str(wg_repo), "-o", str(target))  # fmt: skip
    assert 0 == result.code, result.err
    check = run_cli("check", "--root", str(wg_repo), "--as-of", "2025-10-10", "--no-cache")
    assert 0 == check.code, check.out


@pytest.mark.parametrize(
    "text",
    ["Dato: 24. april 2025", "den 24-04-2025 kl. 14.30", "April 24, 2025", "2025-04-24"],
)
def test_dates_in_the_usual_layouts(text: str) -> None:
    assert date(2025, 4, 24) == find_date(text)


def test_an_unsupported_format_is_refused(wg_repo: Path, run_cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "minutes.xlsx"
    source.write_bytes(b"PK")
    result = run_cli("import", str(source), "--body", "wg", "--root", str(wg_repo))
    assert 2 == result.code
    assert "cannot read '.xlsx' files; supported:" in result.err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("minutes.docx", b"not a zip", "minutes.docx: pandoc could not read it"),
        ("minutes.pdf", b"%PDF-1.4 garbage", "minutes.pdf: cannot read the PDF"),
    ],
)
def test_a_damaged_document_is_refused_without_a_traceback(
    wg_repo: Path, run_cli: Any, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    result = run_cli("import", str(source), "--body", "wg", "--root", str(wg_repo))
    assert 2 == result.code
    assert message in result.err
    assert "Traceback" not in result.err


def test_minutes_without_a_date_ask_for_one(wg_repo: Path, run_cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "minutes.txt"
    source.write_text("Referat\n\nPkt. 1 Velkomst\n\nReferat\nVelkommen.\n", encoding="utf-8")
    result = run_cli("import", str(source), "--body", "wg", "--root", str(wg_repo))
    assert 2 == result.code
    assert "no meeting date was found in the minutes: pass --date YYYY-MM-DD" in result.err
    dated = run_cli("import", str(source), "--body", "wg", "--root", str(wg_repo),
                    "--date", "2025-05-05")  # fmt: skip
    assert 0 == dated.code, dated.err
    assert [("1", None, "Velkomst", None)] == _items(_record(dated.out))


def test_an_existing_output_file_is_not_overwritten(
    wg_repo: Path, run_cli: Any, tmp_path: Path
) -> None:
    target = tmp_path / "draft.yaml"
    target.write_text("keep me\n", encoding="utf-8")
    result = run_cli("import", str(SEED), "--body", "wg", "--root", str(wg_repo), "-o", str(target))
    assert 2 == result.code
    assert "already exists" in result.err
    assert "keep me\n" == target.read_text(encoding="utf-8")


def test_the_seed_copy_is_the_shared_seed_when_shared_is_beside_the_repository() -> None:
    shared = Path(__file__).resolve().parents[2].parent / "shared/seeds" / SEED.name
    present = [shared] if shared.is_file() else []
    assert [SEED.read_bytes()] * len(present) == [p.read_bytes() for p in present]
