"""Add a body, a person, an organisation or a membership, and end a membership, without
hand-written YAML.

A new body is a new file (``governance/bodies/<id>.yaml``); a person is appended to the people
registry, an organisation to the organisations registry, a membership to the body's file, and
an end date set on the membership in place, each through the one write path
(``docket.workflow.write``), so comments, key order and quoting of the rest of the file survive
byte for byte and nothing is written that would not validate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import PurePosixPath

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from docket.corpus import Corpus, Located
from docket.model.body import Body, BodyType, Membership, Role
from docket.model.common import ID_PATTERN, Language
from docket.model.registry import (
    Organisation,
    OrganisationRegistry,
    OrganisationType,
    PeopleRegistry,
    Person,
)
from docket.slug import slug
from docket.workflow.write import (
    FileEdit,
    WorkflowError,
    append_entry,
    edit_values,
    record_text,
    unknown_id,
)

BODY_FIELDS = tuple(Body.model_fields)
MEMBERSHIP_FIELDS = tuple(Membership.model_fields)
PERSON_FIELDS = tuple(Person.model_fields)
REGISTRY_FIELDS = tuple(PeopleRegistry.model_fields)
ORGANISATION_FIELDS = tuple(Organisation.model_fields)
ORGANISATIONS_FIELDS = tuple(OrganisationRegistry.model_fields)
DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
"""An e-mail domain as the organisations registry keeps it: 'ku.dk', 'regionh.dk'."""
BODIES_FOLDER = "governance/bodies"


def _valid_id(corpus: Corpus, wanted: str) -> str:
    if not re.match(ID_PATTERN, wanted):
        raise WorkflowError(
            f"'{wanted}' is not a valid id: use lower-case letters, digits, '-', '_' or '.'"
        )
    taken = corpus.objects.get(wanted)
    if taken is not None:
        raise WorkflowError(f"the id '{wanted}' is already used by a {taken.kind} in {taken.path}")
    return wanted


def _organisation(corpus: Corpus, organisation: str | None) -> None:
    if organisation is not None and organisation not in corpus.organisations:
        raise unknown_id("organisation", organisation, sorted(corpus.organisations))


def _person(corpus: Corpus, person: str | None) -> None:
    if person is not None and person not in corpus.people:
        raise unknown_id("person", person, sorted(corpus.people))


def _body(corpus: Corpus, body: str) -> Located[Body]:
    located = corpus.bodies.get(body)
    if located is None:
        raise unknown_id("body", body, sorted(corpus.bodies))
    return located


def new_body(
    corpus: Corpus,
    body_id: str,
    body_type: BodyType,
    name_da: str,
    name_en: str | None = None,
    reports_to: str | None = None,
    language: Language = Language.DA,
    secretariat: str | None = None,
) -> FileEdit:
    """A new body file, without members (add them with ``new_membership``)."""
    _valid_id(corpus, body_id)
    if reports_to is not None:
        _body(corpus, reports_to)
    _organisation(corpus, secretariat)
    if not name_da.strip():
        raise WorkflowError("the body needs a name (--name)")
    rel = str(PurePosixPath(BODIES_FOLDER) / f"{body_id}.yaml")
    if (corpus.root / rel).exists():
        raise WorkflowError(f"{rel} exists already: choose another id")
    record: dict[str, object] = {
        "kind": "body",
        "schema_version": 1,
        "id": body_id,
        "type": body_type.value,
        "name": {"da": name_da.strip(), **({"en": name_en.strip()} if name_en else {})},
    }
    if reports_to:
        record["reports_to"] = reports_to
    record["language"] = language.value
    if secretariat:
        record["secretariat"] = secretariat
    text = record_text(rel, "body", record)
    return FileEdit(rel, text, f"wrote {rel}")


def _registry_file(corpus: Corpus, kind: type[object], name: str, suggested: str) -> str:
    found = [d.path for d in corpus.documents if isinstance(d.model, kind)]
    if not found:
        raise WorkflowError(
            f"the repository has no {name} registry (a file with 'kind: {name}'): create "
            f"{suggested} first"
        )
    return found[0]


def new_person(
    corpus: Corpus,
    name: str,
    person_id: str | None = None,
    title: str | None = None,
    organisation: str | None = None,
) -> FileEdit:
    """Append a person to the people registry."""
    if not name.strip():
        raise WorkflowError("the person needs a name (--name)")
    new_id = _valid_id(corpus, person_id or slug(name, max_words=6, max_length=80))
    _organisation(corpus, organisation)
    entry: dict[str, object] = {"id": new_id, "name": name.strip()}
    if title:
        entry["title"] = title.strip()
    if organisation:
        entry["organisation"] = organisation
    rel = _registry_file(corpus, PeopleRegistry, "people", "governance/people.yaml")
    return append_entry(
        corpus, rel, (), "people", entry, REGISTRY_FIELDS, f"added {new_id} to the people registry"
    )


def _domain(text: str) -> str:
    domain = text.strip().lower().lstrip("@")
    if not DOMAIN.fullmatch(domain):
        raise WorkflowError(
            f"'{text}' is not an e-mail domain: give the part after '@', e.g. --domain ku.dk"
        )
    return domain


def new_organisation(
    corpus: Corpus,
    name: str,
    organisation_type: OrganisationType,
    organisation_id: str | None = None,
    name_en: str | None = None,
    short_name: str | None = None,
    domains: Sequence[str] = (),
    part_of: str | None = None,
    region: str | None = None,
) -> FileEdit:
    """Append an organisation to the organisations registry."""
    if not name.strip():
        raise WorkflowError("the organisation needs a name (--name)")
    new_id = _valid_id(corpus, organisation_id or slug(name, max_words=6, max_length=80))
    _organisation(corpus, part_of)
    _organisation(corpus, region)
    names = CommentedMap(da=name.strip(), **({"en": name_en.strip()} if name_en else {}))
    names.fa.set_flow_style()  # one line, as the registry writes names
    entry: dict[str, object] = {"id": new_id, "name": names}
    if short_name:
        entry["short_name"] = short_name.strip()
    entry["type"] = organisation_type.value
    if region:
        entry["region"] = region
    if part_of:
        entry["part_of"] = part_of
    cleaned = list(dict.fromkeys(_domain(d) for d in domains))
    if cleaned:
        domain_list = CommentedSeq(cleaned)
        domain_list.fa.set_flow_style()
        entry["domains"] = domain_list
    rel = _registry_file(
        corpus, OrganisationRegistry, "organisations", "governance/organisations.yaml"
    )
    return append_entry(
        corpus,
        rel,
        (),
        "organisations",
        entry,
        ORGANISATIONS_FIELDS,
        f"added {new_id} to the organisations registry",
    )


def new_membership(
    corpus: Corpus,
    body: str,
    person: str,
    role: Role = Role.MEMBER,
    start: date | None = None,
    represents: str | None = None,
    voting: bool = True,
    substitute: str | None = None,
) -> FileEdit:
    """Append a membership of ``person`` to ``body``'s file."""
    located = _body(corpus, body)
    _person(corpus, person)
    _person(corpus, substitute)
    _organisation(corpus, represents)
    current = [
        m
        for m in located.obj.memberships
        if m.person == person and (start is None or m.end is None or m.end >= start)
    ]
    if current:
        raise WorkflowError(
            f"{corpus.name_of(person)} is already a {current[0].role.value} of {body}"
            f"{' on ' + start.isoformat() if start else ''}: end that membership first "
            "(docket end membership)"
        )
    if role in _ONE_HOLDER:
        _post_free(corpus, body, located.obj.memberships, role, start)
    entry: dict[str, object] = {"person": person}
    if role != Role.MEMBER:
        entry["role"] = role.value
    if represents:
        entry["represents"] = represents
    if not voting:
        entry["voting"] = False
    if substitute:
        entry["substitute"] = substitute
    if start:
        entry["start"] = start
    return append_entry(
        corpus,
        located.path,
        (),
        "memberships",
        entry,
        BODY_FIELDS,
        f"added {person} to {body} as {role.value}",
    )


_ONE_HOLDER = (Role.CHAIR, Role.VICE_CHAIR)
"""Posts that one person holds at a time: a second chair is a mistake, not a co-chair."""


def _post_free(
    corpus: Corpus, body: str, memberships: Sequence[Membership], role: Role, start: date | None
) -> None:
    """Refuse a second holder of ``role`` while another membership holds it on ``start``."""
    for held in memberships:
        if held.role != role or (start is not None and held.end is not None and held.end < start):
            continue
        day_before = (start - timedelta(days=1)).isoformat() if start else "DATE"
        raise WorkflowError(
            f"{body} already has a {role.value}"
            f"{' on ' + start.isoformat() if start else ''}: {corpus.name_of(held.person)}; "
            f"end that membership first (docket end membership --body {body} "
            f"--person {held.person} --on {day_before}), or keep them as a member with "
            "--role member"
        )


def end_membership(corpus: Corpus, body: str, person: str, end: date) -> FileEdit:
    """Set ``end`` on ``person``'s open membership of ``body`` (the last day of it)."""
    located = _body(corpus, body)
    _person(corpus, person)
    open_ = [
        index
        for index, m in enumerate(located.obj.memberships)
        if m.person == person and m.end is None
    ]
    if not open_:
        raise WorkflowError(f"{corpus.name_of(person)} has no open membership of {body}")
    index = open_[-1]
    membership = located.obj.memberships[index]
    if membership.start is not None and end < membership.start:
        raise WorkflowError(
            f"the membership started {membership.start.isoformat()}: it cannot end "
            f"{end.isoformat()}"
        )
    return edit_values(
        corpus,
        located.path,
        ("memberships", index),
        {"end": end},
        MEMBERSHIP_FIELDS,
        f"{person}'s membership of {body} ends {end.isoformat()}",
    )
