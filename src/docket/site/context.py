"""What one build of the site knows: the corpus, the reader's language, the audience, the day.

Everything a page shows passes through ``Site``: which meetings and outcomes the audience may
see, and links to other pages, which exist only for what is visible. A page never links to an
id the audience may not see, since the link itself would show the id.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar, cast

from pydantic import BaseModel

from docket import words
from docket.corpus import Corpus, Located
from docket.model.common import Language
from docket.model.meeting import AgendaItem, Decision, FollowUp, Forward, Meeting, PendingDecision
from docket.render.audience import Audience, item_level, located_level, may_see
from docket.render.names import body_in_text
from docket.site import paths
from docket.site.html import Html, element, free_text_head, join

M = TypeVar("M", bound=BaseModel)

PERMALINK_KINDS = ("decision", "follow-up", "forward", "pending-decision")
"""Outcomes that get a page of their own at ``d/<id>/``."""

Outcome = Decision | FollowUp | Forward | PendingDecision


@dataclass
class Site:
    corpus: Corpus
    lang: Language
    audience: Audience
    as_of: date
    base_url: str
    title: str
    _meetings: list[Located[Meeting]] = field(default_factory=list)
    _addressed: dict[str, list[tuple[Meeting, AgendaItem]]] = field(default_factory=dict)
    _presented: dict[str, list[tuple[Meeting, AgendaItem]]] = field(default_factory=dict)
    _owned: dict[str, list[FollowUp]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._meetings = sorted(
            (m for m in self.corpus.meetings.values() if self.sees_meeting(m.obj)),
            key=lambda m: (m.obj.date, m.obj.number or 0, m.obj.id),
        )
        for located in self._meetings:
            for item in located.obj.items:
                if may_see(self.audience, item_level(located.obj, item)):
                    for target in item.addresses:
                        self._addressed.setdefault(target, []).append((located.obj, item))
                    for presenter in item.presenters:
                        self._presented.setdefault(presenter.person, []).append((located.obj, item))

    @property
    def with_people(self) -> bool:
        """Person pages exist for the internal audience and above."""
        return self.audience.rank >= Audience.INTERNAL.rank

    def meeting_title(self, meeting: Meeting) -> str:
        """ "Møde 1 i den tekniske arbejdsgruppe"."""
        body = body_in_text(self.corpus, meeting.body, self.lang)
        return words.meeting_title(body, meeting.number, self.lang)

    def sees_meeting(self, meeting: Meeting) -> bool:
        return may_see(self.audience, meeting.confidentiality)

    def meetings(self, body: str | None = None) -> list[Located[Meeting]]:
        """Visible meetings in date order, of one body or all."""
        return [m for m in self._meetings if body is None or m.obj.body == body]

    def addressed_by(self, object_id: str) -> list[tuple[Meeting, AgendaItem]]:
        """The visible agenda items that take up ``object_id``, in meeting order."""
        return self._addressed.get(object_id, [])

    def presented_by(self, person_id: str) -> list[tuple[Meeting, AgendaItem]]:
        """The visible agenda items the person presents, in meeting order."""
        return self._presented.get(person_id, [])

    def follow_ups_of(self, party_id: str) -> list[FollowUp]:
        """The visible follow-ups a person or organisation owns."""
        if not self._owned:
            for located in self.outcomes("follow-up", FollowUp):
                if located.obj.owner:
                    self._owned.setdefault(located.obj.owner, []).append(located.obj)
        return self._owned.get(party_id, [])

    def sees(self, object_id: str) -> bool:
        """Whether the audience may see the object with this id (unknown ids: no)."""
        located = self.corpus.objects.get(object_id)
        return located is not None and may_see(self.audience, located_level(located))

    def outcomes(self, kind: str, cls: type[M]) -> Iterator[Located[M]]:
        """Objects of ``kind`` recorded in a visible meeting item, in meeting order."""
        for located in self.corpus.by_kind(kind):
            visible = may_see(self.audience, located_level(located))
            if located.meeting is not None and isinstance(located.obj, cls) and visible:
                yield cast("Located[M]", located)

    def has_page(self, object_id: str) -> bool:
        return self.page_of(object_id) is not None

    def page_of(self, object_id: str) -> str | None:
        """The folder of the page that shows ``object_id``, if the audience may see one."""
        located = self.corpus.objects.get(object_id)
        if located is None or not self.sees(object_id):
            return None
        if located.kind == "meeting":
            return paths.meeting(object_id)
        if located.kind == "item" and located.meeting is not None:
            return paths.meeting(located.meeting.id)
        if located.kind in PERMALINK_KINDS and located.meeting is not None:
            return paths.permalink(object_id)
        if located.kind == "body" or object_id in self.corpus.bodies:
            return paths.body(object_id)
        return None

    def link(self, target: str, page: str, label: str, fragment: str | None = None) -> Html:
        return element("a", label, href=paths.href(target, page, fragment))

    def link_id(self, object_id: str, page: str, label: str | None = None) -> Html:
        """A link to the page of ``object_id``; plain text when it has none for this audience."""
        located = self.corpus.objects.get(object_id)
        shown = label or object_id
        if label is None and located is not None and isinstance(located.obj, Meeting):
            shown = self.meeting_title(located.obj)
        # Free text with a list (forwarded input with "- " lines) keeps its list: the link
        # takes the first paragraph, the items follow it as a list.
        shown, rest = free_text_head(shown)
        target = self.page_of(object_id)
        if target is None:
            return join(element("span", shown), rest) if self.sees(object_id) else Html("")
        fragment = object_id if located is not None and located.kind == "item" else None
        return join(self.link(target, page, shown, fragment), rest)

    def person(self, person_id: str | None, page: str) -> Html | None:
        """A person's name, linked to their page where the audience has person pages."""
        if person_id is None:
            return None
        name = self.corpus.name_of(person_id, self.lang)
        if self.with_people and person_id in self.corpus.people:
            return self.link(paths.person(person_id), page, name)
        return element("span", name)

    def party(self, party_id: str | None, page: str) -> Html | None:
        """A person or organisation (follow-up owners may be either)."""
        if party_id is None or party_id not in self.corpus.people:
            return (
                None
                if party_id is None
                else element("span", self.corpus.name_of(party_id, self.lang))
            )
        return self.person(party_id, page)

    def body_link(self, body_id: str, page: str) -> Html:
        located = self.corpus.bodies.get(body_id)
        name = located.obj.name.get(self.lang) if located else body_id
        if located is None:
            return element("span", name)
        return self.link(paths.body(body_id), page, name)
