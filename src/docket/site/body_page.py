"""A page per body: what it is, its commission and rules of procedure with every version and
what changed between them, its members over time, its annual plan and its meetings."""

from __future__ import annotations

from docket.model.body import Body
from docket.model.common import Language
from docket.model.governing_document import (
    Commission,
    DocumentVersion,
    HolidayCategory,
    RulesOfProcedure,
    RulesVersion,
)
from docket.model.meeting import Amendment
from docket.site import paths
from docket.site.context import Site
from docket.site.files import version_anchor
from docket.site.html import Html, element, fact, free_text, join
from docket.site.page import Page
from docket.site.plan_page import milestone_day
from docket.site.words import (
    body_type_word,
    meeting_status_word,
    role_word,
    version_status_word,
    word,
)
from docket.words import DASH, format_date


def _amendments(site: Site, version: DocumentVersion, folder: str) -> Html:
    entries = []
    for amendment_id in version.amendments:
        located = site.corpus.objects.get(amendment_id)
        if located is None or not site.sees(amendment_id):
            continue
        amendment = located.obj
        if not isinstance(amendment, Amendment) or located.meeting is None:
            continue
        entries.append(
            element(
                "li",
                amendment.text,
                element(
                    "span",
                    " (",
                    site.link(
                        paths.meeting(located.meeting.id),
                        folder,
                        site.meeting_title(located.meeting),
                    ),
                    ")",
                    class_="meta",
                ),
            )
        )
    if not entries:
        return Html("")
    return join(element("h4", word("amendments_in_version", site.lang)), element("ul", entries))


def _shown(value: object, lang: Language) -> str:
    """A parameter's value as the page shows it: a list as its values, a category of holidays
    in words."""
    if value is None or value == []:
        return DASH
    if isinstance(value, list):
        return ", ".join(_shown(item, lang) for item in value)
    if isinstance(value, HolidayCategory):
        return word(f"holiday_{value.value}", lang)
    return str(getattr(value, "value", value))


def _parameter_changes(site: Site, version: RulesVersion, base: RulesVersion) -> Html:
    """What the version changes in the rules' parameters against the version it amends."""
    before, after = base.parameters.model_dump(), version.parameters.model_dump()
    entries = [
        element(
            "li",
            f"{word(f'param_{key}', site.lang)}: "
            f"{_shown(before[key], site.lang)} → {_shown(value, site.lang)}",
        )
        for key, value in after.items()
        if before.get(key) != value
    ]
    if not entries:
        return Html("")
    return join(element("h4", word("parameter_changes", site.lang)), element("ul", entries))


def _version(
    site: Site,
    document_id: str,
    index: int,
    version: DocumentVersion,
    folder: str,
    base: DocumentVersion | None,
) -> Html:
    lang = site.lang
    adopted = version.adopted
    adoption = None
    if adopted is not None:
        parts: list[Html | str] = [
            format_date(adopted.date, lang),
            ", ",
            site.body_link(adopted.body, folder),
        ]
        if adopted.meeting and site.has_page(adopted.meeting):
            parts += [", ", site.link_id(adopted.meeting, folder, word("at_meeting", lang))]
        if adopted.decision and site.has_page(adopted.decision):
            parts += [" (", site.link_id(adopted.decision, folder, word("decision", lang)), ")"]
        adoption = join(parts)
    parameters = getattr(version, "parameters", None)
    rows = []
    if parameters is not None:
        for key, value in parameters.model_dump(exclude_defaults=True).items():
            rows.append(fact(word(f"param_{key}", lang), _shown(value, lang)))
    return element(
        "section",
        element(
            "h3",
            word("version", lang, version=version.version),
            " ",
            element("span", version_status_word(version.status, lang), class_="status"),
        ),
        element(
            "dl",
            fact(
                word("drafted", lang),
                format_date(version.drafted, lang) if version.drafted else None,
            ),
            fact(word("adopted", lang), adoption),
            fact(
                word("in_force_from", lang),
                format_date(version.effective_from, lang) if version.effective_from else None,
            ),
            fact(word("based_on", lang), version.based_on),
            rows,
        ),
        free_text(version.summary),
        _amendments(site, version, folder),
        _parameter_changes(site, version, base)
        if isinstance(version, RulesVersion) and isinstance(base, RulesVersion)
        else None,
        join(element("h4", word("text", lang)), free_text(version.text)) if version.text else None,
        join(element("h4", word("remarks", lang)), free_text(version.remarks))
        if version.remarks
        else None,
        id=version_anchor(document_id, index),
    )


def _document(site: Site, document: Commission | RulesOfProcedure, folder: str) -> Html:
    by_label: dict[str, DocumentVersion] = {v.version: v for v in document.versions}
    return element(
        "section",
        element("h2", document.title.get(site.lang)),
        (
            _version(
                site,
                document.id,
                index,
                version,
                folder,
                by_label.get(version.based_on) if version.based_on else None,
            )
            for index, version in reversed(list(enumerate(document.versions)))
        ),
        id=document.id,
    )


def _members(site: Site, body: Body, folder: str) -> Html:
    lang = site.lang
    header = element(
        "thead",
        element(
            "tr",
            (
                element("th", word(key, lang), scope="col")
                for key in ("name", "role", "represents", "from", "until")
            ),
        ),
    )
    rows = []
    ordered = sorted(body.memberships, key=lambda m: (m.end is not None, m.start or site.as_of))
    for membership in ordered:
        represents = (
            site.corpus.name_of(membership.represents, lang) if membership.represents else ""
        )
        cells = (
            ("name", site.person(membership.person, folder)),
            ("role", role_word(membership.role, lang)),
            ("represents", represents),
            ("from", format_date(membership.start, lang) if membership.start else ""),
            ("until", format_date(membership.end, lang) if membership.end else ""),
        )
        rows.append(
            element(
                "tr", (element("td", value, data_label=word(key, lang)) for key, value in cells)
            )
        )
    return element("table", header, element("tbody", rows))


def _annual_plan(site: Site, body: Body, folder: str) -> Html:
    lang = site.lang
    out = []
    for located in sorted(site.corpus.annual_plans, key=lambda p: p.obj.year):
        plan = located.obj
        meetings = [m for m in plan.meetings if m.body == body.id]
        milestones = [m for m in plan.milestones if m.body == body.id]
        if not meetings and not milestones:
            continue
        entries = []
        for planned in meetings:
            text = join(
                format_date(planned.date, lang),
                join(" ", site.link_id(planned.meeting, folder, word("record", lang)))
                if planned.meeting and site.has_page(planned.meeting)
                else None,
                f" {chr(8211)} {planned.note}" if planned.note else None,
            )
            entries.append(element("li", text))
        for milestone in milestones:
            when = milestone_day(site, milestone)
            entries.append(
                element(
                    "li",
                    element("strong", milestone.title.get(lang)),
                    f" ({when})" if when else None,
                    f" {chr(8211)} {milestone.note}" if milestone.note else None,
                )
            )
        out.append(
            element(
                "section",
                element(
                    "h3",
                    site.link(paths.plan(plan.id), folder, plan.title.get(lang)),
                    " ",
                    element("span", version_status_word(plan.status, lang), class_="status"),
                ),
                element("ul", entries),
            )
        )
    if not out:
        return Html("")
    return join(element("h2", word("annual_plan", lang)), out)


def _meetings(site: Site, body: Body, folder: str) -> Html:
    lang = site.lang
    past: list[Html] = []
    ahead: list[Html] = []
    for located in site.meetings(body.id):
        meeting = located.obj
        entry = element(
            "li",
            site.link(paths.meeting(meeting.id), folder, site.meeting_title(meeting)),
            f", {format_date(meeting.date, lang)} ",
            element("span", meeting_status_word(meeting.status, lang), class_="status"),
        )
        (ahead if meeting.date >= site.as_of and not meeting.status.took_place else past).append(
            entry
        )
    return join(
        element("h2", word("planned_meetings", lang)),
        element("ul", ahead) if ahead else element("p", word("none", lang)),
        element("h2", word("past_meetings", lang)),
        element("ul", list(reversed(past))) if past else element("p", word("none", lang)),
    )


def body_page(site: Site, body: Body) -> Page:
    lang = site.lang
    folder = paths.body(body.id)
    reporting = [b.obj for b in site.corpus.bodies.values() if b.obj.reports_to == body.id]
    facts = element(
        "dl",
        fact(word("type", lang), body_type_word(body.type, lang)),
        fact(word("reports_to", lang), site.body_link(body.reports_to, folder))
        if body.reports_to
        else None,
        fact(
            word("reporting_bodies", lang),
            join(
                (
                    join(", " if i else "", site.body_link(b.id, folder))
                    for i, b in enumerate(reporting)
                )
            ),
        )
        if reporting
        else None,
        fact(word("established_by", lang), site.body_link(body.established_by, folder))
        if body.established_by
        else None,
        fact(
            word("secretariat", lang),
            site.corpus.name_of(body.secretariat, lang) if body.secretariat else None,
        ),
    )
    documents: list[Commission | RulesOfProcedure] = [
        c.obj for c in site.corpus.commissions if c.obj.body == body.id
    ]
    documents += [r.obj for r in site.corpus.rules if r.obj.body == body.id]
    main = join(
        facts,
        free_text(body.description),
        (_document(site, document, folder) for document in documents),
        element("h2", word("members", lang)),
        _members(site, body, folder) if body.memberships else element("p", word("none", lang)),
        _annual_plan(site, body, folder),
        _meetings(site, body, folder),
    )
    return Page(folder, body.name.get(lang), main)
