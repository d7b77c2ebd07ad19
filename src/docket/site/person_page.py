"""A page per person (internal audience and above): memberships, items presented, follow-ups
owned. No e-mail address is published."""

from __future__ import annotations

from docket.model.meeting import FollowUpStatus
from docket.model.registry import Person
from docket.render.names import person_line
from docket.site import paths
from docket.site.context import Site
from docket.site.html import element, join
from docket.site.page import Page
from docket.site.words import follow_up_state, role_word, word
from docket.words import DASH, format_date, item_heading

LISTED = 100
"""At most this many items presented and follow-ups owned are listed (the newest, the open
first), so that the page stays small however long a member has served; the follow-up register
filtered by owner lists them all."""


def person_page(site: Site, person: Person) -> Page:
    lang = site.lang
    folder = paths.person(person.id)
    line = person_line(site.corpus, person.id, lang, site.as_of)
    memberships = []
    for body in site.corpus.bodies.values():
        for membership in body.obj.memberships:
            if membership.person != person.id:
                continue
            span = f" {DASH} ".join(
                format_date(d, lang) if d else "…" for d in (membership.start, membership.end)
            )
            memberships.append(
                element(
                    "li",
                    site.body_link(body.obj.id, folder),
                    f": {role_word(membership.role, lang)}",
                    f", {site.corpus.name_of(membership.represents, lang)}"
                    if membership.represents
                    else None,
                    f" ({span})" if membership.start or membership.end else None,
                )
            )
    items = sorted(site.presented_by(person.id), key=lambda found: found[0].date, reverse=True)
    presented = [
        element(
            "li",
            site.link(
                paths.meeting(meeting.id),
                folder,
                f"{site.meeting_title(meeting)}, {format_date(meeting.date, lang)}: "
                f"{item_heading(item.number, item.title, lang)}",
                item.id,
            ),
        )
        for meeting, item in items[:LISTED]
    ]
    follow_ups = list(site.follow_ups_of(person.id))
    follow_ups.sort(key=lambda f: (f.status != FollowUpStatus.OPEN, f.due is None, f.due, f.id))
    owned = [
        element(
            "li",
            site.link_id(f.id, folder, f.text),
            element("span", f" ({follow_up_state(f, site.as_of, lang)})", class_="meta"),
        )
        for f in follow_ups[:LISTED]
    ]
    all_owned = site.link(
        paths.register("follow-ups", f"owner-{person.id}"),
        folder,
        word("all_entries", lang, n=len(follow_ups)),
    )
    main = join(
        element("p", ", ".join(line.details)) if line.details else None,
        element("h2", word("memberships", lang)),
        element("ul", memberships) if memberships else element("p", word("none", lang)),
        element("h2", word("items_presented", lang)),
        element("ul", presented) if presented else element("p", word("none", lang)),
        element("p", word("newest_of", lang, shown=LISTED, n=len(items)), class_="note")
        if len(items) > LISTED
        else None,
        element("h2", word("follow_ups_owned", lang)),
        join(element("ul", owned), element("p", all_owned))
        if owned
        else element("p", word("none", lang)),
    )
    return Page(folder, person.name, main)
