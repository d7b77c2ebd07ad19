"""Which characters a docket file may hold, and what to say about the others.

Refused (an error): tabs and every control character, C0 (U+0000-U+001F but line feed and
carriage return), DEL and C1 (U+0080-U+009F; U+009B alone starts a terminal escape sequence), the
byte-order mark inside a file, and the Unicode line and paragraph separators (U+2028, U+2029): a
YAML 1.1 parser counts those, and U+0085, as line breaks that no editor shows, so every line
number after them would be wrong. They are refused in the raw text and again in the decoded
value of a double-quoted string, where an escape (``"\\0"``, ``"\\e"``, ``"\\x9b"``) can produce
them.

Warned about: the bidirectional controls (U+202A-U+202E, U+2066-U+2069) that reorder how text is
displayed ("Trojan Source", CVE-2021-42574): a title can read differently from what it holds.
Danish and right-to-left names need none of them.
"""

from __future__ import annotations

import re

FORBIDDEN = re.compile(r"[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]")
FORBIDDEN_DECODED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]")
"""In a double-quoted value: the same, but the escapes \\t, \\n and \\r are text."""
BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")

_NAMES = {
    "\t": "a tab",
    "\ufeff": "a byte-order mark",
    "\x85": "the line separator U+0085 (NEL)",
    "\u2028": "the line separator U+2028",
    "\u2029": "the paragraph separator U+2029",
}
_LINE_SEPARATORS = frozenset("\x85\u2028\u2029")


def name(char: str) -> str:
    """How a message names a refused character."""
    return _NAMES.get(char, f"the control character U+{ord(char):04X}")


def hint(char: str) -> str:
    """What to do about a refused character."""
    if char == "\t":
        return "indent and separate with spaces; write a tab inside quoted text as \\t"
    if char in _LINE_SEPARATORS:
        return "replace it by an ordinary line break (it often comes from a word processor)"
    return "delete it (it is invisible in most editors; it often comes from copy and paste)"


def bidi_message(char: str) -> str:
    return (
        f"the bidirectional control U+{ord(char):04X} changes the order in which the text "
        "around it is displayed, so what you read is not what the file holds"
    )


BIDI_HINT = "delete it unless the text really needs it (Danish and English text never does)"
