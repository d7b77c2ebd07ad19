"""The facts and ids of each meeting file, by the digest of its bytes.

What a run needs of a meeting that did not change is small: its facts (``docket.facts``), the
ids it declares and the references it makes, with their pointers. This index keeps them per
meeting file, keyed by the digest of the file's bytes and by docket's code (a new docket may make
other facts from the same file), in ``.docket-cache/meeting-index-XX.marshal``. A meeting whose
entry matches is not parsed, validated or walked: its model is made only if something reads it
(``LoadedDocument.model``). Only a meeting that loaded without any finding gets an entry, so a
meeting taken from the index has none to report.

A damaged or foreign index file is a miss, shard by shard (``_well_formed``), and so is an entry
whose facts are not what ``facts.pack`` writes. It is ``marshal``, never pickle, so a cache
committed into a hostile repository can at worst give a wrong report, never run code.
"""

from __future__ import annotations

import contextlib
import marshal
from collections.abc import Iterable
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any, cast

from docket.digests import keyed
from docket.facts import pack, unpack
from docket.load.cache import CACHE_FOLDER, SHARDS, prune, shard_of, write_shards
from docket.outline import Columns, Outline

_FORMAT = 1


def _only(values: Iterable[object], *types: type) -> bool:
    """Whether every value is of exactly one of ``types`` (a loop in C, not in Python)."""
    return set(map(type, values)) <= set(types)


def _well_formed(entries: object) -> bool:
    """Whether ``entries`` (one shard) are what ``MeetingIndex.put`` writes: path -> digest,
    packed facts (``facts.unpack`` checks those), and the declared ids and the references as
    columns of the same length (ids, kinds, pointers). Checked a shard at a time, each kind of
    value in one pass in C: a damaged or foreign shard is a miss, never a crash later on."""
    if not isinstance(entries, dict) or not _only(entries, str):
        return False
    values = list(entries.values())
    if not _only(values, tuple) or not all(len(entry) == 4 for entry in values):
        return False
    if not values:
        return True
    digests, facts, declared, references = zip(*values, strict=True)
    columns = [*declared, *references]
    if not (_only(digests, bytes) and _only(facts, tuple) and _only(columns, tuple)):
        return False
    if not all(len(c) == 3 for c in columns) or not _only(chain.from_iterable(columns), tuple):
        return False
    if not all(len(c[0]) == len(c[1]) == len(c[2]) for c in columns):
        return False
    pointers = list(chain.from_iterable(c[2] for c in columns))
    return (
        _only(chain.from_iterable(c[0] for c in columns), str)
        and _only(chain.from_iterable(c[1] for c in declared), str)
        and _only(chain.from_iterable(c[1] for c in references), tuple)
        and _only(chain.from_iterable(chain.from_iterable(c[1] for c in references)), str)
        and _only(pointers, tuple)
        and _only(chain.from_iterable(pointers), str, int)
    )


@cache
def _code() -> bytes:
    from docket.report_cache import code_fingerprint

    digest = keyed(16)
    code_fingerprint(digest)
    return digest.digest()


class MeetingIndex:
    """The stored outline of each meeting file, under the digest of its bytes, spread over
    ``SHARDS`` files by path like the parse cache: after one edit, one file is written."""

    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.folder = root / CACHE_FOLDER
        self.enabled = enabled
        self.entries: dict[str, tuple[bytes, Any, Any, Any]] = {}
        self.changed: set[int] = set()
        if enabled:
            for shard in range(SHARDS):
                self.entries.update(self._read(shard))

    def _file(self, shard: int) -> Path:
        return self.folder / f"meeting-index-{shard:02x}.marshal"

    def _read(self, shard: int) -> dict[str, Any]:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError, IndexError):
            stored = marshal.loads(self._file(shard).read_bytes())
            if (
                isinstance(stored, tuple)
                and stored[:2] == (_FORMAT, _code())
                and _well_formed(stored[2])
            ):
                return cast(dict[str, Any], stored[2])
        return {}

    def get(self, path: str, digest: bytes) -> Outline | None:
        """The outline of ``path`` when its bytes have ``digest``; ``None`` when there is none,
        or what is stored is not what this module writes (a damaged or foreign index)."""
        try:
            stored_digest, facts, declared, references = self.entries[path]
            if stored_digest != digest:
                return None
            outline = Outline(unpack(facts), Columns(*declared), Columns(*references))
        except (KeyError, TypeError, ValueError, OverflowError):
            return None
        return outline if outline.facts.path == path else None

    def put(self, path: str, digest: bytes, outline: Outline) -> None:
        if not self.enabled:
            return
        self.entries[path] = (
            digest,
            pack(outline.facts),
            tuple(outline.declared),
            tuple(outline.references),
        )
        self.changed.add(shard_of(path))

    def save(self, keep: set[str]) -> None:
        """Write the index files whose entries changed, keeping only the entries of ``keep``."""
        if not self.enabled:
            return
        prune(self.entries, keep, self.changed)
        if not self.changed:
            return
        write_shards(self.folder, self._file, self.entries, self.changed, (_FORMAT, _code()))
