"""Edit a YAML file in place, changing only the bytes of the edit.

Dumping a whole document with ruamel.yaml's round-trip mode keeps comments but not the bytes:
it re-indents mixed indentation, moves comment columns, re-spaces flow mappings and drops a
closing ``...``. So the file is composed in round-trip mode only to learn where each node starts
and ends, and every edit is a splice into the original text: bytes outside the splices stay as
they were. The inserted fragments are rendered by ruamel.yaml (quoting, block scalars) and
indented like their siblings; a flow-style list or mapping gets a flow-style entry.

Each edit is also applied to the plain data of the file, and ``result()`` parses the new text
and refuses it unless it means exactly that data: a splice can never change more than asked.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from docket.errors import DocketError
from docket.findings import Pointer
from docket.load.reader import parse

DEFAULT_SEQUENCE_OFFSET = 2
"""Columns from a key to the '-' of its block list when the file shows no example."""


_QUOTED: dict[str | None, type[str]] = {
    "'": SingleQuotedScalarString,
    '"': DoubleQuotedScalarString,
}


class EditError(DocketError):
    """The edit cannot be made to this file (the message says why)."""


@dataclass(frozen=True)
class _Splice:
    start: int
    end: int
    text: str
    order: int


def _yaml(sequence_offset: int = 0) -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=sequence_offset + 2, offset=sequence_offset)
    return yaml


def _asks_flow(value: object) -> bool:
    return isinstance(value, CommentedMap | CommentedSeq) and value.fa.flow_style() is True


def _prepared(value: Any, flow: bool) -> Any:
    """``value`` as ruamel.yaml should write it: multi-line text as a literal block in block
    context, mappings in flow or block style (flow also where the caller asked for it, as
    for a name ``{da: ..., en: ...}`` inside a block entry)."""
    if isinstance(value, Mapping):
        inner = flow or _asks_flow(value)
        result = CommentedMap((k, _prepared(v, inner)) for k, v in value.items())
        if inner:
            result.fa.set_flow_style()
        return result
    if isinstance(value, list):
        inner = flow or _asks_flow(value)
        seq = CommentedSeq(_prepared(v, inner) for v in value)
        if inner:
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and "\n" in value and not flow and type(value) is str:
        return LiteralScalarString(value)
    return value


def dump_yaml(data: Any, sequence_offset: int = 0) -> str:
    """``data`` as docket writes YAML: round-trip mode, lines never folded, UTF-8 letters as
    they are, mappings indented by 2 and block lists by ``sequence_offset``."""
    out = io.StringIO()
    _yaml(sequence_offset).dump(data, out)
    return out.getvalue()


def render_block_entry(entry: Mapping[str, Any], column: int, flow: bool) -> str:
    """``entry`` as a block-list item ('- ...') whose dash is at ``column``."""
    text = dump_yaml(CommentedSeq([_prepared(entry, flow)]))
    return _indent(text, column)


def render_block_keys(values: Mapping[str, Any], column: int, sequence_offset: int) -> str:
    """``key: value`` lines at ``column`` (lists in block style, their entries in block style)."""
    text = dump_yaml(_prepared(dict(values), flow=False), sequence_offset)
    return _indent(text, column)


def render_flow(value: Any) -> str:
    """``value`` in flow style, on one line (a scalar, a {mapping} or a [list])."""
    text = dump_yaml(CommentedSeq([_prepared(value, flow=True)])).rstrip("\n")
    if not text.startswith("- ") or "\n" in text:
        raise EditError(f"cannot write {value!r} on one line")
    return text[2:]


def _indent(text: str, column: int) -> str:
    pad = " " * column
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def _plain(value: Any) -> Any:
    """The value as the docket loader reads it back (dates stay text)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)
    return value


class YamlEditor:
    """Splice edits into one YAML document's text."""

    def __init__(self, text: str, path: str = "") -> None:
        self.text = text
        self.path = path
        read = parse(text, path)
        if read.finding is not None:
            raise EditError(f"{path}: {read.finding.message}")
        self.data: Any = read.data
        try:
            root = YAML(typ="rt").compose(io.StringIO(text))
        except YAMLError as error:  # the safe parser accepted it; the round-trip one did not
            raise EditError(f"{path}: cannot parse for editing: {error}") from None
        if not isinstance(root, MappingNode):
            raise EditError(f"{path}: the document is not a mapping")
        self.root: MappingNode = root
        self._splices: list[_Splice] = []

    # --- finding nodes -------------------------------------------------------------------

    def node(self, pointer: Pointer) -> Node:
        current: Node = self.root
        for part in pointer:
            child: Node | None = None
            if isinstance(current, MappingNode) and isinstance(part, str):
                child = _value_of(current, part)
            elif isinstance(current, SequenceNode) and isinstance(part, int):
                child = current.value[part] if 0 <= part < len(current.value) else None
            if child is None:
                raise EditError(f"{self.path}: nothing at {'/'.join(map(str, pointer))}")
            current = child
        return current

    def _mapping(self, pointer: Pointer) -> MappingNode:
        node = self.node(pointer)
        if not isinstance(node, MappingNode):
            raise EditError(f"{self.path}: {'/'.join(map(str, pointer))} is not a mapping")
        return node

    def _data_at(self, pointer: Pointer) -> Any:
        current = self.data
        for part in pointer:
            current = current[part]
        return current

    # --- edits ---------------------------------------------------------------------------

    def set_values(self, pointer: Pointer, values: Mapping[str, Any], order: Sequence[str]) -> None:
        """Set scalar ``values`` in the mapping at ``pointer``; new keys go where ``order`` (the
        model's field order) puts them."""
        mapping = self._mapping(pointer)
        new: dict[str, Any] = {}
        for key, value in values.items():
            current = _value_of(mapping, key)
            if current is None:
                new[key] = value
                continue
            if not isinstance(current, ScalarNode):
                raise EditError(f"{self.path}: '{key}' holds a list or mapping, not a value")
            original = self.text[current.start_mark.index : current.end_mark.index]
            styled = _QUOTED.get(current.style, str)(value) if isinstance(value, str) else value
            replacement = render_flow(styled) + ("\n" if original.endswith("\n") else "")
            self._splice(current.start_mark.index, current.end_mark.index, replacement)
        self._insert_keys(pointer, mapping, new, order)
        target = self._data_at(pointer)
        for key, value in values.items():
            target[key] = _plain(value)

    def append(
        self, pointer: Pointer, key: str, entry: Mapping[str, Any], order: Sequence[str]
    ) -> None:
        """Append ``entry`` to the list under ``key`` of the mapping at ``pointer``, making the
        list (where ``order`` puts it) if there is none."""
        mapping = self._mapping(pointer)
        target = self._data_at(pointer)
        current = _value_of(mapping, key)
        if current is None:
            self._insert_keys(pointer, mapping, {key: [dict(entry)]}, order)
            target[key] = [_plain(entry)]
            return
        if isinstance(current, ScalarNode) and target.get(key) is None:
            if current.start_mark.index != current.end_mark.index:
                raise EditError(f"{self.path}: '{key}' is written as null: make it a list")
            at = self._line_end(mapping, _key_of(mapping, key))
            column = _key_of(mapping, key).start_mark.column + self._sequence_offset(mapping)
            self._splice(at, at, render_block_entry(entry, column, flow=False))
        elif isinstance(current, SequenceNode):
            self._append_to_sequence(current, entry)
        else:
            raise EditError(f"{self.path}: '{key}' is not a list")
        target[key] = [*(target.get(key) or []), _plain(entry)]

    def _append_to_sequence(self, seq: SequenceNode, entry: Mapping[str, Any]) -> None:
        items = seq.value
        flow_entries = bool(items) and all(
            isinstance(i, MappingNode) and i.flow_style for i in items
        )
        if seq.flow_style:
            if not items:
                text = "[" + render_flow(dict(entry)) + "]"
                self._splice(seq.start_mark.index, seq.end_mark.index, text)
            else:
                at = items[-1].end_mark.index
                self._splice(at, at, ", " + render_flow(dict(entry)))
            return
        at = self._line_end(seq, items[-1])
        self._splice(at, at, render_block_entry(entry, seq.start_mark.column, flow_entries))

    def _insert_keys(
        self,
        pointer: Pointer,
        mapping: MappingNode,
        new: Mapping[str, Any],
        order: Sequence[str],
    ) -> None:
        if not new:
            return
        rank = {name: i for i, name in enumerate(order)}
        present = [k.value for k, _ in mapping.value]
        groups: dict[str, dict[str, Any]] = {}
        for key in sorted(new, key=lambda k: rank.get(k, len(rank))):
            before = [p for p in present if rank.get(p, -1) < rank.get(key, len(rank))]
            anchor = before[-1] if before else present[-1]
            groups.setdefault(anchor, {})[key] = new[key]
        for anchor, values in groups.items():
            anchor_value = _value_of(mapping, anchor)
            assert anchor_value is not None
            if mapping.flow_style:
                at = anchor_value.end_mark.index
                parts = [f"{k}: {render_flow(v)}" for k, v in values.items()]
                self._splice(at, at, "".join(", " + p for p in parts))
            else:
                at = self._line_end(mapping, anchor_value)
                column = mapping.value[0][0].start_mark.column
                text = render_block_keys(values, column, self._sequence_offset(mapping))
                self._splice(at, at, text)

    def _splice(self, start: int, end: int, text: str) -> None:
        self._splices.append(_Splice(start, end, text, len(self._splices)))

    def _line_end(self, parent: Node, node: Node) -> int:
        """Where a line inserted after ``node`` (a child of block ``parent``) starts: after the
        rest of its last line (a trailing comment stays with it)."""
        last = _last_descendant(node)
        end = last.end_mark.index
        line_start = self.text.rfind("\n", 0, end) + 1
        if not self.text[line_start:end].strip():
            return line_start
        newline = self.text.find("\n", end)
        return len(self.text) if newline < 0 else newline + 1

    def _sequence_offset(self, near: MappingNode) -> int:
        """How far this file indents a block list under its key: as in ``near`` if it has a
        block list, else as in the first one found, else the default."""
        stack: list[Node] = [near, self.root]
        while stack:
            node = stack.pop(0)
            if isinstance(node, MappingNode):
                for key, value in node.value:
                    if isinstance(value, SequenceNode) and not value.flow_style and value.value:
                        return max(0, int(value.start_mark.column) - int(key.start_mark.column))
                    stack.append(value)
            elif isinstance(node, SequenceNode):
                stack.extend(node.value)
        return DEFAULT_SEQUENCE_OFFSET

    # --- result --------------------------------------------------------------------------

    def result(self) -> str:
        """The edited text; raises ``EditError`` if it would not read back as intended."""
        text = self.text

        # Inserts at one place: the deeper-indented one belongs to the earlier node, so first.
        def place(s: _Splice) -> tuple[int, int, int]:
            return (s.start, -(len(s.text) - len(s.text.lstrip(" "))), s.order)

        newline = "\r\n" if "\r\n" in self.text else "\n"
        for splice in sorted(self._splices, key=place, reverse=True):
            piece = splice.text.replace("\n", newline)
            if splice.start == len(text) and text and not text.endswith("\n"):
                piece = newline + piece
            text = text[: splice.start] + piece + text[splice.end :]
        read = parse(text, self.path)
        if read.finding is not None or read.data != self.data:
            problem = read.finding.message if read.finding else "it would read back differently"
            raise EditError(f"{self.path}: the edit could not be made safely ({problem})")
        return text


def _key_of(mapping: MappingNode, key: str) -> Node:
    for k, _ in mapping.value:
        if isinstance(k, ScalarNode) and k.value == key:
            return k
    raise KeyError(key)


def _value_of(mapping: MappingNode, key: str) -> Node | None:
    for k, v in mapping.value:
        if isinstance(k, ScalarNode) and k.value == key:
            return v  # type: ignore[no-any-return]
    return None


def _last_descendant(node: Node) -> Node:
    """The node whose end is the end of ``node``'s text (block collections end late)."""
    while isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, MappingNode) else last
    return node
