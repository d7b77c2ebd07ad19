"""The NGC pack and minutes read the way a board member reads them, in Danish and English.

A reader found these in earlier output, each opened here in the real PDF, DOCX and HTML: an item
that takes up proposed topics said nothing was recorded for it; a decision item with nothing
recorded carried two notices that both said no recommendation was recorded; the cover read
"Møde | Møde 1 i ..." and Word and HTML printed the subtitle twice; an attachment's facts read
"vedtaget · vedtaget"; a title's full stop met the page's comma ("arbejdsgruppe., side 8"); a
heading put a capital mid-sentence ("afventer Den nationale ..."); and a pending decision gave
a bare "siden 18. december 2024" though the pack says it was recorded on 24 April 2025.

The working group's second meeting is made the way a secretary makes it: ``docket new meeting``
on a copy of the record, which carries over the follow-ups and proposed topics of meeting 1.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdf
import pytest
from tests.conftest import REPO_ROOT, copy_ngc_record
from tests.render.conftest import docket, written
from tests.render.extract import normalise, text_of
from tests.render.pdf_pages import page_texts

from docket.words import MONTH_NAMES

FORMATS = (".pdf", ".docx", ".html")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped record with the working group's meeting 2 added by ``docket new meeting``."""
    repo = tmp_path_factory.mktemp("record") / "ngc"
    copy_ngc_record(repo, configured=False)
    made = docket("new", "meeting", "--root", str(repo), "--body", "twg", "--date", "2025-09-16")
    assert 0 == made.code, made.err
    return repo


def _brief(root: Path, out: Path, *args: str) -> dict[str, Path]:
    run = docket("brief", "--root", str(root), "--to", "pdf,docx,html", "-o", str(out), *args)
    return written(run)


@pytest.fixture(scope="module", params=["da", "en"])
def twg_pack(
    request: pytest.FixtureRequest, record: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, Path]]:
    lang = str(request.param)
    out = tmp_path_factory.mktemp(f"twg-{lang}")
    return lang, _brief(record, out, "--body", "twg", "--as-of", "2025-09-01", "--lang", lang)


@pytest.fixture(scope="module", params=["da", "en"])
def board_pack(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, Path]]:
    lang = str(request.param)
    out = tmp_path_factory.mktemp(f"board-{lang}")
    return lang, _brief(REPO_ROOT, out, "--as-of", "2025-04-25", "--lang", lang)


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("minutes")
    files = {}
    for fmt in FORMATS:
        run = docket(
            "render", "minutes", "twg-m1", "--attachments", "--root", str(REPO_ROOT),
            "--to", fmt[1:], "-o", str(out / f"twg-m1{fmt}"),
        )  # fmt: skip
        files.update(written(run))
    return files


def _item_text(text: str, start: str, end: str) -> str:
    """The text of one item's paper: from its heading to the next item's (the last one)."""
    flat = _flat(text)
    begin = flat.rindex(start)
    return flat[begin : flat.index(end, begin)]


WORDS = {
    "da": {
        "item4": "Pkt. 4 Emner til kommende møder",
        "item5": "Pkt. 5 Evt.",
        "item2": "Pkt. 2 Godkendelse af referat fra møde 1",
        "item3": "Pkt. 3 Opfølgning",
        "topics": "Foreslåede emner",
        "milestones": "Milepæle i årshjulet",
        "board1": "Pkt. 1 Godkendelse af årshjul",
        "board2": "Pkt. 2 Orientering om opdateret",
        "milestone": "Godkendelse af årshjul og budget 2025 Da bestyrelsen samles første gang",
        "nothing": "ikke registreret",
        "meeting": "Møde 1, 7. maj 2025",
        "cover_row": "Møde Møde",
        "pending_heading": "Beslutninger, der afventer den nationale bestyrelse",
        "pending_since": "Afventer siden 18. december 2024 (128 dage)",
        "flag": "har afventet den nationale bestyrelse for drift af Den Nationale Genomdatabase "
        "siden 18. december 2024 (128 dage)",
        "recorded": "Den blev noteret på møde 1 i den tekniske arbejdsgruppe den 24. april 2025.",
        "flag_same_day": "siden møde 1 i den tekniske arbejdsgruppe den 24. april 2025 (1 dag)",
    },
    "en": {
        "item4": "Item 4: Emner til kommende møder",
        "item5": "Item 5: Evt.",
        "item2": "Item 2: Godkendelse af referat fra møde 1",
        "item3": "Item 3: Opfølgning",
        "topics": "Topics proposed",
        "milestones": "Milestones of the annual plan",
        "board1": "Item 1: Godkendelse af årshjul",
        "board2": "Item 2: Orientering om opdateret",
        "milestone": "Approval of the annual plan and budget 2025 Da bestyrelsen samles første",
        "nothing": "recommendation",
        "meeting": "Meeting 1, 7 May 2025",
        "cover_row": "Meeting Meeting",
        "pending_heading": "Decisions awaiting the national board",
        "pending_since": "Awaiting since 18 December 2024 (128 days)",
        "flag": "has awaited the national board for the operation of the National Genome "
        "Database since 18 December 2024 (128 days)",
        "recorded": "It was recorded at meeting 1 of the technical working group on 24 April 2025.",
        "flag_same_day": "since meeting 1 of the technical working group on 24 April 2025 (1 day)",
    },
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_item_that_takes_up_proposed_topics_shows_them(
    twg_pack: tuple[str, dict[str, Path]], fmt: str
) -> None:
    lang, files = twg_pack
    words = WORDS[lang]
    paper = _item_text(text_of(files[fmt]), words["item4"], words["item5"])
    assert words["topics"] in paper
    assert "EHDS er forbundet med lovgivning" in paper
    assert "Uplink og adgangssystem/brugerstyring" in paper
    assert "pkt. 5: Status fra NGC" in paper or "item 5: Status fra NGC" in paper
    assert "ikke registreret" not in paper and "holds no" not in paper


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_item_that_takes_up_a_milestone_shows_it(
    board_pack: tuple[str, dict[str, Path]], fmt: str
) -> None:
    lang, files = board_pack
    words = WORDS[lang]
    paper = _item_text(text_of(files[fmt]), words["board1"], words["board2"])
    assert words["milestones"] in paper
    assert words["milestone"] in paper


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_decision_item_with_nothing_recorded_has_one_notice(
    twg_pack: tuple[str, dict[str, Path]], fmt: str
) -> None:
    lang, files = twg_pack
    words = WORDS[lang]
    paper = _item_text(text_of(files[fmt]), words["item2"], words["item3"])
    assert 1 == paper.count(words["nothing"]), paper


def test_the_pdf_cover_has_one_clean_title_line(board_pack: tuple[str, dict[str, Path]]) -> None:
    lang, files = board_pack
    words = WORDS[lang]
    cover = _flat(page_texts(files[".pdf"])[0])
    assert words["cover_row"] not in cover
    assert 1 == cover.count(words["meeting"]) - cover.count(f"· {words['meeting']}")  # footer


def test_word_shows_the_subtitle_once(board_pack: tuple[str, dict[str, Path]]) -> None:
    lang, files = board_pack
    # normalised: the subtitle keeps "Møde 1" and "7. maj" together with no-break spaces
    paragraphs = [normalise(p.text) for p in docx.Document(str(files[".docx"])).paragraphs]
    assert 1 == sum(WORDS[lang]["meeting"] in p for p in paragraphs), paragraphs[:6]


def test_html_shows_the_subtitle_once(board_pack: tuple[str, dict[str, Path]]) -> None:
    lang, files = board_pack
    assert 1 == text_of(files[".html"]).count(WORDS[lang]["meeting"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pending_decision_says_since_when_and_where_it_was_recorded(
    board_pack: tuple[str, dict[str, Path]], fmt: str
) -> None:
    lang, files = board_pack
    words = WORDS[lang]
    text = _flat(text_of(files[fmt]))
    assert words["flag"] in text
    assert words["recorded"] in text
    assert words["flag_same_day"] in text
    assert words["pending_since"] in text
    assert words["pending_heading"] in text  # the body in running text, not "Den nationale"


def test_the_minutes_give_a_documents_status_once(minutes: dict[str, Path]) -> None:
    for fmt in FORMATS:
        text = _flat(text_of(minutes[fmt]))
        assert "vedtaget · vedtaget" not in text
        assert "Version 1.0 · vedtaget 18. december 2024 af Styregruppen" in text
        assert "udkast · udkast" not in text


def test_a_titles_full_stop_gives_way_to_the_page_comma(minutes: dict[str, Path]) -> None:
    text = _flat(text_of(minutes[".pdf"]))
    assert "., side" not in text
    assert "Bilag 3.1 Udkast til Kommissorium for den tekniske arbejdsgruppe, side " in text


def test_the_running_footer_keeps_capitals_to_where_a_line_starts(
    minutes: dict[str, Path],
) -> None:
    pages = [_flat(page.extract_text()) for page in pypdf.PdfReader(minutes[".pdf"]).pages]
    assert all("Referat · Møde 1 i den tekniske arbejdsgruppe" in page for page in pages)
    assert not any("Referat, Møde" in page for page in pages)


def test_a_date_never_breaks_between_day_and_month(board_pack: tuple[str, dict[str, Path]]) -> None:
    """ "siden 18." at a line's end and "december 2024" on the next read as a number."""
    lang, files = board_pack
    months = "|".join(sorted(MONTH_NAMES))
    broken = re.compile(rf"\b[0-9]{{1,2}}\.?\s*\n\s*({months})\b")
    pages = [page.extract_text() for page in pypdf.PdfReader(files[".pdf"]).pages]
    assert [] == [m.group(0) for page in pages for m in broken.finditer(page)]
    day = {"da": "18.\N{NO-BREAK SPACE}december", "en": "18\N{NO-BREAK SPACE}December"}[lang]
    assert day in files[".html"].read_text(encoding="utf-8")
