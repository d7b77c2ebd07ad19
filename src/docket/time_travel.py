"""What a body, a person, rules of procedure or a commission were on a given date.

``docket show`` prints these; they are plain dictionaries (JSON-ready: dates as ISO text) so the
text and JSON outputs show the same facts. Every answer depends on the date asked about, and
the caller always gives it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docket.corpus import Corpus
from docket.deadlines import meeting_deadlines
from docket.errors import DocketError
from docket.model.body import Membership
from docket.model.common import Language
from docket.model.governing_document import DocumentVersion, RulesVersion
from docket.suggest import closest, did_you_mean

Facts = dict[str, Any]


class UnknownRecord(DocketError):
    """The id names no body, person, rules of procedure or commission (exit code 2)."""


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _unknown(what: str, wanted: str, known: list[str]) -> UnknownRecord:
    return UnknownRecord(f"no {what} has the id '{wanted}'{did_you_mean(wanted, known)}")


def _unknown_document(what: str, wanted: str, of_body: dict[str, str]) -> UnknownRecord:
    """No document ``wanted`` (``of_body``: id -> body): an id that starts one, or is close to
    one, is suggested; so is the document of a body whose id it is, or is close to
    (``show rules twg`` -> 'twg-rules-of-procedure')."""
    starting = [id_ for id_ in of_body if id_.startswith(wanted)]
    guess = starting[0] if len(starting) == 1 else closest(wanted, of_body)
    if guess is not None:
        return UnknownRecord(f"no {what} has the id '{wanted}'; did you mean '{guess}'?")
    bodies = {body: id_ for id_, body in sorted(of_body.items())}
    body = closest(wanted, bodies)
    hint = f"; did you mean '{bodies[body]}' (the {what} of body '{body}')?" if body else ""
    return UnknownRecord(f"no {what} has the id '{wanted}'{hint}")


def person_facts(corpus: Corpus, person_id: str, day: date, lang: Language = Language.DA) -> Facts:
    """Name, title, unit and organisation (with its parent) of ``person_id`` on ``day``."""
    person = corpus.person_on(person_id, day)
    if person is None:
        raise _unknown("person", person_id, sorted(corpus.people))
    facts: Facts = {"id": person.id, "name": person.name, "title": person.title}
    if person.unit:
        facts["unit"] = person.unit
    organisation = corpus.organisation_on(person.organisation or "", day)
    if organisation is not None:
        facts["organisation"] = organisation.name.get(lang)
        parent = corpus.organisation_on(organisation.part_of or "", day)
        if parent is not None:
            facts["part_of"] = parent.name.get(lang)
    return facts


def _membership(corpus: Corpus, membership: Membership, day: date, lang: Language) -> Facts:
    facts: Facts = {
        **person_facts(corpus, membership.person, day, lang),
        "role": membership.role.value,
        "voting": membership.voting,
    }
    if membership.represents:
        facts["represents"] = corpus.name_of(membership.represents)
    if membership.substitute:
        facts["substitute"] = corpus.name_of(membership.substitute)
    facts["start"] = _iso(membership.start)
    facts["end"] = _iso(membership.end)
    return facts


def _version(version: DocumentVersion) -> Facts:
    facts: Facts = {
        "version": version.version,
        "status": version.status.value,
        "in_force_from": _iso(version.in_force_from()),
    }
    if version.adopted:
        facts["adopted"] = {"date": _iso(version.adopted.date), "by": version.adopted.body}
    if version.summary:
        facts["summary"] = version.summary
    return facts


def _rules_version(version: RulesVersion) -> Facts:
    parameters = version.parameters.model_dump(mode="json", exclude_none=True)
    return {**_version(version), "parameters": parameters}


def body_facts(corpus: Corpus, body_id: str, day: date) -> Facts:
    """Members with role, title and organisation, the rules and commission in force, and the
    deadlines of the body's next meeting, all as on ``day``."""
    located = corpus.bodies.get(body_id)
    if located is None:
        raise _unknown("body", body_id, sorted(corpus.bodies))
    body = located.obj
    facts: Facts = {
        "id": body.id,
        "as_of": day.isoformat(),
        "name": body.name.get(body.language),
        "type": body.type.value,
        "reports_to": body.reports_to,
        "members": [_membership(corpus, m, day, body.language) for m in body.members_on(day)],
    }
    found = corpus.rules_document_in_force(body_id, day)
    facts["rules"] = {"id": found[0].id, **_rules_version(found[1])} if found is not None else None
    commission = next(
        (
            (c.obj.id, v)
            for c in corpus.commissions
            if c.obj.body == body_id and (v := c.obj.in_force_on(day)) is not None
        ),
        None,
    )
    facts["commission"] = {"id": commission[0], **_version(commission[1])} if commission else None
    facts["next_meeting"] = _next_meeting(corpus, body_id, day)
    return facts


def _next_meeting(corpus: Corpus, body_id: str, day: date) -> Facts | None:
    following = [m.obj for m in corpus.meetings_of(body_id) if m.obj.date >= day]
    if not following:
        return None
    meeting = following[0]
    facts: Facts = {"id": meeting.id, "date": meeting.date.isoformat()}
    rules = corpus.rules_in_force(body_id, meeting.date)
    if rules is not None:
        dates = meeting_deadlines(meeting.date, rules.parameters, meeting.minutes_sent)
        facts["agenda_by"] = _iso(dates.agenda_by)
        facts["minutes_by"] = _iso(dates.minutes_by)
        facts["comments_until"] = _iso(dates.comments_until)
    return facts


def _post(body: str, membership: Membership) -> Facts:
    return {
        "body": body,
        "role": membership.role.value,
        "voting": membership.voting,
        "start": _iso(membership.start),
        "end": _iso(membership.end),
    }


def person_record(corpus: Corpus, person_id: str, day: date) -> Facts:
    """The person on ``day`` and their memberships then, and whom they may stand in for."""
    facts = {**person_facts(corpus, person_id, day), "as_of": day.isoformat()}
    facts["memberships"] = [
        _post(b.obj.id, m)
        for b in corpus.bodies.values()
        for m in b.obj.members_on(day)
        if m.person == person_id
    ]
    facts["substitute_for"] = [
        {"body": b.obj.id, "member": corpus.name_of(m.person)}
        for b in corpus.bodies.values()
        for m in b.obj.members_on(day)
        if m.substitute == person_id
    ]
    return facts


def rules_facts(corpus: Corpus, rules_id: str, day: date) -> Facts:
    """Which version of the rules of procedure ``rules_id`` was in force on ``day``."""
    located = next((r for r in corpus.rules if r.obj.id == rules_id), None)
    if located is None:
        of_body = {r.obj.id: r.obj.body for r in corpus.rules}
        raise _unknown_document("rules of procedure", rules_id, of_body)
    version = located.obj.in_force_on(day)
    return {
        "id": rules_id,
        "body": located.obj.body,
        "as_of": day.isoformat(),
        "in_force": _rules_version(version) if version else None,
        "versions": [_version(v) for v in located.obj.versions],
    }


def commission_facts(corpus: Corpus, commission_id: str, day: date) -> Facts:
    """Which version of the commission ``commission_id`` was in force on ``day``."""
    located = next((c for c in corpus.commissions if c.obj.id == commission_id), None)
    if located is None:
        of_body = {c.obj.id: c.obj.body for c in corpus.commissions}
        raise _unknown_document("commission", commission_id, of_body)
    version = located.obj.in_force_on(day)
    return {
        "id": commission_id,
        "body": located.obj.body,
        "as_of": day.isoformat(),
        "in_force": _version(version) if version else None,
        "versions": [_version(v) for v in located.obj.versions],
    }
