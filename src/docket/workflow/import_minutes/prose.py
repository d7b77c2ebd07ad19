"""Hard-wrapped lines back into docket's plain text: paragraphs and '- ' bullet lists.

A PDF or e-mail export breaks lines where the page did. Lines of one paragraph are joined (a
line ending in a hyphen joins without a space, 'IT-' + 'arkitektur'); a blank line ends a
paragraph, and so does a short first line followed by a capitalised one (a subheading) or a
numbered line ('2. at fristen fastsættes'); '•',
'o', '-' bullets become '- ' items; a paragraph that starts in lower case right after a bullet
is the rest of that bullet (the page broke it).
"""

from __future__ import annotations

import re

from docket.workflow.import_minutes.labels import BULLET

NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")
"""'1. at budgettet godkendes': an entry of a numbered list starts its own paragraph."""


def join_wrapped(lines: list[str]) -> str:
    """One line from lines that a page wrapped."""
    text, previous = "", ""
    for raw in lines:
        piece = raw.strip()
        if not piece:
            continue
        if not text:
            text = piece
        elif _broken_at_hyphen(previous):
            text += piece
        else:
            text += " " + piece
        previous = raw
    return " ".join(text.split())


def _broken_at_hyphen(line: str) -> bool:
    """'IT-' + 'arkitektur', 'videns-' + '/variant': a word broken at its own hyphen. A hyphen
    followed by a space ('variant- og frekvens') is kept as written."""
    return line.endswith("-") and len(line) > 1 and line[-2].isalpha()


SUBHEADING_WORDS = 8
"""A paragraph's first line this short, without end punctuation, is a subheading when a
capitalised line follows it (a wrapped line would have filled the page width)."""


def _is_subheading(block: tuple[str, list[str]], following: str) -> bool:
    kind, lines = block
    if kind != "p" or len(lines) != 1:
        return False
    first = lines[0].strip()
    return (
        len(first.split()) <= SUBHEADING_WORDS
        and first[-1] not in ".,:;-"
        and following[0].isupper()
    )


def to_text(lines: list[str]) -> str:
    """docket text (paragraphs separated by a blank line, bullets as '- ' lines)."""
    blocks: list[tuple[str, list[str]]] = []  # ("p" | "li", raw lines)
    fresh = True
    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            fresh = True
            continue
        bullet = BULLET.match(stripped)
        if bullet:
            blocks.append(("li", [stripped[bullet.end() :]]))
        elif NUMBERED.match(stripped) and blocks and blocks[-1][0] != "li":
            blocks.append(("p", [raw]))
        elif fresh and blocks and blocks[-1][0] == "li" and stripped[0].islower():
            blocks[-1][1].append(raw)
        elif fresh or not blocks or _is_subheading(blocks[-1], stripped):
            blocks.append(("p", [raw]))
        else:
            blocks[-1][1].append(raw)
        fresh = False
    out: list[str] = []
    for kind, block_lines in blocks:
        line = join_wrapped(block_lines)
        if kind == "li":
            line = "- " + line
            if out and out[-1].startswith("- "):
                out[-1] += "\n" + line
                continue
        out.append(line)
    return "\n\n".join(out)
