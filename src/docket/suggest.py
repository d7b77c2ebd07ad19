"""The "did you mean" hint every message about an unknown name or id gives, with one cutoff.

A hint is worth giving when the word is a plausible misspelling of a known one; difflib's ratio
of 0.6 (its default) accepts 'chiar' for 'chair' and 'wgg' for 'wg' but not two unrelated ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

CUTOFF = 0.6


def closest(word: str, known: Iterable[str]) -> str | None:
    """The known word nearest to ``word``, if one is near enough to be what was meant."""
    close = get_close_matches(word, list(known), n=1, cutoff=CUTOFF)
    return close[0] if close else None


def did_you_mean(word: str, known: Iterable[str], aside: bool = False) -> str:
    """``"; did you mean 'x'?"`` to end a message with (``" (did you mean 'x'?)"`` as an
    aside inside one), or ``""`` when nothing is near."""
    match = closest(word, known)
    if match is None:
        return ""
    return f" (did you mean '{match}'?)" if aside else f"; did you mean '{match}'?"


def one_of(known: Iterable[str]) -> str:
    """``"one of: a, b, c"``: the values a message allows, listed so that a long list reads."""
    return "one of: " + ", ".join(known)
