"""Hostile files are refused cleanly: one located error each, no traceback, and the process
stays within a memory cap (an address-space limit) and a generous timeout that only a hang or an
explosion would reach."""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BASE = Path(__file__).parent.parent / "checks" / "base"
MEMORY_CAP = 1024 * 1024 * 1024
HEADER = "kind: meeting\nschema_version: 1\nid: wg-9\nbody: wg\nnumber: 2\nstatus: planned\n"


def _billion_laughs() -> bytes:
    lines = ["kind: meeting", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        refs = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return ("\n".join(lines) + "\n").encode()


def _fifty_megabytes() -> bytes:
    line = b"# " + b"x" * 98 + b"\n"
    return HEADER.encode() + line * (50 * 1024 * 1024 // len(line))


HOSTILE: dict[str, tuple[Callable[[], bytes], str, tuple[int, int]]] = {
    "alias-bomb": (_billion_laughs, "alias-not-allowed", (2, 5)),
    "nesting-100000": (
        lambda: b"x: " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "nesting-too-deep",
        (1, 36),
    ),
    "fifty-megabytes": (_fifty_megabytes, "file-too-large", (1, 1)),
    "impossible-date": (lambda: (HEADER + "date: 2025-13-45\n").encode(), "invalid-date", (7, 7)),
    "not-utf8": (lambda: (HEADER + "title: S").encode() + b"\xf8ren\n", "not-utf8", (7, 9)),
    "control-character": (
        lambda: (HEADER + "date: 2025-06-02\nx: a\x1bb\n").encode(),
        "forbidden-character",
        (8, 5),
    ),
}


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_with_a_located_error(name: str, tmp_path: Path) -> None:
    make, expected_name, position = HOSTILE[name]
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    (repo / "meetings" / "wg" / f"{name}.yaml").write_bytes(make())
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "docket",
            "check",
            "--root",
            str(repo),
            "--as-of",
            "2025-04-01",
            "--format",
            "json",
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert "Traceback" not in completed.stderr
    assert completed.returncode == 1, completed.stderr
    reported = json.loads(completed.stdout)["findings"]
    findings = [f for f in reported if f["name"] != "checks-held-back"]  # the one allowed note
    assert [expected_name] == [f["name"] for f in findings]
    assert position == (findings[0]["line"], findings[0]["column"])
