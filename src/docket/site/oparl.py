"""The record as static OParl 1.1 JSON beside the pages, for council-information clients.

Mapping: the repository is one OParl ``Body``; each docket body is an ``Organization`` (a
committee, ``subOrganizationOf`` the body it reports to); each membership a ``Membership``;
each visible meeting a ``Meeting`` with its visible ``AgendaItem``s and published attachment
``File``s embedded. An object's ``id`` is the URL of its own JSON file and ``web`` its page.
The audience filter applies as on the pages: what the audience may not see is not written,
except that a closed agenda item keeps its place as its number, "Lukket punkt" and
``public: false``, as on the meeting's page.
"""

from __future__ import annotations

import json
from datetime import datetime, time
from zoneinfo import ZoneInfo

from docket.model.meeting import Confidentiality, Meeting, MeetingStatus
from docket.render.audience import attachment_level, item_level, may_see
from docket.site import paths
from docket.site.context import Site
from docket.site.files import Published
from docket.words import OUTCOME, format_date, join_phrases, label, sentence_case

OPARL = "https://schema.oparl.org/1.1/"
ZONE = ZoneInfo("Europe/Copenhagen")
FOLDER = "oparl/"
Json = dict[str, object]


class OParl:
    def __init__(self, site: Site, published: Published) -> None:
        self.site = site
        self.published = published
        self.files: dict[str, Json] = {}

    def url(self, path: str) -> str:
        return self.site.base_url + path

    def _object(self, kind: str, object_id: str | None, **fields: object) -> Json:
        path = (
            f"{FOLDER}{kind.lower()}/{object_id}.json"
            if object_id
            else f"{FOLDER}{kind.lower()}.json"
        )
        found: Json = {"id": self.url(path), "type": f"{OPARL}{kind}"}
        found.update({key: value for key, value in fields.items() if value is not None})
        self.files[path] = found
        return found

    def _list(self, name: str, items: list[Json]) -> str:
        path = f"{FOLDER}body/{name}.json"
        self.files[path] = {
            "data": items,
            "pagination": {
                "totalElements": len(items),
                "elementsPerPage": len(items),
                "currentPage": 1,
                "totalPages": 1,
            },
            "links": {},
        }
        return self.url(path)

    def _when(self, meeting: Meeting, hhmm: str | None) -> str | None:
        if hhmm is None:
            return None
        clock = time.fromisoformat(hhmm)
        return datetime.combine(meeting.date, clock, ZONE).isoformat()

    def _meeting(self, meeting: Meeting) -> Json:
        site = self.site
        body_url = self.url(f"{FOLDER}organization/{meeting.body}.json")
        items: list[Json] = []
        attachments: list[Json] = []
        meeting_url = self.url(f"{FOLDER}meeting/{meeting.id}.json")
        for order, item in enumerate(meeting.items, start=1):
            level = item_level(meeting, item)
            if not may_see(site.audience, level):
                # as on the meeting's page: the closed item's number and nothing else of it
                # (its own id could carry words of its title)
                closed = self._object(
                    "AgendaItem",
                    f"{meeting.id}-closed-{order}",
                    meeting=meeting_url,
                    number=item.number,
                    order=order,
                    name=sentence_case(label("closed_item", site.lang)),
                    public=False,
                )
                items.append(closed)
                continue
            decisions = [d for d in item.decisions if site.sees(d.id)]
            agenda_item = self._object(
                "AgendaItem",
                item.id,
                meeting=meeting_url,
                number=item.number,
                order=order,
                name=item.title,
                public=level == Confidentiality.PUBLIC,
                result=join_phrases((OUTCOME[site.lang][d.outcome] for d in decisions), "; ")
                or None,
                resolutionText="\n\n".join(d.text for d in decisions) or None,
                web=self.url(paths.file_of(paths.meeting(meeting.id)) + f"#{item.id}"),
            )
            items.append(agenda_item)
            for attachment in item.attachments:
                if not may_see(site.audience, attachment_level(meeting, item, attachment)):
                    continue
                target = self.published.attachment(meeting, attachment)
                if target is None:
                    continue
                attachments.append(
                    self._object(
                        "File",
                        f"{item.id}-{attachment.number}",
                        name=attachment.title,
                        fileName=target.rsplit("/", 1)[-1],
                        accessUrl=self.url(target),
                        downloadUrl=self.url(target),
                        meeting=[meeting_url],
                        agendaItem=[agenda_item["id"]],
                    )
                )
        participants = [
            self.url(f"{FOLDER}person/{p.person}.json")
            for p in meeting.participants
            if p.person in site.corpus.people
        ]
        return self._object(
            "Meeting",
            meeting.id,
            name=f"{site.meeting_title(meeting)}, {format_date(meeting.date, site.lang)}",
            meetingState=meeting.status.value,
            cancelled=meeting.status == MeetingStatus.CANCELLED,
            start=self._when(meeting, meeting.start),
            end=self._when(meeting, meeting.end),
            organization=[body_url],
            participant=participants or None,
            agendaItem=items,
            auxiliaryFile=attachments or None,
            web=self.url(paths.meeting(meeting.id)),
        )

    def build(self) -> dict[str, Json]:
        """Site path -> JSON object of every OParl file."""
        site, lang = self.site, self.site.lang
        body_url = self.url(f"{FOLDER}body.json")
        organizations, memberships = [], []
        for located in sorted(site.corpus.bodies.values(), key=lambda b: b.obj.id):
            body = located.obj
            org_url = self.url(f"{FOLDER}organization/{body.id}.json")
            own: list[str] = []
            for index, membership in enumerate(body.memberships, start=1):
                record = self._object(
                    "Membership",
                    f"{body.id}-{index}",
                    person=self.url(f"{FOLDER}person/{membership.person}.json"),
                    organization=org_url,
                    role=membership.role.value,
                    votingRight=membership.voting,
                    startDate=membership.start.isoformat() if membership.start else None,
                    endDate=membership.end.isoformat() if membership.end else None,
                )
                memberships.append(record)
                own.append(str(record["id"]))
            organizations.append(
                self._object(
                    "Organization",
                    body.id,
                    body=body_url,
                    name=body.name.get(lang),
                    shortName=body.short_name.get(lang) if body.short_name else None,
                    organizationType=body.type.value,
                    subOrganizationOf=self.url(f"{FOLDER}organization/{body.reports_to}.json")
                    if body.reports_to
                    else None,
                    membership=own,
                    meeting=self.url(f"{FOLDER}body/meetings.json"),
                    web=self.url(paths.body(body.id)),
                )
            )
        people = [
            self._object(
                "Person",
                person.id,
                body=body_url,
                name=person.name,
                web=self.url(paths.person(person.id)) if site.with_people else None,
            )
            for person in sorted(site.corpus.people.values(), key=lambda p: p.id)
        ]
        meetings = [self._meeting(m.obj) for m in site.meetings()]
        self._object(
            "Body",
            None,
            system=self.url(f"{FOLDER}system.json"),
            name=site.title,
            organization=self._list("organizations", organizations),
            person=self._list("people", people),
            meeting=self._list("meetings", meetings),
            paper=self._list("papers", []),
            membership=self._list("memberships", memberships),
            legislativeTerm=[],
            web=self.url(""),
        )
        self._object(
            "System",
            None,
            oparlVersion=OPARL,
            body=self.url(f"{FOLDER}bodies.json"),
            name=site.title,
            website=self.url(""),
            web=self.url(""),
        )
        self.files[f"{FOLDER}bodies.json"] = {
            "data": [self.files[f"{FOLDER}body.json"]],
            "pagination": {
                "totalElements": 1,
                "elementsPerPage": 1,
                "currentPage": 1,
                "totalPages": 1,
            },
            "links": {},
        }
        return self.files


def oparl_files(site: Site, published: Published) -> dict[str, bytes]:
    return {
        path: json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        for path, obj in OParl(site, published).build().items()
    }
