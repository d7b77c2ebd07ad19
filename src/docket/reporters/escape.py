"""Text from the repository reaches terminals and CI logs only as visible characters.

A title, a key or a file name can hold an escape sequence (ESC ``[2J``, an OSC 8 link, the
single-byte CSI U+009B) or a bidirectional control that a terminal or a log viewer would obey;
the reporters show each such character as a backslash escape instead (``\\x1b``, ``\\u202e``),
and the JSON reporters write the ones JSON leaves raw as ``\\u`` escapes, which read back as the
same text.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNSAFE_BUT_BREAKS = re.compile(
    r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str, keep_line_breaks: bool = False) -> str:
    """``text`` with every control, line-separator and bidi character shown as an escape
    (line feeds and carriage returns kept when ``keep_line_breaks``, for a format that escapes
    them its own way)."""
    unsafe = _UNSAFE_BUT_BREAKS if keep_line_breaks else _UNSAFE
    return unsafe.sub(lambda match: _escape(match.group()), text)


def json_text(text: str) -> str:
    """JSON text (from ``json.dumps``) with the characters it leaves raw written as ``\\u``
    escapes; they occur only inside strings, so the document means the same."""
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
