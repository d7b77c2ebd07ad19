"""Names as documents print them: people with their affiliation, bodies in running text,
and the source of an outcome (body, meeting, item)."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from pydantic import BaseModel

from docket.corpus import Corpus, Located
from docket.model.common import Language
from docket.model.meeting import Place, PlaceMode, Presenter
from docket.render.procedure_index import procedure_index
from docket.render.report import PersonLine, Source
from docket.words import in_sentence, label

M = TypeVar("M", bound=BaseModel)


def body_name(corpus: Corpus, body_id: str, lang: Language) -> str:
    located = corpus.bodies.get(body_id)
    return located.obj.name.get(lang) if located else body_id


def body_in_text(corpus: Corpus, body_id: str, lang: Language) -> str:
    """The body's name inside a sentence: a leading article is written in lower case
    ("Møde 1 i den tekniske arbejdsgruppe"); proper names keep their capitals."""
    return in_sentence(body_name(corpus, body_id, lang))


def body_short(corpus: Corpus, body_id: str, lang: Language) -> str:
    located = corpus.bodies.get(body_id)
    if located and located.obj.short_name:
        return located.obj.short_name.get(lang)
    return body_in_text(corpus, body_id, lang)


def person_name(corpus: Corpus, person_id: str | None) -> str | None:
    if person_id is None:
        return None
    return corpus.name_of(person_id)


def party_name(corpus: Corpus, party_id: str | None, lang: Language) -> str | None:
    """A person's or organisation's name (follow-up owners may be either)."""
    return None if party_id is None else corpus.name_of(party_id, lang)


def person_line(
    corpus: Corpus, person_id: str, lang: Language, day: date, home: str | None = None
) -> PersonLine:
    """ "Name, title, unit, organisation, region" as they were on ``day``: the region only when
    the organisation belongs to one; the organisation left out when it is ``home`` (the body's
    own, which the reader knows)."""
    person = corpus.person_on(person_id, day)
    if person is None:
        return PersonLine(name=person_id)
    details = [part for part in (person.title, person.unit) if part]
    organisation = corpus.organisation_on(person.organisation or "", day)
    if organisation is not None and organisation.id != home:
        details.append(organisation.label(lang))
        parent = corpus.organisation_on(organisation.part_of or "", day)
        if parent is not None:
            details.append(parent.label(lang))
        region = corpus.organisations.get(organisation.region or "")
        if region is not None and region.id != organisation.id:
            details.append(region.label(lang))
    return PersonLine(name=person.name, details=tuple(details))


def presenters_text(corpus: Corpus, presenters: list[Presenter], lang: Language) -> str | None:
    names = [
        f"{p.label} {corpus.name_of(p.person)}" if p.label else corpus.name_of(p.person)
        for p in presenters
    ]
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {label('and', lang)} {names[-1]}"


def place_text(corpus: Corpus, place: Place | None, lang: Language) -> str | None:
    """ "Virtuelt (Microsoft Teams)", "Regionshuset Viborg (vært: Region Midtjylland)"."""
    if place is None:
        return None
    mode = {
        PlaceMode.VIRTUAL: label("virtual", lang),
        PlaceMode.PHYSICAL: label("physical", lang),
        PlaceMode.HYBRID: label("hybrid", lang),
    }[place.mode]
    text = place.address or mode
    if place.mode == PlaceMode.HYBRID and place.address:
        text = f"{mode}: {place.address}"
    if place.platform:
        text = f"{text} ({place.platform})"
    host = place.host or place.host_region
    if host:
        text = f"{text} ({label('hosted_by', lang)}: {corpus.name_of(host, lang)})"
    return text


def source_of(corpus: Corpus, located: Located[M], lang: Language) -> Source | None:
    """Where an outcome was recorded: a meeting's item, or a written procedure."""
    meeting, item = located.meeting, located.item
    if meeting is None or item is None:
        obj_id = getattr(located.obj, "id", None)
        procedure = next(
            (
                p
                for p in corpus.derive(procedure_index).by_decision.get(obj_id or "", ())
                if p.decision is located.obj
            ),
            None,
        )
        if procedure is None:
            return None
        return Source(
            body=body_name(corpus, procedure.body, lang),
            meeting_id=procedure.id,
            meeting_number=None,
            meeting_date=procedure.decided or procedure.deadline,
            item_number="",
            item_title=procedure.title,
            written_procedure=True,
        )
    return Source(
        body=body_name(corpus, meeting.body, lang),
        meeting_id=meeting.id,
        meeting_number=meeting.number,
        meeting_date=meeting.date,
        item_number=item.number,
        item_title=item.title,
    )
