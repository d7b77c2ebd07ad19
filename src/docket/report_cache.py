"""The last report of ``docket check``, kept with a digest of everything it depended on.

A check of a repository depends on: every file under the data folders (the YAML by content,
attachment files by name, kind and size), the configuration files, the attachment paths the
record names elsewhere in the repository (whether each is a file, a folder or nothing), the
command's arguments, the colour setting, the working folder and docket's own code. When none of
these changed since the last run, the report is the same, so it is written again without loading
a model, building the corpus or running a check: the imports alone cost more than that.

Any change, even one that keeps a file's size and modification time, changes the digest and the
report is made afresh; a test applies random edit sequences and compares the output with
``--no-cache`` byte for byte. Nothing here raises: a damaged, foreign or unreadable cache is a
miss. The cache is JSON, never pickle, so a cache committed into a hostile repository can at
worst give a wrong report of that repository, never run code.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from docket import __version__
from docket.digests import content_digest, keyed
from docket.fileio import atomic_write_text
from docket.repository import DATA_FOLDERS, YAML_SUFFIXES

CACHE_FOLDER = ".docket-cache"
CACHE_FILE = "check-report.json"
CONFIG_FILES = ("docket.toml", "pyproject.toml")
_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Outcome:
    """What a run of ``docket check`` wrote and returned."""

    output: str
    stderr: str
    exit_code: int


@dataclass(frozen=True)
class Entry:
    key: bytes
    attachments: tuple[tuple[str, str], ...]
    outcome: Outcome


def file_state(path: Path) -> str:
    """``file``, ``folder`` or ``none``: what an attachment check sees at ``path``."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return "none"
    if stat.S_ISREG(mode):
        return "file"
    return "folder" if stat.S_ISDIR(mode) else "other"


def _walk_data(root: Path, digest: hashlib.blake2b, files: dict[Path, bytes]) -> None:
    """Feed every entry under the data folders into ``digest``, without following links;
    ``files`` gets the digest of each YAML file's bytes."""
    for folder in DATA_FOLDERS:
        stack = [root / folder]
        while stack:
            current = stack.pop()
            try:
                entries = sorted(os.scandir(current), key=lambda e: e.name)
            except OSError:
                digest.update(b"\0unreadable\0" + os.fsencode(current))
                continue
            for entry in entries:
                name = os.fsencode(entry.path)
                if entry.is_symlink():
                    with contextlib.suppress(OSError):
                        digest.update(b"\0link\0" + name + b"\0" + os.fsencode(os.readlink(entry)))
                elif entry.is_dir(follow_symlinks=False):
                    digest.update(b"\0dir\0" + name)
                    stack.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    _add_file(entry, name, digest, files)
                else:
                    digest.update(b"\0special\0" + name)


def _add_file(
    entry: os.DirEntry[str], name: bytes, digest: hashlib.blake2b, files: dict[Path, bytes]
) -> None:
    size = entry.stat(follow_symlinks=False).st_size
    digest.update(b"\0file\0" + name + b"\0" + str(size).encode())
    if entry.name.lower().endswith(YAML_SUFFIXES):
        try:
            with open(entry.path, "rb") as handle:
                content = content_digest(handle.read())
        except OSError:
            digest.update(b"\0unreadable")
        else:
            digest.update(content)
            files[Path(entry.path)] = content


def code_fingerprint(digest: hashlib.blake2b) -> None:
    """docket's version and the name, size and modification time of each of its modules."""
    digest.update(__version__.encode())
    for module in sorted(_PACKAGE.rglob("*.py")):
        with contextlib.suppress(OSError):
            info = module.stat()
            digest.update(f"{module}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())


def inputs_key(
    root: Path, arguments: Iterable[str], files: dict[Path, bytes] | None = None
) -> bytes:
    """A digest of everything a check of ``root`` with these arguments depends on; ``files``
    gets the digest of each data file's bytes, for the loader to use (``load_repository``)."""
    digest = keyed(32)
    digest.update(f"{_FORMAT}\0{Path.cwd()}\0{root}\0".encode())
    digest.update("\0".join(arguments).encode("utf-8", "surrogateescape"))
    code_fingerprint(digest)
    for name in CONFIG_FILES:
        try:
            digest.update(b"\0config\0" + (root / name).read_bytes())
        except OSError:
            digest.update(b"\0noconfig\0" + name.encode())
    _walk_data(root, digest, {} if files is None else files)
    return digest.digest()


def attachment_states(root: Path, paths: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """What each attachment path outside the data folders is, as the checks saw it."""
    outside = sorted({p for p in paths if not p.startswith(tuple(f + "/" for f in DATA_FOLDERS))})
    return tuple((p, file_state(root / p)) for p in outside)


def cache_file(root: Path) -> Path:
    return root / CACHE_FOLDER / CACHE_FILE


def recall(root: Path, key: bytes) -> Outcome | None:
    """The stored outcome for ``key``, if its attachments still look as they did."""
    try:
        stored = json.loads(cache_file(root).read_text(encoding="utf-8"))
        if stored["format"] != _FORMAT or stored["key"] != key.hex():
            return None
        attachments = [(str(path), str(state)) for path, state in stored["attachments"]]
        outcome = Outcome(str(stored["output"]), str(stored["stderr"]), int(stored["exit_code"]))
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if any(file_state(root / path) != state for path, state in attachments):
        return None
    return outcome


def remember(root: Path, entry: Entry) -> None:
    """Store ``entry`` atomically; a cache that cannot be written is simply not kept."""
    folder = root / CACHE_FOLDER
    with contextlib.suppress(OSError, ValueError):
        ignore = folder / ".gitignore"
        if not ignore.is_file():
            atomic_write_text(ignore, "*\n")
        stored = {
            "format": _FORMAT,
            "key": entry.key.hex(),
            "attachments": entry.attachments,
            "output": entry.outcome.output,
            "stderr": entry.outcome.stderr,
            "exit_code": entry.outcome.exit_code,
        }
        atomic_write_text(folder / CACHE_FILE, json.dumps(stored, ensure_ascii=False))
