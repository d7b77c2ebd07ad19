"""The caches never change an answer: after any sequence of edits, ``docket check`` says byte for
byte what ``docket check --no-cache`` says, including after edits that keep a file's size and
modification time (which a cache keyed on those alone would miss)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import REPO_ROOT, copy_ngc_record, copy_record

AS_OF = "2025-04-25"
MEETING = Path("meetings/twg/2025-04-24-twg-1.yaml")
EDITABLE = (
    MEETING,
    Path("governance/people.yaml"),
    Path("governance/bodies/twg.yaml"),
    Path("pyproject.toml"),
)


def _copy_record(target: Path) -> None:
    copy_ngc_record(target)


def _same_size_same_time(path: Path, offset: int, letter: str) -> None:
    """Replace one ASCII letter by another, then put the modification time back."""
    info = path.stat()
    raw = bytearray(path.read_bytes())
    letters = [i for i, byte in enumerate(raw) if chr(byte).isalpha() and byte < 128]
    raw[letters[offset % len(letters)]] = ord(letter)
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def _drop_line(path: Path, offset: int, _letter: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    del lines[offset % len(lines)]
    path.write_text("".join(lines), encoding="utf-8")


def _toggle_attachment(root: Path, offset: int, _letter: str) -> None:
    """Add or remove a file in the meeting's attachment folder."""
    folder = root / MEETING.with_suffix("")
    folder.mkdir(exist_ok=True)
    extra = folder / f"bilag-{offset % 3}.pdf"
    if extra.exists():
        extra.unlink()
    else:
        extra.write_bytes(b"%PDF-1.4\n")


EDIT = st.tuples(
    st.sampled_from(["same-size", "drop-line", "attachment"]),
    st.integers(min_value=0, max_value=10_000),
    st.sampled_from(list(EDITABLE)),
    st.sampled_from("aezq"),
    st.sampled_from([AS_OF, "2025-10-01"]),
)


@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(edits=st.lists(EDIT, min_size=1, max_size=3))
def test_cached_and_uncached_checks_agree_after_random_edits(
    edits: list[tuple[str, int, Path, str, str]], run_cli: Any
) -> None:
    """Each edit is followed by a check as of one of two dates: the findings kept per meeting
    are keyed by the date judged too."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _copy_record(root)
        run_cli("check", "--root", str(root), "--as-of", AS_OF)  # fills both caches
        for operation, offset, path, letter, as_of in edits:
            if operation == "same-size":
                _same_size_same_time(root / path, offset, letter)
            elif operation == "drop-line":
                _drop_line(root / path, offset, letter)
            else:
                _toggle_attachment(root, offset, letter)
            cached = run_cli("check", "--root", str(root), "--as-of", as_of)
            fresh = run_cli("check", "--root", str(root), "--as-of", as_of, "--no-cache")
            assert (fresh.code, fresh.out, fresh.err) == (cached.code, cached.out, cached.err)


AADALEN = REPO_ROOT / "examples" / "aadalen"
AADALEN_FILES = [
    *sorted(p.relative_to(AADALEN) for p in AADALEN.glob("meetings/**/*.yaml"))[:12],
    Path("governance/people.yaml"),
]
RENUMBER = st.tuples(
    st.sampled_from(["same-size", "drop-line", "renumber"]),
    st.integers(min_value=0, max_value=10_000),
    st.sampled_from(AADALEN_FILES),
)


def _renumber(path: Path, offset: int, _letter: str) -> None:
    """Give a meeting another number (what the checks that read many meetings judge)."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nnumber: ", f"\nnumber: {offset % 4}", 1), encoding="utf-8")


@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(edits=st.lists(RENUMBER, min_size=1, max_size=3))
def test_a_municipality_with_many_meetings_agrees_after_random_edits(
    edits: list[tuple[str, int, Path]], run_cli: Any
) -> None:
    """Aadalen's two bodies and their meetings: after each edit, the meetings that did not
    change come from the meeting index and the one edited is read again."""
    with tempfile.TemporaryDirectory() as folder:
        root = copy_record(AADALEN, Path(folder))
        run_cli("check", "--root", str(root), "--as-of", "2025-06-30")
        edit = {"same-size": _same_size_same_time, "drop-line": _drop_line, "renumber": _renumber}
        for operation, offset, path in edits:
            edit[operation](root / path, offset, "q")
            for as_of in ("2025-06-30", "2026-03-01"):
                cached = run_cli("check", "--root", str(root), "--as-of", as_of)
                fresh = run_cli("check", "--root", str(root), "--as-of", as_of, "--no-cache")
                assert (fresh.code, fresh.out, fresh.err) == (cached.code, cached.out, cached.err)


def test_an_unchanged_repository_is_answered_from_the_report_cache(
    tmp_path: Path, run_cli: Any
) -> None:
    _copy_record(tmp_path)
    first = run_cli("check", "--root", str(tmp_path), "--as-of", AS_OF)
    stored = tmp_path / ".docket-cache" / "check-report.json"
    assert True is stored.is_file()
    second = run_cli("check", "--root", str(tmp_path), "--as-of", AS_OF)
    assert (first.code, first.out) == (second.code, second.out)


def test_a_same_size_same_time_edit_is_seen(tmp_path: Path, run_cli: Any) -> None:
    _copy_record(tmp_path)
    meeting = tmp_path / MEETING
    run_cli("check", "--root", str(tmp_path), "--as-of", AS_OF)
    text = meeting.read_text(encoding="utf-8")
    info = meeting.stat()
    meeting.write_text(text.replace("chair:", "chiar:", 1), encoding="utf-8")
    os.utime(meeting, ns=(info.st_atime_ns, info.st_mtime_ns))
    after = run_cli("check", "--root", str(tmp_path), "--as-of", AS_OF)
    assert 1 == after.code
    assert "'chiar'" in after.out
