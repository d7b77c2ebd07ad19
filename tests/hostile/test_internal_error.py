"""An error docket did not foresee ends any command with exit code 2 and one line that says
where it happened, never a traceback (the README's promise). A bug cannot be planted in the data,
so one is planted in a command: the only stand-in in these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.conftest import REPO_ROOT

import docket.cli.rules
from docket.deadlines import shift
from docket.model.governing_document import DayCount


def _broken(args: Any) -> int:
    """A command that hands docket's date arithmetic a value of the wrong type."""
    shift(date(2025, 4, 24), args.command, DayCount.CALENDAR)
    return 0


def test_unexpected_error_exits_2_with_one_line(
    monkeypatch: pytest.MonkeyPatch, run_cli: Any
) -> None:
    monkeypatch.setattr(docket.cli.rules, "run", _broken)
    result = run_cli("rules")
    assert 2 == result.code
    assert "" == result.out
    (line,) = result.err.splitlines()
    assert line.startswith("docket: internal error in 'docket rules': TypeError: ")
    assert " at docket/deadlines.py:" in line
    assert str(REPO_ROOT) not in line
    assert "Traceback" not in result.err
