"""The agenda (dagsorden): the items with recommendations and attachments, no minutes or
outcomes, and the deadlines of the rules of procedure in force on the meeting day."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.render.conftest import docket, written
from tests.render.extract import text_of


def _agenda(repo: Path, meeting: str, target: Path, *extra: str) -> str:
    run = docket(
        "render", "agenda", meeting, "--root", str(repo), "--to", "html", "-o", str(target), *extra
    )
    return text_of(written(run)[".html"])


@pytest.fixture(scope="module")
def twg_agenda(shared_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _agenda(shared_repo, "twg-2025-04-24", tmp_path_factory.mktemp("a") / "a.html")


def test_agenda_has_recommendations_background_and_attachments(twg_agenda: str) -> None:
    assert "Dagsorden" in twg_agenda
    assert "Møde 1 i den tekniske arbejdsgruppe" in twg_agenda
    assert "Det indstilles, at den tekniske arbejdsgruppe drøfter kommissoriet" in twg_agenda
    assert "Problemstilling" in twg_agenda
    assert "Bilag 3.1: Udkast til Kommissorium for den tekniske arbejdsgruppe." in twg_agenda


def test_agenda_leaves_out_minutes_and_outcomes(twg_agenda: str) -> None:
    for absent in (
        "Bettina Lundgren præsenterede hovedpunkterne",
        "Beslutninger",
        "Opfølgning",
        "Videreformidlet til",
        "Udestående beslutninger",
        "Ændringsforslag",
        "Afbud",
        "Næste ordinære møde",
    ):
        assert absent not in twg_agenda


def test_agenda_lists_everyone_invited(twg_agenda: str) -> None:
    assert "Inviterede" in twg_agenda
    assert "Søren Vang, ledende bioinformatiker, Aarhus Universitetshospital" in twg_agenda


def test_deadlines_follow_the_rules_in_force_on_the_meeting_day(twg_agenda: str) -> None:
    # twg rules 1.0: 7 calendar days' notice, draft minutes within 14 days, 10 days to comment;
    # the minutes were sent on 2 May 2025, so comments run until 12 May.
    assert "Dagsordenen udsendes senest 17. april 2025 (7 kalenderdage før mødet)." in twg_agenda
    assert "Dagsordenen blev udsendt 16. april 2025." in twg_agenda
    assert (
        "Referatudkastet udsendes senest 8. maj 2025 (14 kalenderdage efter mødet)." in twg_agenda
    )
    assert "Medlemmerne kan kommentere referatudkastet til og med 12. maj 2025." in twg_agenda


def test_without_rules_in_force_the_agenda_says_so(shared_repo: Path, tmp_path: Path) -> None:
    text = _agenda(shared_repo, "board-2025-05-07", tmp_path / "b.html")
    assert (
        "Der er ingen vedtaget forretningsorden for Bestyrelsen for drift af genomdatabasen" in text
    )
    assert "Dagsordenen udsendes senest" not in text


def test_working_day_deadlines_skip_easter(repo: Path, tmp_path: Path) -> None:
    rules = repo / "governance" / "rules" / "twg-rules.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8")
        .replace("day_count: calendar", "day_count: working")
        .replace("agenda_notice_days: 7", "agenda_notice_days: 10"),
        encoding="utf-8",
    )
    text = _agenda(repo, "twg-2025-04-24", tmp_path / "a.html")
    # 10 working days before Thursday 24 April 2025, skipping Easter (17, 18, 21 April): 7 April.
    assert "Dagsordenen udsendes senest 7. april 2025 (10 arbejdsdage før mødet)." in text


def test_english_agenda_deadlines(shared_repo: Path, tmp_path: Path) -> None:
    text = _agenda(shared_repo, "twg-2025-04-24", tmp_path / "e.html", "--lang", "en")
    assert "The agenda is to be sent by 17 April 2025 (7 calendar days before the meeting)." in text
    assert "Deadlines" in text
