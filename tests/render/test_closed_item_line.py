"""A closed item in public documents: "Pkt. 2 Lukket punkt" where it stands, nothing else of it.

Danish municipalities print a line for each closed item of a public agenda or minutes, so that a
citizen reading items 1, 3 and 4 knows item 2 was withheld and not lost. Roskilde marks each
item "Åbent punkt" (roskilde.dk, dagsorden-og-referat, Kultur- og Idrætsudvalget 3 April 2019);
Køge lists "Lukkede Punkter" in the contents of its public minutes (koege.dk, Klima- og
Planudvalget 9 January 2020). The board of
Københavns Universitet's first meeting (tests/examples/ku-bestyrelse) has a confidential item 2;
the copy in tests/render/closed_item/ gives that item a presenter's label, texts, a decision, a
follow-up and an attachment, each with a Danish word found nowhere else, so that the tests can
tell that none of it reaches the agenda, the minutes (PDF, DOCX, HTML, Markdown) or the site.
The same documents also show the participants without the university's name on every line
(all members belong to the body's own organisation), the meeting's time as a range on the site
as in the PDF, and the item headings in one form everywhere.
"""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path

import docx
import pytest
from ruamel.yaml import YAML
from tests.conftest import REPO_ROOT
from tests.render.conftest import docket, written
from tests.render.extract import html_text, text_of
from tests.render.test_audience import everything_in

from docket.words import DASH

EXAMPLE = REPO_ROOT / "tests" / "examples" / "ku-bestyrelse"
CLOSED_ITEM = Path(__file__).parent / "closed_item"
MEETING = "koebenhavns-universitet-board-1"
FORMATS = "pdf,docx,html,md"

SECRETS = (
    "Generel orientering",  # the title
    "Ærøskøbing",  # the presenter's label
    "Søllerød",  # the recommendation and the decision
    "Åkirkeby",  # the background
    "fortroligt af hensyn",  # the minutes
    "Ølstykke",  # the decision
    "Fanø",  # the follow-up
    "Æbeltoft",  # the attachment's title
    "fortroligt-bilag",  # the attachment's address
    "11.15",  # the item's time
)


@pytest.fixture(scope="module")
def ku(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KU board's record with the richer closed item 2 in its first meeting."""
    repo = tmp_path_factory.mktemp("ku") / "repo"
    shutil.copytree(EXAMPLE, repo, ignore=shutil.ignore_patterns(".docket-cache"))
    for source in CLOSED_ITEM.glob("*.yaml"):
        shutil.copyfile(source, repo / "meetings" / "koebenhavns-universitet-board" / source.name)
    return repo


def _render(repo: Path, out: Path, document: str, audience: str, lang: str) -> dict[str, Path]:
    run = docket(
        "render",
        document,
        MEETING,
        "--root",
        str(repo),
        "--to",
        FORMATS,
        "--audience",
        audience,
        "--lang",
        lang,
        "-o",
        str(out / f"{document}-{audience}-{lang}"),
    )
    return written(run)


@pytest.fixture(scope="module")
def public_da(ku: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    out = tmp_path_factory.mktemp("public-da")
    return {doc: _render(ku, out, doc, "public", "da") for doc in ("agenda", "minutes")}


@pytest.fixture(scope="module")
def public_site(ku: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    run = docket("site", "--root", str(ku), "-o", str(out), "--as-of", "2024-10-01")
    assert 0 == run.code, run.err
    return out


def _site_meeting(site: Path) -> Path:
    return site / "m" / MEETING / "index.html"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
@pytest.mark.parametrize("document", ["agenda", "minutes"])
def test_a_public_document_prints_the_closed_item_line_in_its_place(
    public_da: dict[str, dict[str, Path]], document: str, suffix: str
) -> None:
    text = text_of(public_da[document][suffix])
    assert "Pkt. 2 Lukket punkt" in text
    first, closed, third = (
        text.find("Pkt. 1 Godkendelse af dagsorden"),
        text.find("Pkt. 2 Lukket punkt"),
        text.find("Pkt. 3 Drøftelse af KU's anvendelse af rankings"),
    )
    assert 0 <= first < closed < third


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
@pytest.mark.parametrize("document", ["agenda", "minutes"])
def test_nothing_of_the_closed_item_reaches_a_public_document(
    public_da: dict[str, dict[str, Path]], document: str, suffix: str
) -> None:
    everything = everything_in(public_da[document][suffix])
    assert [] == [secret for secret in SECRETS if secret in everything]


def test_the_public_agenda_table_has_a_row_for_the_closed_item(
    public_da: dict[str, dict[str, Path]],
) -> None:
    table = docx.Document(str(public_da["agenda"][".docx"])).tables[1]
    rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    assert ["2.", "", "Lukket punkt"] == rows[2]


def test_the_english_public_minutes_say_item_2_closed_item(ku: Path, tmp_path: Path) -> None:
    files = _render(ku, tmp_path, "minutes", "public", "en")
    text = text_of(files[".pdf"])
    assert "Item 2: closed item" in text
    assert [] == [secret for secret in SECRETS if secret in everything_in(files[".html"])]


def test_the_confidential_minutes_show_the_item_itself(ku: Path, tmp_path: Path) -> None:
    files = _render(ku, tmp_path, "minutes", "confidential", "da")
    text = text_of(files[".pdf"])
    assert "Lukket punkt" not in text
    assert "Pkt. 2 Generel orientering fra direktion og bestyrelsesformand" in text
    assert "Søllerød-aftalen med Ølstykke-forbeholdet" in text


def test_the_public_site_prints_the_closed_item_line_and_nothing_of_it(
    public_site: Path,
) -> None:
    page = _site_meeting(public_site)
    headings = [" ".join(text.split()) for tag, text in _headings(page.read_bytes()) if tag == "h3"]
    assert "Pkt. 2 Lukket punkt" in headings
    everything = "\n".join(_site_file_text(p) for p in public_site.rglob("*") if p.is_file())
    assert [] == [secret for secret in SECRETS if secret in everything]


def _site_file_text(path: Path) -> str:
    """A site file's text, the compressed search index decompressed."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def _headings(data: bytes) -> list[tuple[str, str]]:
    """(tag, text) of each heading of an HTML page, in order."""
    html = data.decode("utf-8")
    return [
        (match.group(1), html_text(match.group(2).encode("utf-8")))
        for match in re.finditer(r"<(h[1-6])[^>]*>(.*?)</\1>", html, re.S)
    ]


def test_the_site_heads_an_item_as_the_pdf_does(
    public_site: Path, public_da: dict[str, dict[str, Path]]
) -> None:
    pdf = text_of(public_da["minutes"][".pdf"])
    site = [text for tag, text in _headings(_site_meeting(public_site).read_bytes()) if tag == "h3"]
    assert "Pkt. 3 Drøftelse af KU's anvendelse af rankings (D)" in site
    assert "Pkt. 3 Drøftelse af KU's anvendelse af rankings" in pdf
    assert [] == [text for text in site if re.match(r"Pkt\. \d+\. ", text)]


def test_the_site_shows_the_meeting_time_as_a_range_like_the_pdf(
    public_site: Path, public_da: dict[str, dict[str, Path]]
) -> None:
    assert f"kl. 10.30{DASH}15.00" in text_of(public_da["minutes"][".pdf"])
    assert f"kl. 10.30{DASH}15.00" in html_text(_site_meeting(public_site).read_bytes())


def test_members_all_of_the_bodys_own_organisation_are_listed_without_it(
    public_da: dict[str, dict[str, Path]],
) -> None:
    lines = [p.text for p in docx.Document(str(public_da["minutes"][".docx"])).paragraphs]
    assert "Merete Eldrup" in lines
    assert "Jan S. Hesthaven" in lines
    assert [] == [line for line in lines if line.endswith(", Københavns Universitet")]


def test_a_member_of_another_organisation_keeps_every_organisation_on_the_list(
    ku: Path, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(ku, repo)
    added = docket(
        "new", "organisation", "--root", str(repo), "--name", "Novo Nordisk Fonden",
        "--type", "other",
    )  # fmt: skip
    assert 0 == added.code, added.err
    people = repo / "governance" / "people.yaml"
    yaml = YAML()
    registry = yaml.load(people)
    pia = next(p for p in registry["people"] if p["id"] == "pia-quist")
    pia["organisation"] = "novo-nordisk-fonden"
    yaml.dump(registry, people)
    files = _render(repo, tmp_path, "minutes", "public", "da")
    lines = [p.text for p in docx.Document(str(files[".docx"])).paragraphs]
    assert "Pia Quist, Novo Nordisk Fonden" in lines
    assert "Merete Eldrup, Københavns Universitet" in lines


def test_the_public_pack_lists_the_closed_item_on_its_agenda_page_and_nothing_of_it(
    ku: Path, tmp_path: Path
) -> None:
    run = docket(
        "brief", "--root", str(ku), "--as-of", "2024-06-18", "--to", "pdf,docx",
        "--audience", "public", "-o", str(tmp_path / "pack"),
    )  # fmt: skip
    files = written(run)
    agenda = next(
        table
        for table in docx.Document(str(files[".docx"])).tables
        if table.rows[0].cells[0].text.strip() == "Punkt"
    )
    rows = [[cell.text.strip() for cell in row.cells] for row in agenda.rows]
    assert ["2.", "", "Lukket punkt", ""] == rows[2]
    assert rows[3][0] == "3."
    for path in files.values():
        everything = everything_in(path)
        assert [] == [secret for secret in SECRETS if secret in everything]
