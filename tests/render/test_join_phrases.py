"""Phrases joined without doubled punctuation: a title's closing full stop gives way to the
comma, semicolon or middle dot that follows it, an abbreviation keeps its own, and the same
phrase is not printed twice ("vedtaget · vedtaget")."""

from __future__ import annotations

import pytest

from docket.words import join_phrases

CASES = [
    (("Bilag 3.1 Udkast til kommissorium for den tekniske arbejdsgruppe.", "side 8"), ", ",
     "Bilag 3.1 Udkast til kommissorium for den tekniske arbejdsgruppe, side 8"),
    (("Pkt. 8 Evt.", "side 9"), ", ", "Pkt. 8 Evt., side 9"),
    (("Mads Malik Aagaard Jørgensen", "bioinformatiker", "Ph.D.", "Sygehus Lillebælt"), ", ",
     "Mads Malik Aagaard Jørgensen, bioinformatiker, Ph.D., Sygehus Lillebælt"),
    (("drøftes bl.a.", "se bilag"), "; ", "drøftes bl.a.; se bilag"),
    (("vedtaget", "vedtaget"), " · ", "vedtaget"),
    (("Ansvarlig: NGC.", "", None, "Frist: ingen frist"), " · ",
     "Ansvarlig: NGC · Frist: ingen frist"),
    (("Kilde:", "møde 1"), ", ", "Kilde, møde 1"),
    (("Årshjul 2025.", "udkast."), " · ", "Årshjul 2025 · udkast."),
    (("(fx data i GDB).", "side 3"), ", ", "(fx data i GDB), side 3"),
    (("to ord", "i en sætning."), " ", "to ord i en sætning."),
]  # fmt: skip


@pytest.mark.parametrize(("phrases", "separator", "expected"), CASES)
def test_phrases_join_without_doubled_punctuation(
    phrases: tuple[str | None, ...], separator: str, expected: str
) -> None:
    assert expected == join_phrases(phrases, separator)
