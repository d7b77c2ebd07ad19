"""Layouts of real minutes the importer first did not read, each run through the real CLI on
the corpus's excerpt (corpus/<name>.txt; its address and licence are in <name>.source.yaml)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from docket.model.meeting import ItemKind
from docket.pipeline import load_corpus
from docket.workflow.import_minutes import import_minutes
from docket.workflow.import_minutes.columns import RoleColumn, is_role_line
from docket.workflow.import_minutes.outcomes import kind_from_wording
from docket.workflow.import_minutes.runon import split_run_on

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    shutil.copytree(HERE / "repo", target)
    return target


def _import(repo: Path, run_cli: Any, name: str, body: str) -> tuple[Any, str]:
    result = run_cli("import", str(CORPUS / name), "--body", body, "--root", str(repo))
    assert result.code in (0, 1), result.err
    return YAML(typ="safe").load(result.out), result.out


def test_agenda_titles_whose_numbers_a_pdf_lost_are_numbered_in_order_and_said_so(
    repo: Path, run_cli: Any
) -> None:
    # docplayer.dk/1575397: '3. ... d. 10. juni Økonomi i forhold til budget 5. Forventet
    # årsregnskab 2013, budget Kvalitetsvurdering 7. Marinarkæologien'
    record, printed = _import(
        repo, run_cli, "vikingeskibsmuseet-bestyrelse-2013-12-16.txt", "vikingeskibsmuseet"
    )
    titles = {item["number"]: item["title"] for item in record["items"]}
    assert "Godkendelse og underskrift af referat af møde d. 10. juni" == titles["3"]
    assert "Økonomi i forhold til budget" == titles["4"]
    assert "Forventet årsregnskab 2013, budget" == titles["5"]
    assert "Kvalitetsvurdering" == titles["6"]
    assert [str(n) for n in range(1, 12)] == list(titles)
    said = [line for line in printed.splitlines() if "lost its number" in line]
    assert 2 == len(said)
    assert "item 4 'Økonomi i forhold til budget'" in said[0]
    assert "item 6 'Kvalitetsvurdering'" in said[1]


def test_a_gap_in_the_numbers_without_a_title_at_the_end_of_the_entry_stays_a_gap() -> None:
    words = "Referatet blev godkendt og underskrevet af de tilstedeværende medlemmer uden ændringer"
    line = (
        f"Referat 1. Godkendelse af dagsorden {words} 2. Meddelelser fra formanden {words} "
        f"3. Godkendelse af referat {words} 5. Forventet årsregnskab {words}"
    )
    lines, numbered = split_run_on([line])
    assert [] == numbered
    assert not any(line.startswith("4.") for line in lines)


def test_two_running_minute_numbers_in_one_paragraph_are_items_when_sub_minutes_confirm_them(
    repo: Path, run_cli: Any
) -> None:
    # Cardiff University Council, 9 July 2018 (PDF text): '... to Council. 1507 APOLOGIES The
    # above listed apologies were noted. 1508 DECLARATION OF INTERESTS', then '1508.1 ...'
    record, _ = _import(repo, run_cli, "cardiff-university-council-2018-07-09.txt", "cardiffuni")
    assert [["1507", "APOLOGIES"], ["1508", "DECLARATION OF INTERESTS"]] == [
        [item["number"], item["title"]] for item in record["items"]
    ]
    minutes = record["items"][1]["minutes"]
    assert "1508.1 Professor Stuart Palmer declared a conflict of interest" in minutes


def test_two_numbers_before_capitals_without_sub_minutes_are_not_trusted() -> None:
    said = "The council heard the report from the treasurer and agreed it without a vote"
    line = (
        f"Minutes of the annual meeting. {said}. 2018 ANNUAL ACCOUNTS {said}. 2019 BUDGET {said}."
    )
    lines, _ = split_run_on([line])
    assert [line] == lines


def test_a_column_of_roles_after_the_names_gives_the_chair_and_is_not_read_as_people(
    repo: Path, run_cli: Any
) -> None:
    # Liverpool CCG Governing Body, 8 December 2015 (PDF text): 'VOTING MEMBERS:' then sixteen
    # names, then their roles, the first 'Chair/GP'
    _, printed = _import(
        repo, run_cli, "liverpool-ccg-governing-body-2015-12-08.txt", "liverpoolccg"
    )
    unknown = next(line for line in printed.splitlines() if "not in governance/people" in line)
    assert "Nadim Fazlani (chair, Dr)" in unknown
    for role in ("Chief Officer", "Practice Nurse", "Secondary Care Doctor", "LMC Secretary"):
        assert role not in unknown


@pytest.mark.parametrize(
    ("roles", "officers"),
    [
        (["Chair/GP", "Chief Officer"], {"chair": "A Hansen"}),
        (["GP", "Minute Taker"], {"secretary": "B Olsen"}),
        (["LMC Secretary", "Governance/Deputy Chair"], {}),  # another body's, a deputy
        (["Lay Member \u2013", "Governance/Chair"], {}),  # wrapped: the order is no longer certain
    ],
)
def test_a_role_column_gives_an_officer_only_by_a_certain_order_and_an_exact_role(
    roles: list[str], officers: dict[str, str]
) -> None:
    assert officers == RoleColumn(["A Hansen", "B Olsen"], roles).officers()


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Chair/GP", True),
        ("Chief Finance Officer", True),
        ("Jill Dentith JD Lay Member for Governance", False),  # derbyshire-ccg: initials
        ("Dr Avi Bhatia AB Clinical Chair", False),
        ("Katherine Sheerin", False),
    ],
)
def test_a_role_line_holds_a_role_and_no_person(line: str, role: bool) -> None:
    assert role == is_role_line(line)


def test_an_items_kind_is_read_from_its_decisions_words_and_said_so(
    repo: Path, run_cli: Any
) -> None:
    # rk.dk (Rødovre Kommunalbestyrelse, 24 September 2019): item 129 'Spørgetid' / 'Taget til
    # efterretning.', item 130 'Tillæg 1 til Lokalplan 145 ...' / 'Godkendt.'; no B/O marks
    record, printed = _import(
        repo, run_cli, "roedovre-kommunalbestyrelsen-2019-09-24.txt", "byraadet"
    )
    kinds = {item["number"]: item.get("kind") for item in record["items"]}
    assert "information" == kinds["129"]
    assert "decision" == kinds["130"]
    assert "item 129: kind 'information' read from the decision's words" in printed
    assert "item 130: kind 'decision' read from the decision's words ('Godkendt')" in printed


def test_an_item_whose_words_state_no_kind_gets_none() -> None:
    # Brandeston parish council, 28 March 2007, item 5: a report, no decision's words
    assert kind_from_wording("The clerk reported that the footpath had been cleared.") is None


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("Bestyrelsen godkendte dagsordenen.", ItemKind.DECISION),  # ku-bestyrelse-2009-01-27
        ("It was RESOLVED that Cllr Porter be elected Chair", ItemKind.DECISION),  # melton
        ("Taget til efterretning.", ItemKind.INFORMATION),  # roedovre
        ("The report was noted.", ItemKind.INFORMATION),
        ("The report was noted and the budget approved.", None),  # both: not guessed
    ],
)
def test_the_kind_follows_only_words_that_state_it(words: str, kind: ItemKind | None) -> None:
    worded = kind_from_wording(words)
    assert kind == (worded[0] if worded else None)


REGIONH = CORPUS / "regionh-forretningsudvalget-2010-01-04.txt"


def test_minutes_without_a_number_get_the_next_number_of_the_series_proposed(
    repo: Path, run_cli: Any, tmp_path: Path
) -> None:
    # the real minutes (Møde nr. 1, 4 January 2010) imported into the repository; then the
    # same minutes as if of the next meeting, a month later, whose number the text lost
    folder = tmp_path / "first"
    folder.mkdir()
    shutil.copy(REGIONH, folder)
    written = run_cli("import", str(folder), "--body", "forretningsudvalget", "--root", str(repo))
    assert written.code in (0, 1), written.err
    text = REGIONH.read_text(encoding="utf-8")
    later = tmp_path / "later.txt"
    later.write_text(
        text.replace("Møde nr. 1 ", "").replace("4. januar 2010", "1. februar 2010"),
        encoding="utf-8",
    )
    _, printed = _import(repo, run_cli, str(later), "forretningsudvalget")
    asked = next(line for line in printed.splitlines() if "number was not found" in line)
    assert "is number 1: add 'number: 2' if this is the next" in asked
    assert "2010-01-04" in asked


def test_a_body_without_numbered_meetings_is_only_asked_for_the_number(
    repo: Path, run_cli: Any
) -> None:
    _, printed = _import(repo, run_cli, "cardiff-university-council-2018-07-09.txt", "cardiffuni")
    assert "the meeting's number was not found: add 'number:'" in printed


def test_a_list_labelled_present_without_a_colon_inside_a_heading_sentence_is_read(
    repo: Path, run_cli: Any
) -> None:
    # Cardiff: '... IN COMMITTEE ROOMS 1 & 2, Present Professor Stuart Palmer (Chair),
    # Professor Colin Riordan (VC), ..., Judge Ray Singh, ...' in a PDF's run-on text
    corpus = load_corpus(repo, use_cache=False)[0]
    draft = import_minutes(CORPUS / "cardiff-university-council-2018-07-09.txt", corpus,
                           "cardiffuni", None)  # fmt: skip
    present = [name for name, attendance in draft.people if attendance is None]
    assert ["Stuart Palmer", "Colin Riordan", "Fadhila Al-Dhahouri"] == present[:3]
    assert "Ray Singh" in present
    assert "Jackie Yip" in present


def test_a_lost_number_takes_the_first_short_title_at_the_end_of_the_entry_before() -> None:
    # aab-organisationsbestyrelsen-2012-12-05 (PDF text): '5. Satser til udarbejdelse af
    # budget C. V. Bramsnæs Legat 7. Regulering OB-honorar'
    line = (
        "Dagsorden 3. Godkendelse af referat 4. Godkendelse af dagsorden 5. Satser til "
        "udarbejdelse af budget C. V. Bramsnæs Legat 7. Regulering OB-honorar 8. "
        "Tilstandsregistrering af AAB s afdelinger 9. Evaluering af medlemsmøder "
        "10. Afdeling 43, Fortsættelse af det boligsociale arbejde i Kærene/Bybjerget Svend "
        "Aukens Plads 9 Tlf København S Fax aab@aab.dk"
    )
    lines, numbered = split_run_on([line])
    assert ["6"] == numbered
    assert "5. Satser til udarbejdelse af budget" in lines
    assert "6. C. V. Bramsnæs Legat" in lines


def test_a_word_in_capitals_before_a_list_label_goes_with_the_label() -> None:
    # plymouthmn-council-2002-07-09: '... ABSENT: Councilmember Johnson. STAFF PRESENT: City
    # Manager Johnson, ...' in text with no run of items
    corpus = load_corpus(HERE / "repo", use_cache=False)[0]
    draft = import_minutes(CORPUS / "plymouthmn-council-2002-07-09.txt", corpus, "plymouthmn",
                           None)  # fmt: skip
    assert [] == [name for name, _ in draft.people if "STAFF" in name]
    assert ("Johnson", "absent") in draft.people
