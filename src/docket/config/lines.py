"""Where each key of a TOML file is: tomllib gives values but no positions.

A configuration error must name its line, so the text is scanned once more, line by line, for
table headers (``[a.b]``, ``[[a.b]]``) and ``key = value`` lines. Multi-line strings and arrays
are skipped over. A key inside an inline table or array has no line of its own; ``line_of``
then answers with the line of the nearest enclosing key it knows.
"""

from __future__ import annotations

import json

KeyPath = tuple[str | int, ...]

_QUOTES = ('"', "'")
_MULTILINE = ('"""', "'''")


def _unquote(part: str) -> str:
    part = part.strip()
    if len(part) >= 2 and part[0] == part[-1] == "'":
        return part[1:-1]
    if len(part) >= 2 and part[0] == part[-1] == '"':
        try:
            return str(json.loads(part))
        except ValueError:
            return part[1:-1]
    return part


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    """``text`` cut at each ``separator`` that stands outside a quoted string."""
    parts: list[str] = []
    start, quote, index = 0, "", 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\" and quote == '"':
                index += 1
            elif char == quote:
                quote = ""
        elif char in _QUOTES:
            quote = char
        elif char == separator:
            parts.append(text[start:index])
            start = index + 1
        index += 1
    parts.append(text[start:])
    return parts


def parse_key(text: str) -> tuple[str, ...]:
    """A dotted TOML key (``a."b.c".d``) as its parts."""
    return tuple(_unquote(part) for part in _split_outside_quotes(text, "."))


def _value_state(value: str) -> tuple[int, str]:
    """How many brackets ``value`` leaves open, and the multi-line string it leaves open."""
    depth, index = 0, 0
    while index < len(value):
        rest = value[index:]
        if rest.startswith(_MULTILINE):
            delimiter = rest[:3]
            end = value.find(delimiter, index + 3)
            if end < 0:
                return depth, delimiter
            index = end + 3
            continue
        char = value[index]
        if char == "#":
            break
        if char in _QUOTES:
            end = index + 1
            while end < len(value) and value[end] != char:
                end += 2 if char == '"' and value[end] == "\\" else 1
            index = end + 1
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        index += 1
    return depth, ""


class KeyLines:
    """The 1-based line of every table header and key of one TOML text."""

    def __init__(self, text: str) -> None:
        self.lines: dict[KeyPath, int] = {}
        self.text = text.splitlines()
        arrays: dict[tuple[str, ...], int] = {}
        table: KeyPath = ()
        depth, open_string = 0, ""
        for number, raw in enumerate(text.splitlines(), start=1):
            if open_string:
                end = raw.find(open_string)
                if end >= 0:
                    depth, open_string = _value_state(raw[end + 3 :])
                continue
            if depth > 0:
                more, open_string = _value_state(raw)
                depth += more
                continue
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                table = self._header(line, arrays, number)
                continue
            key = _split_outside_quotes(line, "=")[0]
            value = line[len(key) + 1 :]
            parts = parse_key(key)
            for size in range(1, len(parts) + 1):
                self.lines.setdefault((*table, *parts[:size]), number)
            depth, open_string = _value_state(value)

    def _header(self, line: str, arrays: dict[tuple[str, ...], int], number: int) -> KeyPath:
        is_array = line.startswith("[[")
        inner = line[2:] if is_array else line[1:]
        closing = _split_outside_quotes(inner, "]")[0]
        parts = parse_key(closing)
        if is_array:
            arrays[parts] = arrays.get(parts, -1) + 1
        resolved: list[str | int] = []
        for size in range(1, len(parts) + 1):
            resolved.append(parts[size - 1])
            self.lines.setdefault(tuple(resolved), number)
            if parts[:size] in arrays:
                resolved.append(arrays[parts[:size]])
                self.lines.setdefault(tuple(resolved), number)
        return tuple(resolved)

    def line_of(self, path: KeyPath) -> int | None:
        """The line of ``path``, or of its nearest enclosing key that has one."""
        for size in range(len(path), 0, -1):
            if path[:size] in self.lines:
                return self.lines[path[:size]]
        return None

    def line_of_item(self, path: KeyPath, item: str) -> int | None:
        """The line of the quoted string ``item`` in the list at ``path`` (which may span
        lines), or the line of ``path`` itself."""
        start = self.line_of(path)
        if start is None:
            return None
        quoted = (json.dumps(item, ensure_ascii=False), f"'{item}'")
        for number in range(start, len(self.text) + 1):
            line = self.text[number - 1]
            if number > start and line.lstrip().startswith("["):
                break
            if any(q in line for q in quoted):
                return number
        return start
