"""Find the governance repository and the files in it."""

from __future__ import annotations

import os
import re
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


MAX_PATH_BYTES = 4095
MAX_NAME_BYTES = 255
"""What Linux file systems take (PATH_MAX less the NUL, NAME_MAX); Windows and macOS take less."""


def path_problem(path: str) -> str | None:
    """Why ``path``, written in a data file, cannot name a file on any file system; ``None``
    when it can. Checked before the path is given to the operating system, which would raise."""
    if "\0" in path:
        return "holds a NUL character, which no file name can hold"
    if len(path.encode("utf-8")) > MAX_PATH_BYTES:
        return f"is {len(path):,} characters long, longer than any file system allows"
    if any(len(part.encode("utf-8")) > MAX_NAME_BYTES for part in re.split(r"[/\\]", path)):
        return f"has a folder or file name longer than {MAX_NAME_BYTES} bytes"
    return None


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters for a message."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def is_yaml_name(path: Path) -> bool:
    """Whether the name ends in .yaml or .yml, in any case (``MØDE.YAML`` too)."""
    return path.suffix.lower() in YAML_SUFFIXES


def _leads_inside(link: Path, inside: Path) -> bool:
    try:
        return link.resolve(strict=True).is_relative_to(inside)
    except (OSError, RuntimeError):
        return False


def data_files(root: Path) -> list[Path]:
    """Every YAML document under the data folders, sorted; files inside a meeting's attachment
    folder (``meetings/<body>/<stem>/`` beside ``<stem>.yaml``) are attachments, not data.

    Anything named like YAML that is not a real folder is listed, symbolic links, FIFOs and
    devices included, and so is a symbolic link of any name that leads out of the repository
    (or nowhere), so that the loader refuses it with a finding instead of skipping it in
    silence (``docket.load.read_file`` never opens what is not a regular file in the repository).
    Symbolic links to folders are not followed.
    """
    inside = root.resolve()
    found: list[Path] = []
    for folder in DATA_FOLDERS:
        base = root / folder
        if base.is_dir() and not base.is_symlink():
            _scan(base, inside, found)
    return sorted(found)


def _scan(folder: Path, inside: Path, found: list[Path]) -> None:
    """Add the data files under ``folder`` to ``found``; a folder named like a YAML file beside
    it (its stem) holds that meeting's attachments and is not entered."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    folders: list[os.DirEntry[str]] = []
    stems: set[str] = set()
    for entry in entries:
        link = entry.is_symlink()
        stem, suffix = os.path.splitext(entry.name)
        if suffix.lower() in YAML_SUFFIXES and (link or not entry.is_dir()):
            found.append(Path(entry.path))
            stems.add(stem)
        elif link:
            if not _leads_inside(Path(entry.path), inside):
                found.append(Path(entry.path))
                stems.add(stem)
        elif entry.is_dir():
            folders.append(entry)
    for entry in folders:
        if entry.name not in stems:
            _scan(Path(entry.path), inside, found)


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with '/' separators (a path under ``root`` is named as it
    is, even when it is a symbolic link to elsewhere)."""
    text, base = str(path), str(root)
    if path.is_absolute() and text.startswith(base + os.sep):  # the common case, without pathlib
        return text[len(base) + 1 :].replace(os.sep, "/")
    if path.is_absolute() and path.is_relative_to(root):
        return path.relative_to(root).as_posix()
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
