"""Which data a document was made from, printed on its cover.

The git commit says which recorded state of the repository it shows ("uncommitted changes"
when the work tree differs from it); the content hash identifies the data files themselves,
so two packs with the same hash were made from the same data even outside git.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from docket.render.report import Provenance
from docket.repository import data_files


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def content_hash(root: Path) -> str:
    """SHA-256 over the data files in sorted order: each file's path, a NUL, its bytes, a NUL.

    The path is included so that moving a file changes the hash as well.
    """
    digest = hashlib.sha256()
    for file in data_files(root):
        digest.update(file.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()


def provenance(root: Path) -> Provenance:
    inside = _git(root, "rev-parse", "--is-inside-work-tree") == "true"
    commit = _git(root, "rev-parse", "HEAD") if inside else None
    dirty = bool(_git(root, "status", "--porcelain", "--", ".")) if inside else False
    return Provenance(commit=commit, dirty=dirty, is_git=inside, content_hash=content_hash(root))
