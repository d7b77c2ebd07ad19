"""A cache of parsed files, so an unchanged repository is not parsed again.

Keyed by path and a digest of the file's bytes (an edit that keeps the size and the
modification time still counts); it stores the plain data the safe loader made, each file's
as its own ``marshal`` blob, read back in microseconds when the file is loaded: a compact blob
per file, not the data of every file at once, is what stays in memory. A damaged or foreign
cache is ignored; the cache is written like every other file docket writes (``docket.fileio``),
so a crash never leaves half of one behind.
"""

from __future__ import annotations

import contextlib
import marshal
from pathlib import Path
from typing import Any

from docket.fileio import atomic_write_bytes, atomic_write_text

CACHE_FOLDER = ".docket-cache"
_FORMAT = 3

Entry = tuple[bytes, Any]


class ParseCache:
    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.file = root / CACHE_FOLDER / "parsed.marshal"
        self.enabled = enabled
        self.entries: dict[str, Entry] = {}
        self.changed = False
        if enabled:
            with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                stored = marshal.loads(self.file.read_bytes())
                if isinstance(stored, tuple) and stored[0] == _FORMAT:
                    self.entries = stored[1]

    def has(self, key: str, digest: bytes) -> bool:
        entry = self.entries.get(key)
        return entry is not None and entry[0] == digest

    def get(self, key: str) -> Any:
        """The data stored for ``key`` (call ``has`` first); ``None`` when the blob is damaged."""
        with contextlib.suppress(EOFError, ValueError, TypeError):
            return marshal.loads(self.entries[key][1])
        return None

    def put(self, key: str, digest: bytes, data: Any) -> None:
        self.entries[key] = (digest, marshal.dumps(data))
        self.changed = True

    def save(self, keep: set[str]) -> None:
        if not self.enabled:
            return
        if set(self.entries) - keep:
            self.entries = {k: v for k, v in self.entries.items() if k in keep}
            self.changed = True
        if not self.changed:
            return
        with contextlib.suppress(OSError, ValueError):
            ignore = self.file.parent / ".gitignore"
            if not ignore.is_file():
                atomic_write_text(ignore, "*\n")
            atomic_write_bytes(self.file, marshal.dumps((_FORMAT, self.entries)))
