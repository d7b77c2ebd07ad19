"""One e-mail (RFC 5322, standard-library ``email``) per person who must act, ready to send.

Who receives a group's reminders: a person receives their own; an organisation's go to the
secretaries of the bodies it runs; a body's go to its chair and secretary. A person gets one
message holding every group they receive, in the language of the first group's body, with the
dated deadlines attached as an iCalendar file. People without an e-mail address get no message;
``MailOut.unreachable`` names them (and groups nobody receives) so the caller can say so.

The subject and the body keep dates and numbered labels on one line (``docket.typography``),
as the text form does. Messages are reproducible: the Date header and Message-ID come from the
as-of date, the repository and the person, never the clock or the host name.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from docket.calendar_feed import TIMEZONE, uid_domain
from docket.corpus import Corpus
from docket.model.body import Role
from docket.remind.ics import tasks_calendar
from docket.remind.phrases import day, word
from docket.remind.report import Group, Reminders, group_text
from docket.render.names import body_in_text
from docket.typography import keep_together

SEND_TIME = time(7, 0)
"""The Date header's time of day: the morning run of the scheduled workflow."""


@dataclass(frozen=True)
class Mail:
    person: str
    message: EmailMessage


@dataclass
class MailOut:
    mails: list[Mail] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)


def recipients(corpus: Corpus, actor: str, as_of: date) -> list[str]:
    """The people who receive the reminders of ``actor`` (a person, organisation or body)."""
    if actor in corpus.people:
        return [actor]
    found: list[str] = []
    if actor in corpus.bodies:
        for role in (Role.CHAIR, Role.SECRETARY):
            found += corpus.holders(actor, role, as_of)
    elif actor in corpus.organisations:
        for body, located in sorted(corpus.bodies.items()):
            if located.obj.secretariat == actor:
                found += corpus.holders(body, Role.SECRETARY, as_of)
    return list(dict.fromkeys(p for p in found if p in corpus.people))


def _address(name: str, email: str) -> Address:
    user, _, domain = email.rpartition("@")
    return Address(display_name=name, username=user, domain=domain)


def build_mails(corpus: Corpus, reminders: Reminders, sender: str) -> MailOut:
    """The messages for ``reminders``, one per reachable person."""
    out = MailOut()
    groups_of: dict[str, list[Group]] = defaultdict(list)
    for group in reminders.groups:
        people = recipients(corpus, group.actor, reminders.as_of)
        if not people:
            out.unreachable.append(f"{group.name}: nobody to write to (no chair or secretary)")
        for person_id in people:
            groups_of[person_id].append(group)
    for person_id, groups in sorted(groups_of.items()):
        person = corpus.people[person_id]
        if not person.email or "@" not in person.email:
            names = ", ".join(g.name for g in groups)
            out.unreachable.append(f"{person.name}: no e-mail address (reminders for {names})")
            continue
        out.mails.append(Mail(person_id, _message(corpus, reminders, person_id, groups, sender)))
    return out


def _message(
    corpus: Corpus, reminders: Reminders, person_id: str, groups: list[Group], sender: str
) -> EmailMessage:
    person = corpus.people[person_id]
    assert person.email is not None
    lang = groups[0].language
    as_of = reminders.as_of
    tasks = [task for group in groups for task in group.tasks]
    body_names = ", ".join(dict.fromkeys(body_in_text(corpus, t.body, lang) for t in tasks))
    lines = [
        word("greeting", lang, name=person.name) + ",",
        "",
        keep_together(word("intro", lang, body=body_names)),
        "",
    ]
    for group in groups:
        lines.append(group_text(corpus, group, as_of, lang))
    if any(task.due for task in tasks):
        lines.append(word("attachment_note", lang))
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = _address(person.name, person.email)
    message["Subject"] = keep_together(
        word("subject", lang, date=day(as_of, lang), count=len(tasks))
    )
    message["Date"] = format_datetime(datetime.combine(as_of, SEND_TIME, TIMEZONE))
    domain = uid_domain(corpus)
    message["Message-ID"] = f"<remind-{as_of.isoformat()}-{person_id}@{domain}>"
    message.set_content("\n".join(lines), subtype="plain", charset="utf-8")
    if any(task.due for task in tasks):
        calname = word("ics_calendar", lang, name=person.name)
        ics = tasks_calendar(corpus, tasks, as_of, domain, calname, lang)
        message.add_attachment(
            ics,
            maintype="text",
            subtype="calendar",
            filename=word("ics_name", lang),
            params={"method": "PUBLISH", "charset": "utf-8"},
        )
    message["Content-Language"] = lang.value  # after the content, which clears Content-*
    if message.is_multipart():  # a boundary from the content, not from the random module
        digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:24]
        message.set_boundary(f"docket-{digest}")
    return message
