"""Find the governance repository and the files in it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from docket.errors import DocketError

DATA_FOLDERS = ("governance", "meetings")
YAML_SUFFIXES = (".yaml", ".yml")


class RepositoryError(DocketError):
    """No governance repository where one was expected (exit code 2)."""


def is_root(folder: Path) -> bool:
    if (folder / "docket.toml").is_file():
        return True
    pyproject = folder / "pyproject.toml"
    if not pyproject.is_file():
        return False
    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "docket" in table.get("tool", {})


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` marked as a governance repository."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if is_root(folder):
            return folder
    raise RepositoryError(
        f"{here} is not inside a docket repository: no docket.toml or pyproject.toml with a "
        "[tool.docket] table above it. Run 'docket init DIR' to make one, or pass --root."
    )


def given_root(folder: Path) -> Path:
    """The repository named by ``--root``: ``folder`` itself, which must be marked as one.

    A folder inside a repository is refused rather than silently widened to the repository
    above it, which would check (and edit) files the user did not name.
    """
    here = folder.resolve()
    if is_root(here):
        return here
    if not here.is_dir():
        raise RepositoryError(f"--root {folder}: no such folder")
    above = next((f for f in here.parents if is_root(f)), None)
    advice = f"; the repository around it is {above}" if above is not None else ""
    raise RepositoryError(
        f"--root {folder} is not a docket repository: it has no docket.toml and no "
        f"pyproject.toml with a [tool.docket] table{advice}. Point --root at the repository's "
        "top folder, or run 'docket init DIR' to make one."
    )


def attachment_folder(meeting_file: Path) -> Path:
    """Where a meeting keeps its attachment files: the folder named like the file."""
    return meeting_file.with_suffix("")


def _in_attachment_folder(file: Path, base: Path) -> bool:
    return any(
        folder.with_suffix(suffix).is_file()
        for folder in file.parents
        if folder != base and base in folder.parents
        for suffix in YAML_SUFFIXES
    )


def data_files(root: Path) -> list[Path]:
    """Every YAML document under the data folders, sorted; files inside a meeting's attachment
    folder (``meetings/<body>/<stem>/`` beside ``<stem>.yaml``) are attachments, not data."""
    files: list[Path] = []
    for folder in DATA_FOLDERS:
        base = root / folder
        if base.is_dir():
            files.extend(
                p
                for p in base.rglob("*")
                if p.suffix in YAML_SUFFIXES and p.is_file() and not _in_attachment_folder(p, base)
            )
    return sorted(files)


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with '/' separators."""
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
