"""Which of the repository's bodies the minutes are of, from where they name it.

Minutes name the body that met in their heading ('Byrådet - Referat', 'Forebyggelses- og
Seniorudvalget - Referat - 12. januar 2021'), in a field ('UDVALG' / 'Udvalget for Ældre og
Sundhed') and in each decision ('Beslutning i Økonomiudvalget den 23-03-2015'). A body matches
when one of its names (Danish, English, short) is written there as whole words, case aside;
the body named most often wins, and the longest name breaks a tie ('Økonomiudvalget' before
'Udvalget'). Two bodies of different organisations may have one name (each region has its
'Forretningsudvalget'): a name the minutes write counts for every body that has it, and the
minutes then name all of them, unless the text names the organisation of some of them
('Region Sjællands psykiatri': Region Sjælland's), which are then the ones named; else only
--body can tell which.
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
    bodies: tuple[str, ...]
    """Every body that has the name (``body`` among them): more than one when bodies share it."""


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


def _written(name: str, text: str) -> bool:
    """Whether ``name`` is in ``text`` as whole words, case aside (a genitive 's' allowed)."""
    return re.search(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", text, re.I) is not None


def _of_organisation_named(bodies: set[str], corpus: Corpus, text: str) -> set[str]:
    """Those of ``bodies`` whose secretariat organisation ``text`` names; all if none or all."""
    named = set()
    for body_id in bodies:
        organisation = corpus.organisations.get(corpus.bodies[body_id].obj.secretariat or "")
        if organisation is None:
            continue
        names = (organisation.name.da, organisation.name.en, organisation.short_name)
        if any(name and len(name) >= 3 and _written(name, text) for name in names):
            named.add(body_id)
    return named or bodies


def named_body(mentions: list[str], corpus: Corpus, text: str = "") -> NamedBody | None:
    """The body the ``mentions`` (lines that may name the body) name most often; of bodies
    sharing a name, those whose organisation ``text`` (the whole document) names."""
    names = _names(corpus)
    counts: Counter[str] = Counter()
    first: dict[str, NamedBody] = {}
    for line in mentions:
        for _, name in names:
            pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
            if re.search(pattern, line, re.I):
                having = {b for b, n in names if n.casefold() == name.casefold()}
                sharing = tuple(sorted(_of_organisation_named(having, corpus, text)))
                for body_id in sharing:
                    counts[body_id] += 1
                    first.setdefault(body_id, NamedBody(body_id, name, line.strip(), sharing))
                break
    if not counts:
        return None
    best = max(counts, key=lambda b: (counts[b], len(first[b].name)))
    return first[best]
