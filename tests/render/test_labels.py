"""Dates and times as Danish and English readers expect them."""

from __future__ import annotations

from datetime import date

from docket.model.common import Language
from docket.words import format_clock, format_date, format_time


def test_danish_date_has_day_dot_and_lower_case_month() -> None:
    assert "24. april 2025" == format_date(date(2025, 4, 24), Language.DA)


def test_english_date_has_capitalised_month() -> None:
    assert "24 April 2025" == format_date(date(2025, 4, 24), Language.EN)


def test_date_without_year_when_the_reader_knows_it() -> None:
    assert "16. september" == format_date(date(2025, 9, 16), Language.DA, year=False)


def test_danish_time_uses_a_dot_and_kl() -> None:
    assert "14.30" == format_time("14:30", Language.DA)
    assert "kl. 14.30" == format_clock("14:30", Language.DA)


def test_english_time_keeps_the_colon() -> None:
    assert "14:30" == format_time("14:30", Language.EN)
    assert "14:30" == format_clock("14:30", Language.EN)
