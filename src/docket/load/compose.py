"""Parse YAML text into nodes (with positions), then into plain Python data.

ruamel.yaml's C parser composes the node tree; its Python resolver and constructor would then
take three quarters of the load time, so docket resolves plain scalars itself with the YAML 1.2
core schema (null, bool, int, float; everything else, timestamps included, is a string) and
builds plain dicts and lists in one pass that also rejects duplicate keys, shared containers
(aliases, the "billion laughs") and deep nesting, each with the node's line and column.
Without the C extension the pure-Python composer is used; results are the same.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
TIMESTAMP = "tag:yaml.org,2002:timestamp"

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_MAYBE_SPECIAL = frozenset("~nNtTfF0123456789+-.")


def resolve_plain(value: str) -> str:
    """The YAML 1.2 core-schema tag of a plain (unquoted) scalar."""
    if value and value[0] not in _MAYBE_SPECIAL:
        return STR
    if _NULL.match(value):
        return NULL
    if _BOOL.match(value):
        return BOOL
    if _INT.match(value):
        return INT
    if _FLOAT.match(value):
        return FLOAT
    return STR


try:
    from _ruamel_yaml import CParser

    class _FastComposer(CParser):  # type: ignore[misc]
        """The C parser with docket's resolver: plain scalars by the core schema."""

        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
            if kind is ScalarNode:
                return resolve_plain(value) if implicit[0] else STR
            return MAP if kind is MappingNode else SEQ

        def descend_resolver(self, *args: Any) -> None:
            return None

        def ascend_resolver(self, *args: Any) -> None:
            return None

    def compose(text: str) -> Node | None:
        node: Node | None = _FastComposer(text).get_single_node()
        return node

except ImportError:  # pragma: no cover - exercised only where ruamel.yaml.clib is missing
    _PURE = YAML(typ="safe", pure=True)

    def compose(text: str) -> Node | None:
        node: Node | None = _PURE.compose(text)
        return node


class ConstructionError(Exception):
    """A problem found while building data from nodes, at a node's position."""

    def __init__(self, name: str, message: str, node: Node) -> None:
        super().__init__(message)
        self.name = name
        self.message = message
        self.line = node.start_mark.line + 1
        self.column = node.start_mark.column + 1


def _tag(node: Node) -> str:
    """The node's tag; reads the raw suffix that docket's resolver set (``node.tag`` decodes
    it afresh on every access, which cost a third of the load time)."""
    ctag = node.ctag
    if ctag.handle is None and isinstance(ctag.suffix, str):
        return ctag.suffix
    return str(node.tag)


def _scalar(node: ScalarNode) -> Any:
    tag, value = _tag(node), node.value
    if tag in (STR, TIMESTAMP):
        return value
    if tag == NULL:
        return None
    if tag == BOOL:
        return value.lower() == "true"
    if tag == INT:
        return int(value, 0) if value[:2] in ("0o", "0x") else int(value)
    if tag == FLOAT:
        lowered = value.lower()
        if lowered.endswith(".inf"):
            return float(lowered.replace(".inf", "inf"))
        return float("nan") if lowered == ".nan" else float(value)
    raise ConstructionError("yaml-syntax", f"the tag '{tag}' is not supported: remove it", node)


def construct(root: Node, max_depth: int) -> Any:
    """Plain data from ``root``; raises ``ConstructionError`` on duplicate keys, aliases of
    lists or mappings, unsupported tags and nesting deeper than ``max_depth``."""
    seen: set[int] = set()

    def build(node: Node, depth: int, key_node: Node | None) -> Any:
        if isinstance(node, ScalarNode):
            return _scalar(node)
        where = key_node or node
        if id(node) in seen:
            raise ConstructionError(
                "alias-not-allowed",
                "YAML anchors and aliases (&name, *name) are not allowed: write the value out",
                where,
            )
        seen.add(id(node))
        if depth > max_depth:
            raise ConstructionError(
                "nesting-too-deep",
                f"lists or mappings are nested more than {max_depth} levels deep",
                where,
            )
        if _tag(node) not in (MAP, SEQ):
            raise ConstructionError(
                "yaml-syntax", f"the tag '{_tag(node)}' is not supported: remove it", node
            )
        if isinstance(node, SequenceNode):
            return [build(child, depth + 1, node) for child in node.value]
        if isinstance(node, MappingNode):
            result: dict[Any, Any] = {}
            for key, value in node.value:
                if not isinstance(key, ScalarNode):
                    raise ConstructionError(
                        "yaml-syntax", "a key must be a plain word or text, not a list", key
                    )
                name = _scalar(key)
                if not isinstance(name, str):
                    name = key.value
                if name in result:
                    raise ConstructionError(
                        "duplicate-key",
                        f"key '{name}' appears twice in this mapping",
                        key,
                    )
                result[name] = build(value, depth + 1, key)
            return result
        raise ConstructionError("yaml-syntax", "unexpected YAML node", node)

    return build(root, 0, None)
