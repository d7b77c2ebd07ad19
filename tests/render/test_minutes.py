"""The minutes (referat) of a meeting, laid out as the NGC minutes, rendered for real."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.render.conftest import docket, written
from tests.render.extract import normalise_dashes, text_of

MEETING = "twg-2025-04-24"
DASH = "\N{EN DASH}"


@pytest.fixture(scope="module")
def minutes(shared_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The Danish minutes in every format, as extracted text, by suffix."""
    out = tmp_path_factory.mktemp("minutes")
    texts = {}
    for fmt in ("md", "html", "pdf", "docx"):
        target = out / f"minutes.{fmt}"
        run = docket(
            "render", "minutes", MEETING, "--root", str(shared_repo), "--to", fmt, "-o", str(target)
        )
        (path,) = written(run).values()
        texts[fmt] = text_of(path)
    return texts


@pytest.fixture(scope="module")
def english(shared_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    target = tmp_path_factory.mktemp("en") / "minutes.html"
    run = docket(
        "render",
        "minutes",
        MEETING,
        "--root",
        str(shared_repo),
        "--to",
        "html",
        "--lang",
        "en",
        "-o",
        str(target),
    )
    return text_of(written(run)[".html"])


FORMATS = ("md", "html", "pdf", "docx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_open_with_heading_meeting_and_header_facts(
    minutes: dict[str, str], fmt: str
) -> None:
    text = minutes[fmt]
    for expected in (
        "Referat",
        "Møde 1 i den tekniske arbejdsgruppe",
        "Dato: 24. april 2025 Mødeleder: Bettina Lundgren",
        "Sted: Virtuelt (Microsoft Teams) Sekretær: Rikke Korshøj Andersen",
    ):
        assert expected in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_agenda_table_marks_kinds_and_presenters_with_the_legend(
    minutes: dict[str, str], fmt: str
) -> None:
    text = normalise_dashes(minutes[fmt])
    assert "Punkt Ca. tid Aktivitet" in text
    assert "1. 14.30 Velkomst v/forperson Bettina Lundgren" in text
    assert "3. 14.50 Gennemgang af kommissorium for arbejdsgruppen (B) v/Bettina Lundgren" in text
    assert "6. 15.25 Kommentering af årshjul for drift af infrastrukturen 2025 (D)" in text
    assert "8. 15.55 Evt." in text
    assert (
        normalise_dashes(f"(B) {DASH} beslutning; (D) {DASH} drøftelse; (O) {DASH} orientering.")
        in text
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_participants_show_affiliation_region_and_secretary(
    minutes: dict[str, str], fmt: str
) -> None:
    text = minutes[fmt]
    assert (
        "Mads Sønderkær, senior Bioinformatiker, Aalborg Universitetshospital, Region Nordjylland"
        in text
    )
    assert "Jacob Lind-Galsgaard, IT-arkitekt, Digitalisering og IT, Region Nordjylland" in text
    assert "Bettina Lundgren, CEO, NGC" in text
    assert "Rikke Korshøj Andersen, specialkonsulent, NGC (sekretær for arbejdsgruppen)" in text


def test_absent_members_and_guests_are_listed_apart(minutes: dict[str, str]) -> None:
    text = minutes["html"]
    absent = text.index("Afbud")
    guests = text.index("Gæster")
    assert absent < text.index("Søren Vang, ledende bioinformatiker") < guests
    assert guests < text.index("Jacob Drasbeck, driftschef, NGC (deltog i pkt. 7)")
    assert text.index("Søren Vang") > text.index("Rikke Korshøj Andersen")


@pytest.mark.parametrize("fmt", FORMATS)
def test_items_carry_their_sections_under_danish_labels(minutes: dict[str, str], fmt: str) -> None:
    text = minutes[fmt]
    heading = "Pkt. 3 Gennemgang af kommissorium for arbejdsgruppen v/Bettina Lundgren"
    # HTML lists the heading in its contents first; PDF repeats it in the running header of
    # the item's later pages.
    item = text[(text.rindex(heading) if fmt == "html" else text.index(heading)) :]
    item = item[: item.index("Pkt. 4 ")]
    order = [
        "Indstilling",
        "Referat",
        "Beslutninger",
        "Ændringsforslag",
        "Udestående beslutninger",
        "Problemstilling",
        "Bilag",
    ]
    positions = [item.index(label) for label in order]
    assert sorted(positions) == positions
    assert "Bilag 3.1: Udkast til Kommissorium for den tekniske arbejdsgruppe." in item
    assert "at den regionale integration fremstår tydeligere" in item


def test_outcomes_show_owner_due_date_and_receiving_body(minutes: dict[str, str]) -> None:
    text = minutes["html"]
    assert "Opfølgning" in text
    assert "Ansvarlig: NGC · Frist: 30. april 2025 · åben" in text
    assert "Videreformidlet til" in text
    assert (
        "Bestyrelsen for drift af genomdatabasen: Infrastrukturen skal understøtte klinisk drift."
        in text
    )
    assert "Godkendt med ændringer: Forretningsordenen blev godkendt med ændringer." in text


def test_next_meeting_in_the_same_year_is_dated_without_the_year(minutes: dict[str, str]) -> None:
    assert "Næste ordinære møde holdes den 16. september." in minutes["html"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_danish_letters_survive(minutes: dict[str, str], fmt: str) -> None:
    for word in ("Sønderkær", "Korshøj", "Ændringsforslag", "årshjul", "Gæster", "Møde"):
        assert word in minutes[fmt]


def test_english_labels_dates_and_kind_marks(english: str) -> None:
    for expected in (
        "Minutes",
        "Meeting 1 of the technical working group",
        "Date: 24 April 2025",
        "Chair: Bettina Lundgren",
        "Item Approx. time Activity",
        "3. 14:50 Gennemgang af kommissorium for arbejdsgruppen (D) v/Bettina Lundgren".replace(
            "v/", "by "
        ),
        "6. 15:25 Kommentering af årshjul for drift af infrastrukturen 2025 (Di)",
        f"(D) {DASH} decision; (Di) {DASH} discussion; (I) {DASH} information.",
        "Recommendation",
        "Pending decisions",
        "Attachment 3.1:",
        "(secretary to the working group)",
        "The next ordinary meeting will be held on 16 September.",
    ):
        assert expected in english
    assert "Indstilling" not in english


def test_minutes_to_standard_output_as_markdown(shared_repo: Path) -> None:
    run = docket("render", "minutes", MEETING, "--root", str(shared_repo), "--to", "md", "-o", "-")
    assert 0 == run.code, run.err
    assert run.out.startswith("---\n")
    assert "# Pkt. 3 Gennemgang af kommissorium" in run.out


def test_meeting_can_be_named_by_its_file(shared_repo: Path, tmp_path: Path) -> None:
    path = shared_repo / "meetings" / "twg" / "2025-04-24-twg-1.yaml"
    run = docket(
        "render",
        "minutes",
        str(path),
        "--root",
        str(shared_repo),
        "--to",
        "md",
        "-o",
        str(tmp_path / "m.md"),
    )
    assert "Møde 1 i den tekniske arbejdsgruppe" in text_of(written(run)[".md"])


def test_several_formats_are_written_into_one_folder(shared_repo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "referater"
    run = docket(
        "render", "minutes", MEETING, "--root", str(shared_repo), "--to", "pdf,docx,html",
        "-o", str(folder),
    )  # fmt: skip
    assert 0 == run.code, run.err
    files = written(run)
    assert [".docx", ".html", ".pdf"] == sorted(files)
    assert {folder} == {path.parent for path in files.values()}
    for path in files.values():
        assert "Møde 1 i den tekniske arbejdsgruppe" in text_of(path)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("no-such-meeting", "--to", "md"), "no meeting has the id or file 'no-such-meeting'"),
        ((MEETING, "--to", "pdf,html", "-o", "-"), "several formats are several files"),
        ((MEETING, "--to", "odt"), "unknown format 'odt'"),
        ((MEETING, "--to", "docx", "-o", "-"), "docx is binary"),
    ],
)
def test_bad_render_requests_are_usage_errors(
    shared_repo: Path, args: tuple[str, ...], message: str
) -> None:
    run = docket("render", "minutes", "--root", str(shared_repo), *args)
    assert 2 == run.code
    assert message in run.err
    assert "Traceback" not in run.err
