"""The checks that judge one meeting at a time are judged again only for the meetings that
changed (``docket.checks.partition``), and that never changes an answer: on every repository
the suite ships, after an edit, ``docket check`` says byte for byte what ``--no-cache`` says."""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import REPO_ROOT, copy_record, synthetic_record

from docket.checks.partition import CACHE_FILE, is_local
from docket.checks.registry import CHECKS
from docket.load.cache import SHARDS

REPOSITORIES = {
    "ngc": (REPO_ROOT, "2025-04-25"),
    "aadalen": (REPO_ROOT / "examples" / "aadalen", "2025-06-30"),
    "fredensborg": (REPO_ROOT / "tests" / "examples" / "fredensborg", "2025-06-30"),
}


def _stored(root: Path) -> dict[str, bytes]:
    """Each meeting file's key in the cache of local findings."""
    entries = marshal.loads((root / ".docket-cache" / CACHE_FILE).read_bytes())[1]
    return {path: key for path, (key, _) in entries.items()}


def _agree(run_cli: Any, root: Path, as_of: str) -> None:
    cached = run_cli("check", "--root", str(root), "--as-of", as_of)
    fresh = run_cli("check", "--root", str(root), "--as-of", as_of, "--no-cache")
    assert (fresh.code, fresh.out, fresh.err) == (cached.code, cached.out, cached.err)


def test_most_checks_judge_one_meeting_at_a_time() -> None:
    """The split is worth having: if no check were local, nothing would be reused."""
    local = [check.name for check in CHECKS if is_local(check)]
    assert "quorum-not-met" in local
    assert "topic-not-scheduled" not in local
    assert len(local) > len(CHECKS) / 2


@pytest.mark.parametrize("name", sorted(REPOSITORIES))
def test_an_edited_meeting_is_judged_again_and_the_answer_is_the_same(
    name: str, tmp_path: Path, run_cli: Any
) -> None:
    source, as_of = REPOSITORIES[name]
    root = copy_record(source, tmp_path)
    run_cli("check", "--root", str(root), "--as-of", as_of)
    before = _stored(root)
    meetings = sorted((root / "meetings").rglob("*.yaml"))
    edited = meetings[-1]
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("\nitems:", "\n# edited\nitems:", 1), encoding="utf-8")
    _agree(run_cli, root, as_of)
    after = _stored(root)
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed == {edited.relative_to(root).as_posix()}


def test_a_synthetic_repository_with_findings_agrees_after_edits(
    tmp_path: Path, run_cli: Any
) -> None:
    """Forty meetings, with edits that add findings of local checks (an item number twice, a
    decision taken below quorum by a vote count) and remove them again."""
    root = synthetic_record(tmp_path / "repo", 40)
    as_of = "2030-01-01"
    run_cli("check", "--root", str(root), "--as-of", as_of)
    meeting = sorted((root / "meetings").rglob("*.yaml"))[7]
    original = meeting.read_text(encoding="utf-8")
    meeting.write_text(original.replace('number: "2"', 'number: "1"', 1), encoding="utf-8")
    _agree(run_cli, root, as_of)
    assert "DK115" in run_cli("check", "--root", str(root), "--as-of", as_of).out
    meeting.write_text(original, encoding="utf-8")
    _agree(run_cli, root, as_of)
    _agree(run_cli, root, "2001-03-01")


def test_an_attachment_file_that_appears_is_seen(tmp_path: Path, run_cli: Any) -> None:
    """``attachment-missing`` judges one meeting but looks at the files its items name: the
    key of a meeting's findings includes what those paths lead to."""
    root = copy_record(REPO_ROOT, tmp_path)
    meeting = root / "meetings" / "twg" / "2025-04-24-twg-1.yaml"
    text = meeting.read_text(encoding="utf-8")
    first_item = text.index("\n  - id:", text.index("\nitems:"))
    attachment = (
        "\n  - id: twg-1-extra\n    number: '99'\n    title: Bilag\n    attachments:\n"
        "      - {number: '99.1', title: Notat, path: meetings/twg/notat.pdf}"
    )
    meeting.write_text(text[:first_item] + attachment + text[first_item:], encoding="utf-8")
    missing = run_cli("check", "--root", str(root), "--as-of", "2025-04-25")
    assert "meetings/twg/notat.pdf does not exist" in missing.out
    (root / "meetings" / "twg" / "notat.pdf").write_bytes(b"%PDF-1.4\n")
    _agree(run_cli, root, "2025-04-25")
    present = run_cli("check", "--root", str(root), "--as-of", "2025-04-25")
    assert "notat.pdf does not exist" not in present.out


@pytest.mark.parametrize(
    "stored",
    [
        b"not marshal at all",
        marshal.dumps(()),
        marshal.dumps((1, [])),
        marshal.dumps((1, {"meetings/twg/2025-04-24-twg-1.yaml": 7})),
        marshal.dumps((1, {"meetings/twg/2025-04-24-twg-1.yaml": (b"k", [("x",)])})),
        marshal.dumps((4, {"meetings/twg/2025-04-24-twg-1.yaml": (b"k", "not bytes")})),
    ],
)
def test_a_damaged_or_foreign_cache_is_a_miss(stored: bytes, tmp_path: Path, run_cli: Any) -> None:
    """A cache is data from the repository's folder, and a repository may be hostile: whatever
    the cache files hold, the answer is the one without them."""
    root = copy_record(REPO_ROOT, tmp_path)
    folder = root / ".docket-cache"
    folder.mkdir()
    for name in (CACHE_FILE, *(f"parsed-{shard:02x}.marshal" for shard in range(SHARDS))):
        (folder / name).write_bytes(stored)
    _agree(run_cli, root, "2025-04-25")
