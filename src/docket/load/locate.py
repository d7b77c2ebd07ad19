"""Turn a pointer into the data (keys and list indexes) into a line and column.

Files are parsed fast into plain data; only a file with a finding is composed again to find
where the pointer leads. The node at the longest prefix of the pointer that exists is used, so a
missing key points at the mapping that lacks it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from docket.findings import Finding, Pointer
from docket.load.compose import compose
from docket.load.reader import MAX_FILE_BYTES, decode, guard


@lru_cache(maxsize=256)
def _compose(file: Path) -> Node | None:
    try:
        raw = file.read_bytes()
    except OSError:
        return None
    if len(raw) > MAX_FILE_BYTES:
        return None
    text, problem = decode(raw, "")
    if text is None or problem is not None or guard(text, "") is not None:
        return None
    try:
        node = compose(text)
    except (YAMLError, RecursionError, ValueError):
        return None
    return node if isinstance(node, Node) else None


def position(node: Node | None, pointer: Pointer, at_key: bool) -> tuple[int, int]:
    """1-based position of ``pointer`` under ``node`` (of its key when ``at_key``)."""
    if node is None:
        return 1, 1
    current: Node = node
    key_node: Node | None = None
    for part in pointer:
        child: Node | None = None
        if isinstance(current, MappingNode):
            for k, v in current.value:
                if str(k.value) == str(part):
                    key_node, child = k, v
                    break
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
    line, column = position(_compose(root / finding.path), finding.pointer, finding.at_key)
    return finding.with_position(line, column)


def forget() -> None:
    """Drop composed files (after files were rewritten)."""
    _compose.cache_clear()
