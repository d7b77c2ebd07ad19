"""Parse YAML text into nodes (with positions), then into plain Python data.

ruamel.yaml's C parser composes the node tree; its Python resolver and constructor would then
take three quarters of the load time, so docket resolves plain scalars itself with the YAML 1.2
core schema (null, bool, int, float; everything else, timestamps included, is a string) and
builds plain dicts and lists in one pass that also rejects duplicate keys, shared containers
(aliases, the "billion laughs"), deep nesting, control characters that arrive through escapes
and numbers too long to be a value, each with the node's line and column.
Without the C extension the pure-Python composer is used; results are the same.

The C composer recurses once per level of nesting and overflows the C stack (a segfault) on a
few tens of thousands of levels, which a 60 KB file of ``- - - ...`` reaches. Nodes do not keep
their anchors either. So a file whose text could nest beyond ``SAFE_DEPTH`` or could hold an
anchor is first read as a stream of events (the event parser keeps its state on the heap) by
``scan``, which stops at the first level too deep and at the first anchor or alias; other files,
nearly all, skip that pass. The pre-screen is a bound: nesting n levels in block style needs n
indentation steps or indicators at the start of a line, and in flow style n brackets. Both
passes report a level too deep at the same place: the collection that opens it.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from ruamel.yaml import YAML
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    NodeEvent,
    StreamEndEvent,
)
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from docket.load import characters

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
MAX_NUMBER_LENGTH = 40
"""Characters in an integer; docket's numbers are small, and Python refuses to convert more than
4,300 digits with advice meant for programmers."""


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


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a node tree is built: a tree has no cycles, and
    the collector's passes over hundreds of thousands of new nodes cost three quarters of the
    time of composing a large file."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
        with paused_gc():
            node: Node | None = _FastComposer(text).get_single_node()
        return node

    def events(text: str) -> Iterator[Event]:
        parser = _FastComposer(text)
        while True:
            event = parser.get_event()
            yield event
            if isinstance(event, StreamEndEvent):
                return

except ImportError:  # pragma: no cover - exercised only where ruamel.yaml.clib is missing
    _PURE = YAML(typ="safe", pure=True)

    def compose(text: str) -> Node | None:
        with paused_gc():
            node: Node | None = _PURE.compose(text)
        return node

    def events(text: str) -> Iterator[Event]:
        yield from _PURE.parse(text)


class _Mark(Protocol):
    line: int
    column: int


class ConstructionError(Exception):
    """A problem found while building data from nodes, at a node's (or event's) position."""

    def __init__(self, name: str, message: str, mark: _Mark, hint: str | None = None) -> None:
        super().__init__(message)
        self.name = name
        self.message = message
        self.hint = hint
        self.line = mark.line + 1
        self.column = mark.column + 1


_ANCHOR_LIKE = re.compile(
    r"(?:^[ ]*|[-?:][ ]+|[\[{,][ ]*|![^\s]*[ ]+)[&*][^\s\[\]{},]", re.MULTILINE
)
"""Where an anchor (&a) or alias (*a) can stand: at the start of a node, or after its tag."""


SAFE_DEPTH = 200
"""Nesting the C composer survives with room to spare (it overflows at tens of thousands)."""

_DEEP_BLOCK = re.compile(rf"^(?:[ ]|[-?:](?:[ ]|$)){{{SAFE_DEPTH},}}", re.MULTILINE)


def needs_scan(text: str) -> bool:
    """Whether ``text`` could nest deeper than ``SAFE_DEPTH`` or holds what may be an anchor or
    an alias. Block nesting of n levels needs n indentation steps or indicators at the start of
    a line, flow nesting n brackets; ``construct`` bounds shallower nesting exactly. Cheap tests
    in C (a long line; an ``&`` or ``*`` at all) spare most files the two patterns."""
    return (
        text.count("[") + text.count("{") > SAFE_DEPTH
        or (_longest_line(text) >= SAFE_DEPTH and _DEEP_BLOCK.search(text) is not None)
        or (("&" in text or "*" in text) and _ANCHOR_LIKE.search(text) is not None)
    )


def _longest_line(text: str) -> int:
    """The length of the longest line: deep block nesting needs a line at least as long as the
    depth, and this costs a hundredth of the pattern, which only such a file then meets."""
    return max(map(len, text.split("\n")))


_NESTING_HINT = "docket documents are shallow: check the indentation and for unbalanced brackets"
_ALIAS_MESSAGE = "YAML anchors and aliases (&name, *name) are not allowed: write the value out"


def scan(text: str, max_depth: int) -> None:
    """Raise ``ConstructionError`` at the first collection nested deeper than ``max_depth``
    (the root is level 0) and at the first anchor or alias; parse errors propagate."""
    depth = -1
    for event in events(text):
        if isinstance(event, AliasEvent) or (
            isinstance(event, NodeEvent) and event.anchor is not None
        ):
            raise ConstructionError("alias-not-allowed", _ALIAS_MESSAGE, event.start_mark)
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > max_depth:
                raise ConstructionError(
                    "nesting-too-deep",
                    f"lists or mappings are nested more than {max_depth} levels deep",
                    event.start_mark,
                    _NESTING_HINT,
                )
        elif isinstance(event, CollectionEndEvent):
            depth -= 1


def _tag(node: Node) -> str:
    """The node's tag; reads the raw suffix that docket's resolver set (``node.tag`` decodes
    it afresh on every access, which cost a third of the load time)."""
    ctag = node.ctag
    if ctag.handle is None and isinstance(ctag.suffix, str):
        return ctag.suffix
    return str(node.tag)


def _escaped_text(node: ScalarNode, value: str, warnings: list[ConstructionError]) -> None:
    """Refuse control characters that a double-quoted escape produced; note bidi controls."""
    bad = characters.FORBIDDEN_DECODED.search(value)
    if bad:
        char = bad.group()
        raise ConstructionError(
            "forbidden-character",
            f"this text holds {characters.name(char)} (written as an escape), "
            "which is not allowed in docket files",
            node.start_mark,
            characters.hint(char),
        )
    bidi = characters.BIDI.search(value)
    if bidi:
        warnings.append(
            ConstructionError(
                "bidi-control",
                characters.bidi_message(bidi.group()) + " (written as an escape)",
                node.start_mark,
                characters.BIDI_HINT,
            )
        )


def _scalar(node: ScalarNode, warnings: list[ConstructionError]) -> Any:
    tag, value = _tag(node), node.value
    if node.style == '"':
        _escaped_text(node, value, warnings)
    if tag in (STR, TIMESTAMP):
        return value
    if tag == NULL:
        return None
    if tag == BOOL:
        return value.lower() == "true"
    if tag == INT:
        if len(value) > MAX_NUMBER_LENGTH:
            raise ConstructionError(
                "invalid-value",
                f"a number of {len(value):,} characters is not a value docket uses",
                node.start_mark,
                "if it is text, put it in quotes; otherwise shorten it",
            )
        return int(value, 0) if value[:2] in ("0o", "0x") else int(value)
    if tag == FLOAT:
        lowered = value.lower()
        if lowered.endswith(".inf"):
            return float(lowered.replace(".inf", "inf"))
        return float("nan") if lowered == ".nan" else float(value)
    raise ConstructionError(
        "yaml-syntax", f"the tag '{tag}' is not supported: remove it", node.start_mark
    )


@dataclass
class _Limits:
    """What ``_build`` carries through one document: the nodes seen (an alias of a list or a
    mapping is refused), the warnings noted, and how deep lists and mappings may nest."""

    seen: set[int]
    noted: list[ConstructionError]
    max_depth: int


def _build(node: Node, depth: int, key_node: Node | None, limits: _Limits) -> Any:
    """One node of ``construct``; a function of its own, not a closure, so that no reference
    cycle keeps what it saw alive while the cycle collector is paused (``docket.memory``)."""
    seen, noted, max_depth = limits.seen, limits.noted, limits.max_depth
    if isinstance(node, ScalarNode):
        return _scalar(node, noted)
    if id(node) in seen:
        raise ConstructionError("alias-not-allowed", _ALIAS_MESSAGE, (key_node or node).start_mark)
    seen.add(id(node))
    if depth > max_depth:
        raise ConstructionError(
            "nesting-too-deep",
            f"lists or mappings are nested more than {max_depth} levels deep",
            node.start_mark,
            _NESTING_HINT,
        )
    if _tag(node) not in (MAP, SEQ):
        raise ConstructionError(
            "yaml-syntax",
            f"the tag '{_tag(node)}' is not supported: remove it",
            node.start_mark,
        )
    if isinstance(node, SequenceNode):
        return [_build(child, depth + 1, node, limits) for child in node.value]
    if isinstance(node, MappingNode):
        result: dict[Any, Any] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                raise ConstructionError(
                    "yaml-syntax",
                    "a key must be a plain word or text, not a list",
                    key.start_mark,
                )
            name = _scalar(key, noted)
            if not isinstance(name, str):
                name = key.value
            if name in result:
                raise ConstructionError(
                    "duplicate-key",
                    f"key '{name}' appears twice in this mapping",
                    key.start_mark,
                )
            result[name] = _build(value, depth + 1, key, limits)
        return result
    raise ConstructionError("yaml-syntax", "unexpected YAML node", node.start_mark)


def construct(root: Node, max_depth: int, warnings: list[ConstructionError] | None = None) -> Any:
    """Plain data from ``root``; raises ``ConstructionError`` on duplicate keys, aliases of
    lists or mappings, unsupported tags, escaped control characters, overlong numbers and
    nesting deeper than ``max_depth``. Bidi controls are appended to ``warnings``."""
    limits = _Limits(set(), [] if warnings is None else warnings, max_depth)
    with paused_gc():
        return _build(root, 0, None, limits)
