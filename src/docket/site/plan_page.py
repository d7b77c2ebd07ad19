"""A page per annual plan (årshjul): the year's planned meetings and milestones of every body,
each linked to its meeting record where the audience may see it."""

from __future__ import annotations

from docket.model.annual_plan import AnnualPlan, Milestone
from docket.site import paths
from docket.site.context import Site
from docket.site.html import element, fact, join
from docket.site.page import Page
from docket.site.words import version_status_word, word
from docket.words import format_date


def milestone_day(site: Site, milestone: Milestone) -> str | None:
    """The milestone's date, or the day of the meeting where it is due."""
    day = milestone.date
    if day is None and milestone.meeting in site.corpus.meetings:
        day = site.corpus.meetings[milestone.meeting].obj.date
    return format_date(day, site.lang) if day else None


def plan_page(site: Site, plan: AnnualPlan) -> Page:
    lang = site.lang
    folder = paths.plan(plan.id)
    columns = ("date", "body", "note")
    meetings = [
        element(
            "tr",
            element(
                "td",
                site.link_id(planned.meeting, folder, format_date(planned.date, lang))
                if planned.meeting and site.has_page(planned.meeting)
                else format_date(planned.date, lang),
                data_label=word("date", lang),
            ),
            element("td", site.body_link(planned.body, folder), data_label=word("body", lang)),
            element("td", planned.note or "", data_label=word("note", lang)),
        )
        for planned in sorted(plan.meetings, key=lambda m: (m.date, m.body))
    ]
    milestones = [
        element(
            "li",
            element("strong", milestone.title.get(lang)),
            " (",
            site.body_link(milestone.body, folder),
            f", {day}" if (day := milestone_day(site, milestone)) else None,
            ")",
            f" {milestone.note}" if milestone.note else None,
        )
        for milestone in plan.milestones
    ]
    head = element(
        "thead",
        element("tr", (element("th", word(c, lang), scope="col") for c in columns)),
    )
    main = join(
        element(
            "dl",
            fact(word("status", lang), version_status_word(plan.status, lang)),
            fact(word("adopted", lang), site.link_id(plan.adopted_at, folder))
            if plan.adopted_at and site.has_page(plan.adopted_at)
            else None,
        ),
        element("h2", word("planned_meetings", lang)),
        element("table", head, element("tbody", meetings))
        if meetings
        else element("p", word("none", lang)),
        element("h2", word("milestones", lang)),
        element("ul", milestones) if milestones else element("p", word("none", lang)),
    )
    return Page(folder, plan.title.get(lang), main)
