"""The home page: the bodies and who reports to whom, the next meetings with their deadlines,
open follow-ups, input awaiting an answer and recent decisions."""

from __future__ import annotations

from docket.deadlines import meeting_deadlines
from docket.model.body import Body
from docket.model.meeting import Decision, FollowUp, FollowUpStatus, Forward
from docket.site import paths
from docket.site.context import Site
from docket.site.html import Html, element, join
from docket.site.page import Page
from docket.site.words import follow_up_state, word
from docket.words import format_date

RECENT = 10
"""How many recent decisions, next meetings and open follow-ups the home page lists."""


def _tree(site: Site, parent: str | None, seen: frozenset[str]) -> Html:
    children = sorted(
        (b.obj for b in site.corpus.bodies.values() if b.obj.reports_to == parent),
        key=lambda b: b.name.get(site.lang),
    )
    if parent is None:
        known = set(site.corpus.bodies)
        children += [
            b.obj
            for b in site.corpus.bodies.values()
            if b.obj.reports_to is not None and b.obj.reports_to not in known
        ]
    entries = [
        element(
            "li",
            site.body_link(body.id, paths.HOME),
            _tree(site, body.id, seen | {body.id}) if body.id not in seen else None,
        )
        for body in children
        if body.id not in seen
    ]
    return element("ul", entries) if entries else Html("")


def _next_meetings(site: Site) -> Html:
    lang = site.lang
    ahead = [
        m.obj for m in site.meetings() if m.obj.date >= site.as_of and not m.obj.status.took_place
    ][:RECENT]
    entries = []
    for meeting in ahead:
        rules = site.corpus.rules_in_force(meeting.body, meeting.date)
        dates = meeting_deadlines(meeting.date, rules.parameters) if rules else None
        due = (
            f" ({word('agenda_due', lang)}: {format_date(dates.agenda_by, lang)})"
            if dates and dates.agenda_by
            else ""
        )
        entries.append(
            element(
                "li",
                site.link(paths.meeting(meeting.id), paths.HOME, site.meeting_title(meeting)),
                f", {format_date(meeting.date, lang)}{due}",
            )
        )
    return element("ul", entries) if entries else element("p", word("none", lang))


def _open_follow_ups(site: Site) -> Html:
    lang = site.lang
    found = [
        f.obj for f in site.outcomes("follow-up", FollowUp) if f.obj.status == FollowUpStatus.OPEN
    ]
    found.sort(key=lambda f: (f.due is None, f.due or site.as_of, f.id))
    entries = [
        element(
            "li",
            site.link_id(f.id, paths.HOME, f.text),
            element("span", f" ({follow_up_state(f, site.as_of, lang)})", class_="meta"),
        )
        for f in found[:RECENT]
    ]
    more = site.link(
        paths.register("follow-ups", "status-open"),
        paths.HOME,
        word("all_entries", lang, n=len(found)),
    )
    return (
        join(element("ul", entries), element("p", more))
        if entries
        else element("p", word("none", lang))
    )


def _awaiting(site: Site) -> Html:
    entries = [
        element(
            "li",
            site.link_id(f.obj.id, paths.HOME, f.obj.text),
            " → ",
            site.body_link(f.obj.to, paths.HOME),
        )
        for f in site.outcomes("forward", Forward)
        if not site.addressed_by(f.obj.id)
    ]
    return element("ul", entries) if entries else element("p", word("none", site.lang))


def _recent_decisions(site: Site) -> Html:
    lang = site.lang
    found = list(site.outcomes("decision", Decision))
    found.sort(key=lambda d: d.meeting.date if d.meeting else site.as_of, reverse=True)
    entries = [
        element(
            "li",
            site.link_id(d.obj.id, paths.HOME, d.obj.text),
            element(
                "span",
                f" ({site.meeting_title(d.meeting)}, {format_date(d.meeting.date, lang)})",
                class_="meta",
            )
            if d.meeting
            else None,
        )
        for d in found[:RECENT]
    ]
    return element("ul", entries) if entries else element("p", word("none", lang))


def home_page(site: Site, bodies: list[Body]) -> Page:
    lang = site.lang
    main = join(
        element("p", word("intro", lang, date=format_date(site.as_of, lang))),
        element("h2", word("bodies", lang)),
        _tree(site, None, frozenset()) if bodies else element("p", word("none", lang)),
        element("h2", word("next_meetings", lang)),
        _next_meetings(site),
        element("h2", word("open_follow_ups", lang)),
        _open_follow_ups(site),
        element("h2", word("awaiting_input", lang)),
        _awaiting(site),
        element("h2", word("recent_decisions", lang)),
        _recent_decisions(site),
    )
    return Page(paths.HOME, site.title, main, searchable=False)
