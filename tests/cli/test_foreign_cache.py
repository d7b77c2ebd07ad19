"""A ``.docket-cache/`` that came with the repository is never trusted.

The caches live in the repository's folder, so a pull request can bring one: committed by
mistake, or made to pass a broken record through CI. Every digest the caches are keyed by is
made with a secret of the user's, kept outside the repository (``docket.digests``), so a cache
made anywhere else matches nothing. The test makes the attack real: a report cache that docket
itself would replay is edited to say that a broken record is clean; the same user's next run
replays it (the cache works), and anybody else's run ignores it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import copy_ngc_record

from docket import digests

AS_OF = "2025-04-25"


def _check(root: Path, key_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(key_home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "docket", "check", "--root", str(root), "--as-of", AS_OF],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=False,
    )


def _break(root: Path) -> None:
    meeting = root / "meetings" / "twg" / "2025-04-24-twg-1.yaml"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(text.replace("\nbody: twg\n", "\nbody: no-such-body\n", 1), "utf-8")


def test_a_cache_made_with_another_key_is_never_replayed(tmp_path: Path) -> None:
    root = copy_ngc_record(tmp_path / "repo")
    _break(root)
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    broken = _check(root, mine)
    assert broken.returncode == 1
    assert "no-such-body" in broken.stdout
    report = root / ".docket-cache" / "check-report.json"
    stored = json.loads(report.read_text(encoding="utf-8"))
    stored.update(output="FORGED: clean", exit_code=0)
    report.write_text(json.dumps(stored), encoding="utf-8")
    replayed = _check(root, mine)
    assert (replayed.returncode, replayed.stdout) == (0, "FORGED: clean")
    other = _check(root, theirs)
    assert other.returncode == 1
    assert other.stdout == broken.stdout
    assert (mine / "docket" / "key").read_bytes() != (theirs / "docket" / "key").read_bytes()


def test_the_key_is_the_users_alone(tmp_path: Path) -> None:
    root = copy_ngc_record(tmp_path / "repo")
    home = tmp_path / "home"
    assert _check(root, home).returncode in (0, 1)
    key = home / "docket" / "key"
    assert len(key.read_bytes()) == 32
    assert key.stat().st_mode & 0o077 == 0
    assert not (root / ".docket-cache" / "key").exists()


def test_without_a_home_folder_each_run_keys_its_own_caches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No home folder (no HOME, no password entry): the key lives as long as the process, so
    the caches never match across runs, and docket still works."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    digests.cache_key.cache_clear()
    try:
        first = digests.content_digest(b"kind: meeting\n")
        assert digests.content_digest(b"kind: meeting\n") == first
        digests.cache_key.cache_clear()
        assert digests.content_digest(b"kind: meeting\n") != first
    finally:
        digests.cache_key.cache_clear()
