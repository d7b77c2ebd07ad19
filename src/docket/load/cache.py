"""A cache of parsed files, so an unchanged repository is not parsed again.

Keyed by path and a digest of the file's bytes (an edit that keeps the size and the
modification time still counts); it stores the plain data the safe loader made, each file's
as its own ``marshal`` blob, read back in microseconds when the file is loaded: a compact blob
per file, not the data of every file at once, is what stays in memory. The entries are spread
over ``SHARDS`` files by path, and a run writes only the files whose entries changed: after one
edit in a repository of 10,000 meetings, one sixteenth of the cache is written, not 100 MB. A
damaged or foreign cache file is ignored; each is written like every other file docket writes
(``docket.fileio``), so a crash never leaves half of one behind. A shard is read only when a
file it holds is asked for: a run that takes every unchanged meeting from the index
(``load.index``) reads only the shards of the files that changed.
"""

from __future__ import annotations

import contextlib
import marshal
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docket.fileio import atomic_write_bytes, atomic_write_text

CACHE_FOLDER = ".docket-cache"
SHARDS = 16
_FORMAT = 4
_UNSHARDED = "parsed.marshal"
"""The one cache file of docket versions before the shards: removed when the cache is written."""

Entry = tuple[bytes, Any]


def blob_of(data: Any) -> bytes:
    """A file's plain data as the cache stores it (and as worker processes send it)."""
    return marshal.dumps(data)


def shard_of(key: str) -> int:
    """Which of the cache files holds ``key`` (stable across runs and machines)."""
    return zlib.crc32(key.encode("utf-8", "surrogateescape")) % SHARDS


def prune(entries: dict[str, Any], keep: set[str], changed: set[int]) -> None:
    """Drop the entries whose key is not in ``keep``, and note their shards as changed."""
    for key in set(entries) - keep:
        del entries[key]
        changed.add(shard_of(key))


def by_shard(entries: dict[str, Any], shards: set[int]) -> dict[int, dict[str, Any]]:
    """The entries of each of ``shards``, in shard order: what to write for them."""
    found: dict[int, dict[str, Any]] = {shard: {} for shard in sorted(shards)}
    for key, entry in entries.items():
        shard = shard_of(key)
        if shard in found:
            found[shard][key] = entry
    return found


def write_shards(
    folder: Path,
    file_of: Callable[[int], Path],
    entries: dict[str, Any],
    changed: set[int],
    header: tuple[Any, ...],
) -> None:
    """Write the shards in ``changed`` (each ``(*header, its entries)``), and the ``.gitignore``
    that keeps the cache folder out of git; a folder that cannot be written is no cache."""
    with contextlib.suppress(OSError, ValueError):
        ignore = folder / ".gitignore"
        if not ignore.is_file():
            atomic_write_text(ignore, "*\n")
        for shard, part in by_shard(entries, changed).items():
            atomic_write_bytes(file_of(shard), marshal.dumps((*header, part)))


class ParseCache:
    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.folder = root / CACHE_FOLDER
        self.enabled = enabled
        self.entries: dict[str, Entry] = {}
        self.changed: set[int] = set()
        self.read: set[int] = set()

    def _load(self, key: str) -> int:
        """Read the shard that holds ``key`` if it was not read yet; its number."""
        shard = shard_of(key)
        if shard not in self.read and self.enabled:
            self.read.add(shard)
            for stored, entry in self._read(shard).items():
                self.entries.setdefault(stored, entry)
        return shard

    def _file(self, shard: int) -> Path:
        return self.folder / f"parsed-{shard:02x}.marshal"

    def _read(self, shard: int) -> dict[str, Entry]:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError, IndexError):
            stored = marshal.loads(self._file(shard).read_bytes())
            if isinstance(stored, tuple) and stored[0] == _FORMAT and isinstance(stored[1], dict):
                return stored[1]
        return {}

    def has(self, key: str, digest: bytes) -> bool:
        self._load(key)
        entry = self.entries.get(key)
        return (
            isinstance(entry, tuple)
            and len(entry) == 2
            and entry[0] == digest
            and isinstance(entry[1], bytes)
        )

    def get(self, key: str) -> Any:
        """The data stored for ``key`` (call ``has`` first); ``None`` when the blob is damaged."""
        with contextlib.suppress(EOFError, ValueError, TypeError):
            return marshal.loads(self.entries[key][1])
        return None

    def put(self, key: str, digest: bytes, blob: bytes) -> None:
        """Store the data of ``key``, as ``marshal.dumps`` wrote it."""
        self.changed.add(self._load(key))
        self.entries[key] = (digest, blob)

    def save(self, keep: set[str]) -> None:
        """Write the cache files whose entries changed, keeping only the entries of ``keep``
        (in the shards that were read)."""
        if not self.enabled:
            return
        prune(self.entries, keep, self.changed)
        if not self.changed:
            return
        write_shards(self.folder, self._file, self.entries, self.changed, (_FORMAT,))
        with contextlib.suppress(OSError):
            (self.folder / _UNSHARDED).unlink(missing_ok=True)
