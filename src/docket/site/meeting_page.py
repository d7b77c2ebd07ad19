"""A page per meeting: facts, agenda, participants, and per item what it produced.

The content comes from the render layer's report model (``build_meeting_report``): the minutes
once the meeting has taken place, the agenda before. Outcomes link to their permalink pages;
attachments link to the file, the address or the governing document they show.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from docket.deadlines import meeting_deadlines
from docket.model.common import Localized
from docket.model.meeting import Attachment, Meeting, MeetingStatus
from docket.render.audience import attachment_level, may_see
from docket.render.blocks import agenda_activity
from docket.render.build_meeting import build_meeting_report
from docket.render.report import ItemReport, MeetingDocument, MeetingReport, PersonLine
from docket.site import paths
from docket.site.context import Site
from docket.site.files import Published
from docket.site.html import Html, element, fact, free_text, join
from docket.site.page import Page
from docket.site.words import meeting_status_word, word
from docket.words import (
    KIND_MARK,
    OUTCOME,
    closed_item_heading,
    format_date,
    format_span,
    in_sentence,
    item_heading,
    label,
)


def _person_lines(lines: Iterable[PersonLine], site: Site) -> Html:
    entries = []
    for line in lines:
        details = ", ".join(line.details)
        note = (
            f" ({label('secretary_for', site.lang)} {line.secretary_of})"
            if line.secretary_of
            else ""
        )
        items = f" ({label('only_items', site.lang)} {', '.join(line.items)})" if line.items else ""
        entries.append(element("li", line.name, f", {details}" if details else "", note, items))
    return element("ul", entries)


def _attachment(
    site: Site, meeting: Meeting, attachment: Attachment, folder: str, published: Published
) -> Html:
    title = f"{label('attachment', site.lang)} {attachment.number}: {attachment.title}"
    if attachment.path is not None:
        target = published.attachment(meeting, attachment)
        if target is not None:
            return element("li", element("a", title, href=paths.href(target, folder)))
    if attachment.url is not None and urlsplit(attachment.url).scheme in ("http", "https"):
        return element("li", element("a", title, href=attachment.url))
    if attachment.document is not None:
        anchor = published.document_anchor(attachment.document, attachment.version)
        if anchor is not None:
            body_folder, fragment = anchor
            return element(
                "li", element("a", title, href=paths.href(body_folder, folder, fragment))
            )
    return element("li", title)


def _addressed_text(site: Site, object_id: str) -> str:
    """What an item takes up, in words: the text of forwarded input, a pending decision, a
    topic or a follow-up; the title of a milestone."""
    located = site.corpus.objects.get(object_id)
    if located is None:
        return object_id
    text = getattr(located.obj, "text", None)
    if isinstance(text, str):
        return text
    title = getattr(located.obj, "title", None)
    return title.get(site.lang) if isinstance(title, Localized) else object_id


def _section(heading: str, content: Html | None, level: str = "h4") -> Html:
    if not content:
        return Html("")
    return join(element(level, heading), content)


def _item(
    site: Site, meeting: Meeting, report: ItemReport, folder: str, published: Published
) -> Html:
    lang = site.lang
    if report.closed:
        return element("section", element("h3", closed_item_heading(report.number, lang)))
    item = next(i for i in meeting.items if i.id == report.id)
    kind = f" ({KIND_MARK[lang][report.kind]})" if report.kind else ""
    heading = f"{item_heading(report.number, report.title, lang)}{kind}"
    attachments = [
        _attachment(site, meeting, a, folder, published)
        for a in item.attachments
        if may_see(site.audience, attachment_level(meeting, item, a))
    ]
    decisions = [
        element(
            "li",
            site.link_id(d.id, folder, d.text),
            " ",
            element("span", OUTCOME[lang][d.outcome], class_="status"),
        )
        for d in report.decisions
    ]
    follow_ups = [
        element(
            "li",
            site.link_id(f.id, folder, f.text),
            element(
                "span",
                f" ({label('owner', lang)}: {f.owner or label('no_owner', lang)}; "
                f"{label('due', lang)}: "
                f"{format_date(f.due, lang) if f.due else label('no_due', lang)})",
                class_="meta",
            ),
        )
        for f in report.follow_ups
    ]
    forwards = [
        element(
            "li",
            site.link_id(f.id, folder, f.text),
            f" ({label('to_body', lang)} {in_sentence(f.to)})",
        )
        for f in report.forwards
    ]
    pending = [
        element("li", site.link_id(p.id, folder, p.text), f" ({p.body})") for p in report.pending
    ]
    topics = [element("li", t.text) for t in report.topics]
    amendments = [element("li", f"{a.document}: {a.text}") for a in report.amendments]
    takes_up = [
        element("li", site.link_id(target, folder, _addressed_text(site, target)))
        for target in item.addresses
        if site.sees(target)
    ]
    return element(
        "section",
        element("h3", heading),
        element("p", f"{label('by', lang)}{report.presenters}", class_="meta")
        if report.presenters
        else None,
        _section(label("recommendation", lang), free_text(report.recommendation)),
        _section(label("background", lang), free_text(report.background)),
        _section(label("proposed_solution", lang), free_text(report.proposed_solution)),
        _section(label("item_minutes", lang), free_text(report.minutes)),
        _section(label("next_steps", lang), free_text(report.next_steps)),
        _section(label("attachments", lang), element("ul", attachments) if attachments else None),
        _section(label("decisions", lang), element("ul", decisions) if decisions else None),
        _section(label("follow_ups", lang), element("ul", follow_ups) if follow_ups else None),
        _section(label("forwarded", lang), element("ul", forwards) if forwards else None),
        _section(label("pending", lang), element("ul", pending) if pending else None),
        _section(label("topics", lang), element("ul", topics) if topics else None),
        _section(label("amendments", lang), element("ul", amendments) if amendments else None),
        _section(word("takes_up", lang), element("ul", takes_up) if takes_up else None),
        id=report.id,
        class_="item",
    )


def _paperwork(site: Site, meeting: Meeting, folder: str) -> list[Html]:
    """Agenda and minutes dates; for draft minutes, until when members may comment."""
    lang = site.lang
    facts = [
        fact(word("agenda_sent", lang), format_date(meeting.agenda_sent, lang))
        if meeting.agenda_sent
        else Html(""),
        fact(word("minutes_sent", lang), format_date(meeting.minutes_sent, lang))
        if meeting.minutes_sent
        else Html(""),
    ]
    rules = site.corpus.rules_in_force(meeting.body, meeting.date)
    dates = (
        meeting_deadlines(meeting.date, rules.parameters, meeting.minutes_sent) if rules else None
    )
    ahead = meeting.status in (MeetingStatus.PLANNED, MeetingStatus.INVITED)
    if ahead and dates and dates.agenda_by:
        facts.append(fact(word("agenda_due", lang), format_date(dates.agenda_by, lang)))
    if meeting.status == MeetingStatus.MINUTES_DRAFT:
        until = dates.comments_until if dates else None
        text = (
            word("draft_comment_until", lang, date=format_date(until, lang))
            if until
            else word("draft_minutes", lang)
        )
        facts.append(fact(word("minutes", lang), element("span", text, class_="warn")))
    if meeting.minutes_approved:
        approved_in = meeting.minutes_approved_in
        where = (
            join(" (", site.link_id(approved_in, folder), ")")
            if approved_in and site.has_page(approved_in)
            else ""
        )
        facts.append(
            fact(
                word("minutes_approved", lang),
                join(format_date(meeting.minutes_approved, lang), where),
            )
        )
    return facts


def meeting_page(site: Site, meeting: Meeting, published: Published) -> Page:
    lang = site.lang
    folder = paths.meeting(meeting.id)
    document = MeetingDocument.MINUTES if meeting.status.took_place else MeetingDocument.AGENDA
    report: MeetingReport = build_meeting_report(
        site.corpus, meeting, document, lang, site.audience
    )
    when = format_date(meeting.date, lang)
    if meeting.start:
        when += f", {format_span(meeting.start, meeting.end, lang)}"
    facts = element(
        "dl",
        fact(word("body", lang), site.body_link(meeting.body, folder)),
        fact(word("date", lang), when),
        fact(word("place", lang), report.place),
        fact(word("status", lang), meeting_status_word(meeting.status, lang)),
        fact(word("chair", lang), site.person(meeting.chair, folder)),
        fact(word("secretary", lang), site.person(meeting.secretary, folder)),
        _paperwork(site, meeting, folder),
    )
    downloads = [
        element("li", element("a", name, href=paths.href(target, folder)))
        for name, target in published.packs.get(meeting.id, ())
    ]
    agenda = [
        element("li", f"{row.number}. {agenda_activity(row, lang)}")
        if row.closed
        else element(
            "li",
            element("a", f"{row.number}. {row.title}", href=f"#{item.id}"),
            f" ({KIND_MARK[lang][row.kind]})" if row.kind else "",
            element("span", f" {label('by', lang)}{row.presenters}", class_="meta")
            if row.presenters
            else None,
        )
        for row, item in zip(report.agenda, report.items, strict=True)
    ]
    people = [
        _section(label("participants", lang), _person_lines(report.present, site), "h3")
        if report.present
        else None,
        _section(label("absent", lang), _person_lines(report.absent, site), "h3")
        if report.absent
        else None,
        _section(label("guests", lang), _person_lines(report.guests, site), "h3")
        if report.guests
        else None,
    ]
    next_line = (
        element(
            "p",
            label(
                "next_meeting" if report.next_meeting.ordinary else "next_meeting_extra",
                lang,
                date=format_date(report.next_meeting.date, lang),
            ),
        )
        if report.next_meeting
        else None
    )
    main = join(
        facts,
        join(element("h2", word("briefing_pack", lang)), element("ul", downloads))
        if downloads
        else None,
        element("h2", label("agenda", lang)),
        element("ul", agenda, class_="agenda") if agenda else element("p", word("no_items", lang)),
        join(element("h2", word("attendance", lang)), people) if any(people) else None,
        element("h2", word("items", lang)) if report.items else None,
        (_item(site, meeting, item, folder, published) for item in report.items),
        next_line,
    )
    return Page(folder, site.meeting_title(meeting), main, filters=None)
