"""The deadlines of a set of reminders as an iCalendar file, each with an alarm the day before.

A mail attachment the recipient can drop into any calendar: one all-day event per dated task,
its UID made from the task and the repository (``docket.calendar_feed.uid_domain``), so that
next week's reminder updates the event instead of adding a second one. Its summary and the
rule in its description keep dates and numbered labels on one line (``docket.typography``);
the record's path and id keep ordinary spaces.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from icalendar import Calendar, Event

from docket.calendar_feed import PRODUCT_ID, deadline_alarm, feed_timestamp
from docket.corpus import Corpus
from docket.model.common import Language
from docket.remind.phrases import basis, what
from docket.remind.tasks import Task
from docket.typography import keep_together


def task_uid(task: Task, domain: str) -> str:
    return f"{task.subject}-{task.kind.value}@{domain}"


def tasks_calendar(
    corpus: Corpus,
    tasks: Iterable[Task],
    as_of: date,
    domain: str,
    name: str,
    lang: Language,
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    stamp = feed_timestamp(as_of)
    for task in tasks:
        if task.due is None:
            continue
        event = Event()
        event.add("uid", task_uid(task, domain))
        event.add("dtstamp", stamp)
        event.add("dtstart", task.due)
        if task.due < date.max:  # without DTEND an all-day event lasts its one day
            event.add("dtend", task.due + timedelta(days=1))
        summary = keep_together(what(corpus, task, lang))
        event.add("summary", summary)
        source = basis(task, lang)
        lines = [keep_together(source)] if source else []
        event.add("description", "\n".join([*lines, f"{task.path} ({task.subject})"]))
        event.add("transp", "TRANSPARENT")
        event.add("x-docket-path", task.path)
        event.add_component(deadline_alarm(summary))
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
