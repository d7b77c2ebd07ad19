"""personal-identifier must not repeat what it finds: reports are logged and shared."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from docket.checks.consistency import personal_identifier
from docket.load.reader import parse
from docket.load.validate import validate
from docket.model.meeting import Meeting

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


NOISE = st.text(alphabet=st.sampled_from("0123456789-@.abcæø \nDK+_\\"), max_size=30)
IDENTIFIER = st.sampled_from(["010190-1234", "0202021234", "jens.hansen@gmail.com", "311299-4000"])
STYLES = {
    "plain": str,
    "double-quoted": DoubleQuotedScalarString,
    "single-quoted": SingleQuotedScalarString,
    "literal": LiteralScalarString,
    "folded": FoldedScalarString,
}


def _written(folder: Path, minutes: str, style: str) -> tuple[Path, Meeting]:
    """The meeting file as ruamel writes ``minutes`` in ``style``, and the model docket reads."""
    document = {
        "kind": "meeting",
        "schema_version": 1,
        "id": "x-1",
        "body": "x",
        "date": "2025-03-03",
        "status": "held",
        "items": [{"id": "x-1-i1", "number": "1", "title": "t", "minutes": STYLES[style](minutes)}],
    }
    file = folder / "meeting.yaml"
    with file.open("w", encoding="utf-8") as out:
        YAML().dump(document, out)
    parsed = parse(file.read_text(encoding="utf-8"), "meeting.yaml")
    model, _ = validate(parsed.data, "meeting.yaml")
    assert isinstance(model, Meeting)
    return file, model


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    before=NOISE,
    identifier=st.none() | IDENTIFIER,
    after=NOISE,
    style=st.sampled_from(list(STYLES)),
)
def test_the_pre_test_passes_every_file_the_patterns_flag(
    tmp_path_factory: pytest.TempPathFactory,
    before: str,
    identifier: str | None,
    after: str,
    style: str,
) -> None:
    """Whatever scalar style holds the text (escapes, folding), a text the exact patterns flag
    is in a file that the pre-test on the raw bytes passes."""
    text = "Referat " + before + (identifier or "") + after
    file, model = _written(tmp_path_factory.mktemp("pre-test"), text, style)
    minutes = model.items[0].minutes or ""
    flagged = bool(list(personal_identifier._identifiers(minutes, set())))
    assert personal_identifier._may_hold_identifier(file, model) or not flagged


def test_the_pre_test_skips_a_file_without_digit_runs_or_at_signs(tmp_path: Path) -> None:
    file, model = _written(tmp_path, "Mødet 2025-04-24 kl. 14.30: ok.", "plain")
    assert False is personal_identifier._may_hold_identifier(file, model)


def test_a_file_that_cannot_be_read_again_is_judged_by_its_model(tmp_path: Path) -> None:
    file, model = _written(tmp_path, "Skriv til jens.hansen@gmail.com.", "plain")
    file.unlink()
    assert personal_identifier._may_hold_identifier(file, model)
