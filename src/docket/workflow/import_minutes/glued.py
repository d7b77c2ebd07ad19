"""Names listed with nothing between them, as a PDF's text leaves a list of members:
'Vibeke Storm Rasmussen Leila Lindén Thor Buch Grønlykke Kirsten Lee ...' -> one name each.

Only a line of a list of people is split (the caller reads lists), and only when every word of
it is a word of a name. A new name starts at a common given name (``given_names``) or a title
('Dr', 'Cllr', 'Borgmester') once the name before it has two words: 'Anne Marie Jensen' and
'Julie Herdal Molbech' stay whole, 'Kenneth Kristensen Berth Bent Larsen' splits before 'Bent'.
A given name not in the list is not split from the name before it: the result is then one
name too long, never a name cut in two. Roles run in after the names ('... Anna Williams
Interim Chair Interim Chief Executive Officer ...') are left out.
"""

from __future__ import annotations

import re

from docket.workflow.import_minutes.columns import ROLE_WORDS
from docket.workflow.import_minutes.given_names import GIVEN_NAMES
from docket.workflow.import_minutes.people import OFFICE_ENDINGS, TITLE_WORDS

MIN_WORDS = 4
"""Fewer words than this are one name ('Hans Christian Andersen')."""
_WORD = re.compile(r"^(?:[A-ZÆØÅ]\.?|[A-ZÆØÅÖÄÜ][\w'\u2019.-]*|af|von|van|de|la|du|der|den)$")


def split_glued(text: str) -> list[str] | None:
    """The names of ``text`` when it is several names with nothing between them; None when it
    is one name, or not only names."""
    words = _before_roles(text.split())
    if len(words) < MIN_WORDS or not all(_WORD.match(word) for word in words):
        return None
    names: list[list[str]] = [[]]
    for index, word in enumerate(words):
        bare = word.casefold().rstrip(".")
        title = bare in TITLE_WORDS or bare.endswith(OFFICE_ENDINGS)  # 'Kompetencecenterchef'
        starts = bare in GIVEN_NAMES or (title and word[0].isupper())
        current = names[-1]
        # a name starts here only after a name of two words, and not with the line's last word
        if starts and len(_without_titles(current)) >= 2 and index < len(words) - 1:
            names.append([word])
        else:
            current.append(word)
    if len(names) < 2:
        return None
    return [" ".join(name) for name in names]


_ROLE_START = frozenset((*ROLE_WORDS, "interim", "acting", "chief", "non-executive", "lay"))


def _before_roles(words: list[str]) -> list[str]:
    """'Chris Ash Gethin Hughes ... Anna Williams Interim Chair Interim Chief Executive Officer
    ...': the names, without the column of their roles that a PDF's text ran into them."""
    for index, word in enumerate(words):
        if word.casefold() in _ROLE_START and word[0].isupper():
            return words[:index] if index >= MIN_WORDS else words
    return words


def _without_titles(words: list[str]) -> list[str]:
    return [
        w
        for w in words
        if w.casefold().rstrip(".") not in TITLE_WORDS and not w.casefold().endswith(OFFICE_ENDINGS)
    ]
