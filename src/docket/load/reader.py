"""Read one YAML file into plain data, safely and fast.

Every file passes the same guards before a parser sees it: a size cap, strict UTF-8, no tabs or
control characters, bounded bracket nesting. It is then composed by ruamel.yaml's C parser and
turned into plain data by ``docket.load.compose`` (timestamps kept as text, so that dates are
checked by the model, with a location; aliases, duplicate keys and deep nesting refused). Problems
come back as findings with a line and column; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.error import MarkedYAMLError, YAMLError

from docket.findings import Finding
from docket.load import problems
from docket.load.compose import ConstructionError, compose, construct

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32

_FORBIDDEN = re.compile(r"[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
_BRACKETS = re.compile(r"[\[\]{}]")
_CHARACTER_NAMES = {"\t": "a tab", "\ufeff": "a byte-order mark"}


@dataclass(frozen=True)
class ReadResult:
    data: Any
    finding: Finding | None


def position_of(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def decode(raw: bytes, path: str) -> tuple[str | None, Finding | None]:
    """Decode UTF-8 (a leading byte-order mark is allowed), or say where it is not."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        good = raw[: error.start].decode("utf-8")
        line, column = position_of(good, len(good))
        byte = raw[error.start : error.start + 1].hex()
        return None, problems.NOT_UTF8.finding(
            f"byte 0x{byte} is not UTF-8 text",
            path,
            line=line,
            column=column,
            hint="save the file as UTF-8 (in Word or an editor: 'Save as', encoding UTF-8)",
        )


def guard(text: str, path: str) -> Finding | None:
    """Refuse characters and nesting that the parsers handle badly or inconsistently."""
    bad = _FORBIDDEN.search(text)
    if bad:
        char = bad.group()
        name = _CHARACTER_NAMES.get(char, f"the control character U+{ord(char):04X}")
        line, column = position_of(text, bad.start())
        hint = (
            "indent and separate with spaces; write a tab inside quoted text as \\t"
            if char == "\t"
            else "delete it (it is invisible in most editors; it often comes from copy and paste)"
        )
        return problems.FORBIDDEN_CHARACTER.finding(
            f"{name} is not allowed in docket files", path, line=line, column=column, hint=hint
        )
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            line, column = position_of(text, match.start())
            return problems.NESTING_TOO_DEEP.finding(
                f"lists or mappings are nested more than {MAX_DEPTH} levels deep",
                path,
                line=line,
                column=column,
                hint="docket documents are shallow: check for unbalanced brackets",
            )
    return None


_BY_NAME = {
    "alias-not-allowed": problems.ALIAS_NOT_ALLOWED,
    "nesting-too-deep": problems.NESTING_TOO_DEEP,
    "duplicate-key": problems.DUPLICATE_KEY,
    "yaml-syntax": problems.YAML_SYNTAX,
}
_HINTS = {
    "duplicate-key": "keep one of them; YAML gives a key one value",
    "yaml-syntax": "check indentation and quoting on this line and the one above",
}


def _mark_finding(error: MarkedYAMLError, path: str) -> Finding:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (error.problem or "invalid YAML").strip()
    context = f" ({error.context.strip()})" if error.context else ""
    return problems.YAML_SYNTAX.finding(
        f"{problem}{context}", path, line=line, column=column, hint=_HINTS["yaml-syntax"]
    )


def parse(text: str, path: str) -> ReadResult:
    """Parse guarded text; ``data`` is ``None`` when a finding is returned."""
    finding = guard(text, path)
    if finding is not None:
        return ReadResult(None, finding)
    try:
        node = compose(text)
        data = None if node is None else construct(node, MAX_DEPTH)
    except MarkedYAMLError as error:
        return ReadResult(None, _mark_finding(error, path))
    except ConstructionError as error:
        problem = _BY_NAME[error.name]
        return ReadResult(
            None,
            problem.finding(
                error.message,
                path,
                line=error.line,
                column=error.column,
                hint=_HINTS.get(error.name),
            ),
        )
    except (YAMLError, ValueError, RecursionError) as error:
        return ReadResult(
            None, problems.YAML_SYNTAX.finding(f"cannot parse: {error}", path, line=1, column=1)
        )
    if data is None:
        return ReadResult(
            None,
            problems.EMPTY_DOCUMENT.finding(
                "the file is empty",
                path,
                line=1,
                column=1,
                hint="start the file with 'kind:' and 'schema_version: 1'",
            ),
        )
    return ReadResult(data, None)
