"""Turn a pointer into the data (keys and list indexes) into a line and column.

Files are parsed fast into plain data; only a file with a finding is composed again to find
where the pointer leads. The node at the longest prefix of the pointer that exists is used, so a
missing key points at the mapping that lacks it. Each mapping's keys are indexed the first time a
pointer passes through it, so locating n findings in one mapping costs n look-ups, not n scans
of the mapping (a file with 130,000 unknown keys is located in well under a second).
"""

from __future__ import annotations

import contextlib
import marshal
import stat
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path

from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from docket.digests import content_digest
from docket.fileio import atomic_write_bytes
from docket.findings import Finding, Pointer
from docket.load.cache import CACHE_FOLDER
from docket.load.compose import ConstructionError
from docket.load.reader import MAX_FILE_BYTES, compose_guarded, decode, guard

_FORMAT = 1

KeyIndex = dict[int, dict[str, tuple[Node, Node]]]
"""Per mapping node (by ``id``): its keys as text -> (key node, value node), first one wins."""


Composed = tuple[Node | None, KeyIndex, bytes | None]
_COMPOSED: OrderedDict[bytes, Composed] = OrderedDict()
_KEEP = 256
"""Composed files are kept by the digest of their bytes (the latest 256): a file edited since
it was composed is composed again, whatever its size and time."""


def _compose(file: Path) -> Composed:
    """The file's node tree, an index for its mappings, and the digest of the bytes composed."""
    try:
        if not stat.S_ISREG(file.stat().st_mode):
            return None, {}, None
        raw = file.read_bytes()
    except (OSError, ValueError):
        return None, {}, None
    if len(raw) > MAX_FILE_BYTES:
        return None, {}, None
    digest = content_digest(raw)
    known = _COMPOSED.get(digest)
    if known is None:
        known = _COMPOSED[digest] = _compose_bytes(raw, digest)
        if len(_COMPOSED) > _KEEP:
            _COMPOSED.popitem(last=False)
    return known


def _compose_bytes(raw: bytes, digest: bytes) -> Composed:
    text, problem = decode(raw, "")
    if text is None or problem is not None or guard(text, "") is not None:
        return None, {}, digest
    try:
        node = compose_guarded(text)
    except (YAMLError, ConstructionError, RecursionError, ValueError):
        return None, {}, digest
    return (node if isinstance(node, Node) else None), {}, digest


def _keys(mapping: MappingNode, index: KeyIndex) -> dict[str, tuple[Node, Node]]:
    keys = index.get(id(mapping))
    if keys is None:
        keys = {}
        for k, v in mapping.value:
            keys.setdefault(str(k.value), (k, v))
        index[id(mapping)] = keys
    return keys


def position(
    node: Node | None, pointer: Pointer, at_key: bool, index: KeyIndex | None = None
) -> tuple[int, int]:
    """1-based position of ``pointer`` under ``node`` (of its key when ``at_key``)."""
    if node is None:
        return 1, 1
    keys_of: KeyIndex = {} if index is None else index
    current: Node = node
    key_node: Node | None = None
    for part in pointer:
        child: Node | None = None
        if isinstance(current, MappingNode):
            found = _keys(current, keys_of).get(str(part))
            if found is not None:
                key_node, child = found
        elif (
            isinstance(current, SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(current.value)
        ):
            key_node, child = None, current.value[part]
        if child is None:
            break
        current = child
    else:
        if at_key and key_node is not None:
            current = key_node
    mark = current.start_mark
    return mark.line + 1, mark.column + 1


def locate(finding: Finding, root: Path) -> Finding:
    """The finding with line and column filled in from its pointer, if it lacks them."""
    if finding.line is not None or finding.pointer is None or not finding.path:
        return finding
    node, index, _ = _compose(root / finding.path)
    line, column = position(node, finding.pointer, finding.at_key, index)
    return finding.with_position(line, column)


Where = tuple[Pointer, bool]
"""A pointer, and whether it is the key that is meant."""


class Positions:
    """Where pointers lead in each file, kept in ``.docket-cache/positions.marshal`` by the
    digest of the file's bytes, so that a file is composed again only when it changed: a
    repository with a warning on each of 10,000 meetings is not composed 10,000 times a run.

    ``digests`` are those of the files as they were loaded; a position is kept only when the
    bytes composed to find it have that digest (a file edited meanwhile is located, not kept).
    """

    def __init__(self, root: Path, digests: Mapping[str, bytes | None]) -> None:
        self.root = root
        self.digests = digests
        self.file = root / CACHE_FOLDER / "positions.marshal"
        self.entries: dict[str, tuple[bytes, dict[Where, tuple[int, int]]]] = {}
        self.changed = False
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError, IndexError):
            stored = marshal.loads(self.file.read_bytes())
            if isinstance(stored, tuple) and stored[0] == _FORMAT and isinstance(stored[1], dict):
                self.entries = stored[1]

    def _known(self, path: str, digest: bytes, where: Where) -> tuple[int, int] | None:
        try:
            stored_digest, positions = self.entries[path]
            line, column = positions[where] if stored_digest == digest else (None, None)
        except (KeyError, TypeError, ValueError):
            return None
        if isinstance(line, int) and isinstance(column, int):
            return line, column
        return None

    def locate(self, finding: Finding) -> Finding:
        """``locate``, with positions found before in the same bytes taken from the cache."""
        digest = self.digests.get(finding.path)
        if finding.line is not None or finding.pointer is None or digest is None:
            return locate(finding, self.root)
        where = (finding.pointer, finding.at_key)
        known = self._known(finding.path, digest, where)
        if known is not None:
            return finding.with_position(*known)
        node, index, composed = _compose(self.root / finding.path)
        line, column = position(node, finding.pointer, finding.at_key, index)
        if composed == digest:
            entry = self.entries.get(finding.path)
            if not isinstance(entry, tuple) or entry[0] != digest:
                entry = self.entries[finding.path] = (digest, {})
            entry[1][where] = (line, column)
            self.changed = True
        return finding.with_position(line, column)

    def save(self) -> None:
        """Write the positions of the files that are still as loaded; the rest are dropped."""
        kept = {
            path: entry
            for path, entry in self.entries.items()
            if isinstance(entry, tuple) and self.digests.get(path) == entry[0]
        }
        if self.changed or len(kept) != len(self.entries):
            with contextlib.suppress(OSError, ValueError):
                atomic_write_bytes(self.file, marshal.dumps((_FORMAT, kept)))


def forget() -> None:
    """Drop composed files (after files were rewritten)."""
    _COMPOSED.clear()
