"""personal-identifier must not repeat what it finds: reports are logged and shared."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docket.checks.consistency import personal_identifier
from docket.model.meeting import AgendaItem

BASE = Path(__file__).parent / "base"
MEETING = """\
kind: meeting
id: wg-1
body: wg
date: 2025-03-03
status: held
items:
  - id: wg-1-case
    number: "1"
    title: Sag
    minutes: CPR 010190-1234 og 0202021234; skriv til jens.hansen@gmail.com.
"""


@pytest.mark.parametrize("report_format", ["text", "json"])
def test_findings_mask_cpr_numbers_and_addresses(
    report_format: str, tmp_path: Path, run_cli: Any
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    (repo / "meetings/wg/2025-03-03-wg-1.yaml").write_text(MEETING, encoding="utf-8")
    result = run_cli(
        "check",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-01",
        "--select",
        "personal-identifier",
        "--format",
        report_format,
        "--no-cache",
    )
    assert result.code == 1
    assert result.out.count("DK113") == 3
    for secret in ("010190", "1234", "020202", "jens.hansen", "hansen@"):
        assert secret not in result.out


NOISE = st.text(alphabet=st.sampled_from("0123456789-@.abcæø \nDK+_"), max_size=30)
IDENTIFIER = st.sampled_from(["010190-1234", "0202021234", "jens.hansen@gmail.com", "311299-4000"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(before=NOISE, identifier=st.none() | IDENTIFIER, after=NOISE)
def test_the_pre_test_passes_every_document_the_patterns_flag(
    before: str, identifier: str | None, after: str
) -> None:
    minutes = before + (identifier or "") + after
    item = AgendaItem.model_validate({"id": "x-1-i1", "number": "1", "title": "t"})
    item = item.model_copy(update={"minutes": minutes})
    flagged = bool(list(personal_identifier._identifiers(minutes, set())))
    # A flagged text implies a document the pre-test passes.
    assert personal_identifier._may_hold_identifier(item) or not flagged


def test_the_pre_test_skips_a_document_without_digits_runs_or_at_signs() -> None:
    item = AgendaItem.model_validate(
        {"id": "x-1-i1", "number": "1", "title": "Mødet 2025-04-24 kl. 14.30", "minutes": "Ok."}
    )
    assert False is personal_identifier._may_hold_identifier(item)
