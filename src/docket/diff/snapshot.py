"""The governance repository as it was at a git revision, laid out in a temporary folder.

The files of the revision are written out with ``git archive`` and read by the ordinary loader,
so that what ``docket diff`` compares at a commit is exactly what ``docket check`` would see
there; there is no second way of reading a repository.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from docket.repository import RepositoryError


class RevisionError(RepositoryError):
    """git is missing, the folder is not in a git work tree, or a revision does not exist."""


def _git(root: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, check=False, timeout=300
        )
    except FileNotFoundError:
        raise RevisionError("git is not installed: 'docket diff' needs it") from None
    except subprocess.TimeoutExpired:
        raise RevisionError(f"'git {args[0]}' did not finish within 300 seconds") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RevisionError(f"git {args[0]}: {message[-1] if message else 'failed'}")
    return done.stdout


def resolve(root: Path, revision: str) -> str:
    """The commit id ``revision`` names, or a clear error: why there is no such commit."""
    if revision.startswith("-"):
        raise RevisionError(f"'{revision}' is not a revision")
    _prefix(root)
    try:
        return (
            _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
            .decode("ascii")
            .strip()
        )
    except RevisionError:
        pass
    try:
        _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    except RevisionError:
        raise RevisionError(
            "the git repository has no commits yet: 'docket diff' compares commits, so commit "
            "the files first (git add -A && git commit)"
        ) from None
    raise RevisionError(
        f"'{revision}' is not a commit in the repository's git history "
        "(in CI, check out with fetch-depth: 0 so the base branch is there)"
    )


def _prefix(root: Path) -> str:
    """Where ``root`` lies inside its git work tree, e.g. '' or 'governance-repo/'."""
    try:
        return _git(root, "rev-parse", "--show-prefix").decode("utf-8").strip()
    except RevisionError:
        raise RevisionError(
            "the governance repository is not in a git repository: 'docket diff' compares git "
            "commits (make one with 'git init', then 'git add -A && git commit')"
        ) from None


@contextmanager
def checkout(root: Path, commit: str) -> Iterator[Path]:
    """A temporary folder holding the repository at ``root`` as it was at ``commit``."""
    prefix = _prefix(root).rstrip("/")
    tree = f"{commit}:{prefix}" if prefix else commit
    archive = _git(root, "archive", "--format=tar", tree)
    with tempfile.TemporaryDirectory(prefix="docket-diff-") as folder:
        try:
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(folder, filter="data")
        except tarfile.TarError as error:
            raise RevisionError(f"cannot lay out {commit[:10]}: {error}") from None
        yield Path(folder)
