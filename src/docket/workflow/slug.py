"""Ids made from titles: 'Gennemgang af kommissorium' -> 'gennemgang-kommissorium'."""

from __future__ import annotations

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
STOPWORDS = frozenset(
    {"af", "for", "og", "til", "i", "på", "fra", "om", "med", "ved", "samt", "herunder"}
    | {"the", "of", "and", "to", "a", "an", "in", "on", "at", "by", "with"}
)
"""Words left out of slugs, Danish and English."""
_STOP = frozenset(w.translate(_DANISH) for w in STOPWORDS)


def slug(title: str, max_words: int = 4) -> str:
    """Lower-case ASCII words of ``title`` joined by '-', without stopwords, at most
    ``max_words`` of them; 'item' if nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", title.translate(_DANISH))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", ascii_text) if w and w not in _STOP]
    return "-".join(words[:max_words]) or "item"
