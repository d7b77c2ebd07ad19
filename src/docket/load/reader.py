"""Read one YAML file into plain data, safely and fast.

Every file passes the same guards before a parser sees it: a size cap, strict UTF-8, no tabs or
control characters (``docket.load.characters``), and, where the text could nest deeply or hold
an anchor, an event scan that bounds nesting of every kind and refuses anchors and aliases
(``docket.load.compose.scan``; the C composer would overflow its stack). It is then composed by
ruamel.yaml's C parser and turned into plain data by ``docket.load.compose`` (timestamps kept as
text, so that dates are checked by the model, with a location; duplicate keys, escaped control
characters and overlong numbers refused). Problems come back as findings with a line and column
as an editor counts them; bidirectional controls come back as warnings beside the data. Nothing
here raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import Node

from docket.findings import Finding
from docket.load import advice, characters, problems
from docket.load.compose import ConstructionError, compose, construct, needs_scan, scan

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32


@dataclass(frozen=True)
class ReadResult:
    """``data`` is ``None`` when ``finding`` (an error) stops the file; ``warnings`` do not."""

    data: Any
    finding: Finding | None
    warnings: tuple[Finding, ...] = ()


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
    """Refuse characters that the parsers handle badly or inconsistently."""
    bad = characters.FORBIDDEN.search(text)
    if bad is None:
        return None
    char = bad.group()
    line, column = position_of(text, bad.start())
    return problems.FORBIDDEN_CHARACTER.finding(
        f"{characters.name(char)} is not allowed in docket files",
        path,
        line=line,
        column=column,
        hint=characters.hint(char),
    )


def bidi_warnings(text: str, path: str) -> list[Finding]:
    """One warning per line that holds a bidirectional control."""
    warnings: list[Finding] = []
    last_line = 0
    for match in characters.BIDI.finditer(text):
        line, column = position_of(text, match.start())
        if line != last_line:
            warnings.append(
                problems.BIDI_CONTROL.finding(
                    characters.bidi_message(match.group()),
                    path,
                    line=line,
                    column=column,
                    hint=characters.BIDI_HINT,
                )
            )
            last_line = line
    return warnings


def compose_guarded(text: str) -> Node | None:
    """The node tree of text that passed ``guard``, once it is known to be safe to compose;
    raises ``ConstructionError`` or ruamel's ``YAMLError``."""
    if needs_scan(text):
        scan(text, MAX_DEPTH)
    return compose(text)


_BY_NAME = {
    "alias-not-allowed": problems.ALIAS_NOT_ALLOWED,
    "nesting-too-deep": problems.NESTING_TOO_DEEP,
    "duplicate-key": problems.DUPLICATE_KEY,
    "yaml-syntax": problems.YAML_SYNTAX,
    "forbidden-character": problems.FORBIDDEN_CHARACTER,
    "invalid-value": problems.INVALID_VALUE,
    "bidi-control": problems.BIDI_CONTROL,
}
_HINTS = {
    "duplicate-key": "keep one of them; YAML gives a key one value",
    "yaml-syntax": "check indentation and quoting on this line and the one above",
}


def _mark_finding(error: MarkedYAMLError, text: str, path: str) -> Finding:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (error.problem or "invalid YAML").strip()
    context = f" ({error.context.strip()})" if error.context else ""
    message, hint = f"{problem}{context}", _HINTS["yaml-syntax"]
    if (unclosed := advice.unclosed_quote(text, line)) is not None:
        line, column, quote = unclosed
        message = (
            f"the quote {quote} that opens this value is never closed: end the value with "
            f"{quote} on this line"
        )
        hint = f"without it, YAML reads on into the lines below, up to the next {quote}"
    elif "mapping values are not allowed" in problem and (
        colon := advice.colon_in_plain_value(advice.line_at(text, line))
    ):
        column, written = colon
        message = f"a value with ': ' in it must be in quotes: write {written}"
        hint = "without quotes, YAML reads the text before ': ' as a key"
    return problems.YAML_SYNTAX.finding(message, path, line=line, column=column, hint=hint)


def _construction_finding(error: ConstructionError, path: str) -> Finding:
    return _BY_NAME[error.name].finding(
        error.message,
        path,
        line=error.line,
        column=error.column,
        hint=error.hint or _HINTS.get(error.name),
    )


def parse(text: str, path: str) -> ReadResult:
    """Parse guarded text; ``data`` is ``None`` when a finding is returned."""
    finding = guard(text, path)
    if finding is not None:
        return ReadResult(None, finding)
    noted: list[ConstructionError] = []
    try:
        node = compose_guarded(text)
        data = None if node is None else construct(node, MAX_DEPTH, noted)
    except MarkedYAMLError as error:
        return ReadResult(None, _mark_finding(error, text, path))
    except ConstructionError as error:
        return ReadResult(None, _construction_finding(error, path))
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
    warnings = bidi_warnings(text, path) or [_construction_finding(w, path) for w in noted]
    return ReadResult(data, None, tuple(warnings))
