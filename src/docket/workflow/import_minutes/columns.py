"""A list of people printed in two columns that a PDF's text gives one after the other: the
names, then their roles ('Dr Nadim Fazlani', 'Katherine Sheerin', ..., then 'Chair/GP', 'Chief
Officer', ...). The roles are not people; the chair and the secretary are read from them.

A role is paired with a name by their order, and only while that order is certain: up to
the first role that wraps onto the next line ('Lay Member -' / 'Governance/Deputy Chair', any
dash), after which one line is not one role. A role column starts with a line that holds a
role word and no name ('Chair/GP'); a role that looks like a name ('Healthy Liverpool
Integrated') before it is still read as a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docket.workflow.import_minutes.given_names import GIVEN_NAMES
from docket.workflow.import_minutes.labels import initials_after_name
from docket.workflow.import_minutes.people import TITLE_WORDS

ROLE_WORDS = frozenset((
    "chair", "chairman", "chairwoman", "chairperson", "officer", "member", "director", "manager",
    "nurse", "doctor", "gp", "secretary", "clerk", "head", "lead", "treasurer", "adviser",
    "advisor", "executive", "governor", "representative", "formand", "næstformand", "referent",
    "sekretær", "medlem", "direktør", "kasserer",
))  # fmt: skip
"""Words of a role in a column of roles ('Chief Finance Officer', 'Practice Nurse', 'GP')."""
OFFICES = {
    "chair": ("chair", "chairman", "chairwoman", "chairperson", "formand", "mødeleder"),
    "secretary": ("secretary", "minute taker", "minutes secretary", "clerk", "referent"),
}
"""A role that is the meeting's chair or secretary: one part of it ('Chair' of 'Chair/GP'),
exactly ('LMC Secretary' and 'Deputy Chair' are not)."""
_WRAPS = re.compile(r"[\u2013\u2014&,/-]$")
_WORDS = re.compile(r"[\w-]+")


def is_role_line(text: str) -> bool:
    """'Chair/GP', 'Chief Finance Officer': a role word, and no given name, title or initials
    of a person ('Dr Avi Bhatia AB Clinical Chair' is a person with a role)."""
    words = [w.casefold() for w in _WORDS.findall(text)]
    if not words or not text[:1].isupper() or initials_after_name(text) is not None:
        return False  # 'Jill Dentith JD Lay Member for Governance': a name, its initials
    if any(w in GIVEN_NAMES or w in TITLE_WORDS for w in words):
        return False
    return any(w in ROLE_WORDS for w in words)


@dataclass
class RoleColumn:
    """The names of one block of a list, then the roles printed beside them."""

    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    def officers(self) -> dict[str, str]:
        """'chair'/'secretary' -> the name whose role, paired by order, is that office."""
        found: dict[str, str] = {}
        for name, role in zip(self.names, self.roles, strict=False):
            if _WRAPS.search(role.strip()):
                break  # the role goes on on the next line: the order is no longer certain
            parts = {part.strip().casefold() for part in role.split("/")}
            for office, words in OFFICES.items():
                if parts & set(words):
                    found.setdefault(office, name)
        return found
