"""The decision register and the follow-up tracker, as CSV and as documents."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ruamel.yaml import YAML
from tests.render.conftest import INTERNAL, docket, written
from tests.render.extract import text_of


def _csv(repo: Path, kind: str, *args: str) -> tuple[bytes, list[list[str]]]:
    run = docket("render", kind, "--root", str(repo), "--to", "csv", "-o", "-", *args)
    assert 0 == run.code, run.err
    data = run.out.encode("utf-8")
    text = data.decode("utf-8-sig")
    delimiter = ";" if "--lang" not in args else ","
    return data, list(csv.reader(io.StringIO(text), delimiter=delimiter))


def test_decision_csv_has_a_bom_semicolons_and_danish_headers(shared_repo: Path) -> None:
    data, rows = _csv(shared_repo, "decisions")
    assert data.startswith("\ufeff".encode())
    assert [
        "Id", "Dato", "Organ", "Møde-id", "Pkt.", "Punkt", "Udfald",
        "Stemmer for", "Stemmer imod", "Undlod at stemme", "Beslutning",
    ] == rows[0]  # fmt: skip
    assert [
        "twg-1-rules-adopted",
        "2025-04-24",
        "Den tekniske arbejdsgruppe",
        "twg-2025-04-24",
        "4",
        "Gennemgang af forretningsorden for arbejdsgruppen",
        "godkendt med ændringer",
        "",
        "",
        "",
        "Forretningsordenen blev godkendt med ændringer.",
    ] in rows
    assert ["twg-1-commission-noted", "twg-1-rules-adopted"] == [r[0] for r in rows[1:]]


def test_decision_register_filters_by_outcome_and_body(shared_repo: Path) -> None:
    _, rows = _csv(shared_repo, "decisions", "--status", "noted")
    assert ["twg-1-commission-noted"] == [r[0] for r in rows[1:]]
    _, rows = _csv(shared_repo, "decisions", "--body", "board")
    assert [] == rows[1:]


def test_english_csv_uses_commas(shared_repo: Path) -> None:
    _, rows = _csv(shared_repo, "decisions", "--lang", "en")
    assert [
        "Id",
        "Date",
        "Body",
        "Meeting id",
        "Item",
        "Item title",
        "Outcome",
        "Votes in favour",
        "Votes against",
        "Abstaining",
        "Decision",
    ] == rows[0]


def test_a_cell_that_looks_like_a_formula_stays_text(repo: Path) -> None:
    path = repo / "meetings" / "twg" / "2025-04-24-twg-1.yaml"
    yaml = YAML(typ="rt")
    data = yaml.load(path)
    rules = next(i for i in data["items"] if i["id"] == "twg-1-rules")
    rules["decisions"][0]["text"] = '=HYPERLINK("http://example.org","klik")'
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    _, rows = _csv(repo, "decisions")
    assert '\'=HYPERLINK("http://example.org","klik")' == rows[2][-1]


def test_follow_up_tracker_by_owner_and_overdue(shared_repo: Path) -> None:
    _, rows = _csv(shared_repo, "follow-ups", "--as-of", "2025-05-01")
    assert [
        "Id",
        "Dato",
        "Organ",
        "Møde-id",
        "Pkt.",
        "Punkt",
        "Ansvarlig",
        "Frist",
        "Status",
        "Overskredet",
        "Opfølgning",
    ] == rows[0]
    assert ["Bettina Lundgren", "Jacob Drasbeck", "NGC"] == [r[6] for r in rows[1:]]
    _, rows = _csv(shared_repo, "follow-ups", "--as-of", "2025-05-01", "--status", "overdue")
    assert [("twg-1-physical-meeting", "ja")] == [(r[0], r[9]) for r in rows[1:]]
    _, rows = _csv(shared_repo, "follow-ups", "--owner", "bettina")
    assert ["twg-1-followup-strategy"] == [r[0] for r in rows[1:]]


def test_public_tracker_leaves_out_internal_follow_ups(shared_repo: Path) -> None:
    data, rows = _csv(shared_repo, "follow-ups", "--audience", "public")
    assert INTERNAL.encode() not in data
    assert ["twg-1-followup-strategy", "twg-1-physical-meeting"] == sorted(r[0] for r in rows[1:])


def test_registers_as_documents(shared_repo: Path, tmp_path: Path) -> None:
    run = docket(
        "render",
        "decisions",
        "--root",
        str(shared_repo),
        "--to",
        "docx",
        "-o",
        str(tmp_path / "d.docx"),
        "--as-of",
        "2025-05-01",
    )
    text = text_of(written(run)[".docx"])
    assert "Beslutningsregister" in text
    assert "2 poster opgjort pr. 1. maj 2025." in text
    assert "Forretningsordenen blev godkendt med ændringer." in text
    run = docket(
        "render",
        "follow-ups",
        "--root",
        str(shared_repo),
        "--to",
        "html",
        "-o",
        str(tmp_path / "f.html"),
        "--as-of",
        "2025-05-01",
        "--status",
        "overdue",
    )
    text = text_of(written(run)[".html"])
    assert "Opfølgningsliste" in text
    assert "Udvalg: status=overdue." in text
    assert "åben, overskredet" in text


def test_an_unknown_status_is_a_usage_error(shared_repo: Path) -> None:
    run = docket(
        "render", "decisions", "--root", str(shared_repo), "--to", "csv", "--status", "approved"
    )
    assert 2 == run.code
    assert "invalid choice: 'approved'" in run.err


def test_binary_formats_cannot_go_to_standard_output(shared_repo: Path) -> None:
    run = docket("render", "decisions", "--root", str(shared_repo), "--to", "pdf", "-o", "-")
    assert 2 == run.code
    assert "pdf is binary" in run.err


def test_an_unknown_register_format_names_the_choices(shared_repo: Path) -> None:
    run = docket("render", "follow-ups", "--root", str(shared_repo), "--to", "xlsx")
    assert 2 == run.code
    assert "unknown format 'xlsx': choose one of csv, pdf, docx, html, md" in run.err
