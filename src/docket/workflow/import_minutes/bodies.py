"""Which of the repository's bodies the minutes are of, from where they name it.

Minutes name the body that met in their heading ('Byrådet - Referat', 'Forebyggelses- og
Seniorudvalget - Referat - 12. januar 2021'), in a field ('UDVALG' / 'Udvalget for Ældre og
Sundhed') and in each decision ('Beslutning i Økonomiudvalget den 23-03-2015'). A body matches
when one of its names (Danish, English, short) is written there as whole words, case aside;
the body named most often wins, and the longest name breaks a tie ('Økonomiudvalget' before
'Udvalget').
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from docket.corpus import Corpus


@dataclass(frozen=True)
class NamedBody:
    body: str
    name: str
    """The body's name as the minutes write it."""
    where: str
    """The line that names it."""


def _names(corpus: Corpus) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for body_id, located in corpus.bodies.items():
        body = located.obj
        for localized in (body.name, body.short_name):
            if localized is None:
                continue
            for name in (localized.da, localized.en):
                if name and len(name) >= 4:
                    found.append((body_id, name))
    return sorted(found, key=lambda pair: len(pair[1]), reverse=True)


def named_body(mentions: list[str], corpus: Corpus) -> NamedBody | None:
    """The body the ``mentions`` (lines that may name the body) name most often."""
    names = _names(corpus)
    counts: Counter[str] = Counter()
    first: dict[str, NamedBody] = {}
    for line in mentions:
        for body_id, name in names:
            pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
            if re.search(pattern, line, re.I):
                counts[body_id] += 1
                first.setdefault(body_id, NamedBody(body_id, name, line.strip()))
                break
    if not counts:
        return None
    best = max(counts, key=lambda b: (counts[b], len(first[b].name)))
    return first[best]
