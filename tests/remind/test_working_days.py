"""Working days between two dates: the count that ``docket remind`` prints ("om 6 arbejdsdage")
agrees with ``deadlines.shift``, the arithmetic the rules' deadlines use, across Easter, the
abolished store bededag and years of distance."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from docket.deadlines import shift, working_days_between
from docket.model.governing_document import DayCount


def test_ten_working_days_after_10_april_2025_end_on_29_april() -> None:
    assert 10 == working_days_between(date(2025, 4, 10), date(2025, 4, 29))
    assert -10 == working_days_between(date(2025, 4, 29), date(2025, 4, 10))
    assert 0 == working_days_between(date(2025, 4, 29), date(2025, 4, 29))


def test_store_bededag_counts_until_2023_and_not_from_2024() -> None:
    # Friday before: store bededag was 5 May 2023 and would have been 26 April 2024
    assert 0 == working_days_between(date(2023, 5, 4), date(2023, 5, 5))
    assert 1 == working_days_between(date(2024, 4, 25), date(2024, 4, 26))


@pytest.mark.parametrize("start", [date(2022, 12, 20) + timedelta(days=9 * i) for i in range(60)])
@pytest.mark.parametrize("days", [1, 4, 5, 10, 23, 260, 1000])
def test_agrees_with_shift_both_ways(start: date, days: int) -> None:
    end = shift(start, days, DayCount.WORKING)
    assert days == working_days_between(start, end)
    back = shift(start, -days, DayCount.WORKING)
    assert -days == working_days_between(start, back)
