"""Confidentiality everywhere: ``docket check`` (every format), ``docket diff`` and the minutes
show nothing above their ``--audience``, and a public one does not even reveal that an internal
item exists. Each test also runs the audience that may see it, so that it can fail.

The repository is the render tests' (``tests/render/repo``): item 5 of the working group's
meeting is confidential (its strings carry FORTROLIGT), item 7 internal (INTERNT-HEMMELIGT) and
presented by a guest who attended only that item.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1] / "render" / "repo"
MEETING = "meetings/twg/2025-04-24-twg-1.yaml"
CONFIDENTIAL = ("FORTROLIGT", "twg-1-closed")
INTERNAL = ("INTERNT-HEMMELIGT", "twg-1-followup-crypto", "twg-1-hpc", "Drasbeck")
SECRETS = {"public": CONFIDENTIAL + INTERNAL, "internal": CONFIDENTIAL, "confidential": ()}


def _copy(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(REPO, repo)
    return repo


def _assert_shows_only_its_audience(text: str, audience: str) -> None:
    """Nothing above ``audience``; something of each level it may see (so the test can fail)."""
    assert [] == [secret for secret in SECRETS[audience] if secret in text]
    visible = {"public": [], "internal": [INTERNAL], "confidential": [INTERNAL, CONFIDENTIAL]}
    for level in visible[audience]:
        assert any(secret in text for secret in level), level


@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "github"])
@pytest.mark.parametrize("audience", ["public", "internal", "confidential"])
def test_check_reports_nothing_above_its_audience(
    fmt: str, audience: str, tmp_path: Path, run_cli: Any
) -> None:
    # As of 2025-06-10 the follow-ups of items 5 and 7 are overdue.
    result = run_cli("check", "--root", str(_copy(tmp_path)), "--as-of", "2025-06-10",
                     "--format", fmt, "--audience", audience)  # fmt: skip
    assert 0 == result.code, result.err
    _assert_shows_only_its_audience(result.out, audience)


def test_check_defaults_to_the_internal_audience(tmp_path: Path, run_cli: Any) -> None:
    repo = str(_copy(tmp_path))
    default = run_cli("check", "--root", repo, "--as-of", "2025-06-10", "--format", "json")
    internal = run_cli("check", "--root", repo, "--as-of", "2025-06-10", "--format", "json",
                       "--audience", "internal")  # fmt: skip
    assert internal.out == default.out
    assert "twg-1-followup-crypto" in default.out


def test_a_withheld_error_still_fails_the_check(tmp_path: Path, run_cli: Any) -> None:
    repo = _copy(tmp_path)
    meeting = repo / MEETING
    text = meeting.read_text("utf-8")
    # A decision item with no decision, under the confidential item: decision-missing.
    text = text.replace("      - {id: twg-1-closed-decision, outcome: adopted, text: Godkendt "
                        "FORTROLIGT-KONTRAKT-3.}\n", "      []\n")  # fmt: skip
    meeting.write_text(text.replace("    decisions:\n      []\n", "    decisions: []\n"), "utf-8")
    result = run_cli("check", "--root", str(repo), "--as-of", "2025-06-10", "--format", "sarif",
                     "--audience", "public")  # fmt: skip
    assert 1 == result.code
    _assert_shows_only_its_audience(result.out, "public")
    assert "above the public audience" in result.err


def _git(repo: Path, *args: str) -> str:
    completed = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=repo, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return completed.stdout.strip()


@pytest.mark.parametrize("audience", ["public", "internal", "confidential"])
def test_diff_shows_nothing_above_its_audience(audience: str, tmp_path: Path, run_cli: Any) -> None:
    repo = _copy(tmp_path)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    meeting = repo / MEETING
    text = meeting.read_text("utf-8")
    for follow_up in ("twg-1-closed-follow-up", "twg-1-followup-crypto"):
        at = text.index(f"{{id: {follow_up},")
        end = text.index("}", at)
        text = text[:end] + ", status: closed, closed_on: 2025-06-05" + text[end:]
    meeting.write_text(text, "utf-8")
    _git(repo, "commit", "-q", "-am", "head")
    for fmt in ("json", "md"):
        result = run_cli("diff", "HEAD~1", "HEAD", "--root", str(repo), "--as-of", "2025-06-10",
                         "--format", fmt, "--audience", audience)  # fmt: skip
        assert 0 == result.code, result.err
        _assert_shows_only_its_audience(result.out, audience)


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_public_minutes_do_not_name_a_guest_of_an_internal_item(
    audience: str, tmp_path: Path, run_cli: Any
) -> None:
    repo = _copy(tmp_path)
    out = tmp_path / "minutes.md"
    result = run_cli("render", "minutes", "twg-2025-04-24", "--to", "md", "--root", str(repo),
                     "--audience", audience, "-o", str(out))  # fmt: skip
    assert 0 == result.code, result.err
    text = out.read_text("utf-8")
    assert (audience == "internal") == ("Drasbeck" in text)
    assert (audience == "internal") == ("pkt. 7" in text)


@pytest.mark.parametrize("audience", [None, "confidential"])
def test_calendar_feed_defaults_to_public(audience: str | None, run_cli: Any) -> None:
    # The board's planned meeting of 2025-05-07 has a confidential item 3.
    chosen = ("--audience", audience) if audience else ()
    result = run_cli("calendar", "--root", str(REPO), "--as-of", "2025-04-20", *chosen)
    assert 0 == result.code, result.err
    assert "BEGIN:VEVENT" in result.out
    assert (audience == "confidential") == ("FORTROLIGT" in result.out)
