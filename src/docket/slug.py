"""Ids made from Danish or English text: one transliteration, one way to cut text into words.

'Gennemgang af kommissorium' -> 'gennemgang-kommissorium' (an agenda item's id, without
stopwords), 'Fonden for Ærø' -> 'fonden-for-aeroe' (an organisation's id). Danish letters
become their usual ASCII spelling (æ -> ae, ø -> oe, å -> aa), other accents are dropped.
"""

from __future__ import annotations

import re
import unicodedata

_DANISH = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", "ß": "ss"}
)
STOPWORDS = frozenset(
    {"af", "for", "og", "til", "i", "på", "fra", "om", "med", "ved", "samt", "herunder"}
    | {"the", "of", "and", "to", "a", "an", "in", "on", "at", "by", "with"}
)
"""Words an item slug leaves out, Danish and English."""
_STOP = frozenset(w.translate(_DANISH) for w in STOPWORDS)


def slug(
    text: str,
    max_words: int | None = None,
    max_length: int | None = None,
    drop_stopwords: bool = False,
) -> str:
    """Lower-case ASCII words of ``text`` joined by '-': at most ``max_words`` of them, cut
    to ``max_length`` characters, without stopwords if asked; '' if nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_DANISH))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", ascii_text) if w]
    if drop_stopwords:
        words = [w for w in words if w not in _STOP]
    joined = "-".join(words[:max_words])
    return joined[:max_length].strip("-") if max_length is not None else joined
