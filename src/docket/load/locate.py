"""Turn a pointer into the data (keys and list indexes) into a line and column.

Files are parsed fast into plain data; only a file with a finding is composed again to find
where the pointer leads. The node at the longest prefix of the pointer that exists is used, so a
missing key points at the mapping that lacks it. Each mapping's keys are indexed the first time a
pointer passes through it, so locating n findings in one mapping costs n look-ups, not n scans
of the mapping (a file with 130,000 unknown keys is located in well under a second).
"""

from __future__ import annotations

import stat
from functools import lru_cache
from pathlib import Path

from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from docket.findings import Finding, Pointer
from docket.load.compose import ConstructionError
from docket.load.reader import MAX_FILE_BYTES, compose_guarded, decode, guard

KeyIndex = dict[int, dict[str, tuple[Node, Node]]]
"""Per mapping node (by ``id``): its keys as text -> (key node, value node), first one wins."""


@lru_cache(maxsize=256)
def _compose(file: Path) -> tuple[Node | None, KeyIndex]:
    try:
        if not stat.S_ISREG(file.stat().st_mode):
            return None, {}
        raw = file.read_bytes()
    except (OSError, ValueError):
        return None, {}
    if len(raw) > MAX_FILE_BYTES:
        return None, {}
    text, problem = decode(raw, "")
    if text is None or problem is not None or guard(text, "") is not None:
        return None, {}
    try:
        node = compose_guarded(text)
    except (YAMLError, ConstructionError, RecursionError, ValueError):
        return None, {}
    return (node if isinstance(node, Node) else None), {}


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
    node, index = _compose(root / finding.path)
    line, column = position(node, finding.pointer, finding.at_key, index)
    return finding.with_position(line, column)


def line_of(root: Path, path: str, pointer: Pointer) -> int:
    """The line ``pointer`` leads to in the file at ``path`` (for a message naming places)."""
    node, index = _compose(root / path)
    return position(node, pointer, False, index)[0]


def forget() -> None:
    """Drop composed files (after files were rewritten)."""
    _compose.cache_clear()
