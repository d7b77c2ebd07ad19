"""A page per decision, follow-up, forwarded input and pending decision (``d/<id>/``), so that
minutes, e-mails and pull requests can cite any of them by a stable address."""

from __future__ import annotations

from pydantic import BaseModel

from docket.corpus import Located
from docket.model.meeting import Decision, FollowUp, Forward, PendingDecision
from docket.site import paths
from docket.site.context import Outcome, Site
from docket.site.html import Html, element, fact, free_text, join
from docket.site.page import Page
from docket.site.words import follow_up_state, pending_status_word, word
from docket.words import OUTCOME, format_date, item_heading, item_in_text, label

KIND_WORD = {
    "decision": "decision",
    "follow-up": "follow_up",
    "forward": "forward",
    "pending-decision": "pending_decision",
}


def _taken_up(site: Site, object_id: str, folder: str) -> Html | None:
    entries = [
        element(
            "li",
            site.link(
                paths.meeting(meeting.id),
                folder,
                f"{site.meeting_title(meeting)}, "
                f"{item_in_text(item.number, item.title, site.lang)}",
                item.id,
            ),
        )
        for meeting, item in site.addressed_by(object_id)
    ]
    return element("ul", entries) if entries else None


def _specific(site: Site, obj: BaseModel, folder: str) -> list[Html]:
    lang = site.lang
    if isinstance(obj, Decision):
        return [fact(word("outcome", lang), OUTCOME[lang][obj.outcome])]
    if isinstance(obj, FollowUp):
        return [
            fact(word("status", lang), follow_up_state(obj, site.as_of, lang)),
            fact(word("owner", lang), site.party(obj.owner, folder) or label("no_owner", lang)),
            fact(
                word("due", lang), format_date(obj.due, lang) if obj.due else label("no_due", lang)
            ),
            fact(word("closed_in", lang), site.link_id(obj.closed_in, folder))
            if obj.closed_in and site.has_page(obj.closed_in)
            else Html(""),
            fact(word("note", lang), free_text(obj.note)) if obj.note else Html(""),
        ]
    if isinstance(obj, Forward):
        taken_up = _taken_up(site, obj.id, folder)
        return [
            fact(word("forwarded_to", lang), site.body_link(obj.to, folder)),
            fact(word("via", lang), site.party(obj.via, folder)),
            fact(word("taken_up", lang), taken_up or word("awaiting_answer", lang)),
        ]
    if isinstance(obj, PendingDecision):
        return [
            fact(word("awaiting_body", lang), site.body_link(obj.body, folder)),
            fact(word("status", lang), pending_status_word(obj.status, lang)),
            fact(word("since", lang), format_date(obj.since, lang)) if obj.since else Html(""),
            fact(word("decided_by", lang), site.link_id(obj.decided_by, folder))
            if obj.decided_by and site.has_page(obj.decided_by)
            else Html(""),
            fact(word("taken_up", lang), _taken_up(site, obj.id, folder)),
        ]
    return []


def permalink_page(site: Site, located: Located[BaseModel], obj: Outcome) -> Page:
    meeting, item = located.meeting, located.item
    assert meeting is not None and item is not None
    lang = site.lang
    object_id = obj.id
    folder = paths.permalink(object_id)
    kind = word(KIND_WORD[located.kind], lang)
    source = site.link(
        paths.meeting(meeting.id),
        folder,
        f"{site.meeting_title(meeting)}, {format_date(meeting.date, lang)}, "
        f"{item_heading(item.number, item.title, lang)}",
        item.id,
    )
    main = join(
        free_text(obj.text),
        element(
            "dl",
            fact(word("id", lang), element("code", object_id)),
            fact(word("body", lang), site.body_link(meeting.body, folder)),
            fact(word("source", lang), source),
            _specific(site, obj, folder),
        ),
    )
    filters = f"{word('kind', lang)}:{kind}"
    return Page(folder, f"{kind} {object_id}", main, filters=filters)
