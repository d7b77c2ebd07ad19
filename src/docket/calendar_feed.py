"""An iCalendar feed (RFC 5545) of what lies ahead: planned meetings, their deadlines, milestones.

Members subscribe to the feed instead of copying dates by hand. Every event has a UID made from
the id of the record it comes from and the repository (``wg-2@ngc-1a2b3c4d.docket``,
``wg-2-agenda-deadline@ngc-1a2b3c4d.docket``), so a calendar that re-reads the feed updates the
event instead of adding a second one, and two repositories that both have a meeting ``board-1``
never collide. DTSTAMP comes from the given date, never the clock, so the same repository gives
the same file.

A timed meeting without an end time ends after the rules' ``meeting_duration_minutes`` (else
``DEFAULT_DURATION``); every deadline carries an alarm (VALARM) the morning before; the
calendar is named after the body; an audience leaves out meetings more confidential than it
may see, and of an agenda item it may not see keeps only the number ("2. Lukket punkt"), as
public minutes print it.

Descriptions are for people: they name meetings and documents by their titles (the rules of
procedure, the annual plan), never a file of the repository. An internal or confidential feed
also carries the record's file in ``X-DOCKET-PATH``, which calendar programs do not show and
the secretariat's tools can follow; a public feed carries no path at all (except in the URL
the publisher asks for with ``--base-url``).

SUMMARY and DESCRIPTION keep a date and a numbered label on one line with a no-break space
(``docket.typography``), as the documents and the site do; icalendar folds lines at 75 octets
without splitting the character's two bytes. UIDs, paths and URLs keep ordinary characters.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from docket.corpus import Corpus, Located
from docket.deadlines import meeting_deadlines
from docket.errors import DocketError, UsageError
from docket.model.common import Language
from docket.model.governing_document import DayCount, RulesVersion
from docket.model.meeting import Confidentiality, Meeting, MeetingStatus
from docket.render.audience import item_level, may_see
from docket.typography import keep_together
from docket.words import in_sentence, label, meeting_ref, meeting_title, sentence_case

TIMEZONE = ZoneInfo("Europe/Copenhagen")
UID_SUFFIX = "docket"
DEFAULT_DURATION = timedelta(hours=2)
"""How long a timed meeting lasts when neither its record nor the rules say."""
ALARM_BEFORE = timedelta(hours=15)
"""An all-day deadline's alarm: 09:00 the day before (its start is midnight)."""
PRODUCT_ID = "-//docket//governance calendar//DA"
UPCOMING = (MeetingStatus.PLANNED, MeetingStatus.INVITED)


class UnknownBody(DocketError):
    """The feed was asked for a body the repository does not have."""


@dataclass(frozen=True)
class FeedEvent:
    """One event before it becomes iCalendar: plain values, easy to test and sort."""

    uid: str
    day: date
    summary: str
    description: str
    path: str
    start: time | None = None
    end: time | None = None
    location: str | None = None
    status: str | None = None
    deadline: bool = False


def feed_timestamp(as_of: date | None, environ: Mapping[str, str] = os.environ) -> datetime:
    """DTSTAMP for every event: --as-of if given, else SOURCE_DATE_EPOCH, else today (UTC)."""
    if as_of is not None:
        return datetime.combine(as_of, time(0, 0), UTC)
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise UsageError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds") from None
    return datetime.combine(date.today(), time(0, 0), UTC)


def uid_domain(corpus: Corpus) -> str:
    """The part after '@' of every UID: the first secretariat (or body) id and a hash of the
    repository's organisations and bodies, so that two repositories' feeds do not collide while
    every clone of one repository gives the same ids."""
    bodies = sorted(corpus.bodies)
    identity = "\n".join(
        [*sorted(corpus.organisations), *(f"{b}={corpus.name_of(b)}" for b in bodies)]
    )
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:8]
    runners = sorted(s for b in bodies if (s := corpus.bodies[b].obj.secretariat))
    label_ = re.sub(r"[^a-z0-9-]+", "-", (runners or bodies or ["governance"])[0].lower())
    return f"{label_.strip('-') or 'governance'}-{digest}.{UID_SUFFIX}"


def deadline_alarm(summary: str) -> Alarm:
    """A display alarm the morning before an all-day deadline."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -ALARM_BEFORE)
    return alarm


def _meeting_name(corpus: Corpus, meeting: Meeting, lang: Language) -> str:
    """The event's title: "Møde 2 i den tekniske arbejdsgruppe" (its date is the event's)."""
    return meeting_title(in_sentence(corpus.name_of(meeting.body, lang)), meeting.number, lang)


def _meeting_in_text(corpus: Corpus, meeting: Meeting, lang: Language) -> str:
    """The meeting inside a deadline's title, whose own date is not the meeting's: "møde 2 i
    den tekniske arbejdsgruppe", or with the meeting's date when it has no number."""
    body = corpus.name_of(meeting.body, lang)
    if meeting.number is None:
        return meeting_ref(body, None, meeting.date, lang)
    name = meeting_title(in_sentence(body), meeting.number, lang)
    return name[:1].lower() + name[1:]


def _hhmm(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _place(meeting: Meeting) -> str | None:
    if meeting.place is None:
        return None
    parts = [meeting.place.address, meeting.place.platform]
    return ", ".join(p for p in parts if p) or None


def _source_line(document: str, lang: Language) -> str:
    """Where an event comes from, in the reader's words: a document's title, never a file."""
    return f"{label('calendar_record', lang)}: {document}"


def _meeting_description(
    corpus: Corpus, located: Located[Meeting], lang: Language, audience: Confidentiality
) -> str:
    meeting = located.obj
    lines = [_meeting_name(corpus, meeting, lang)]
    place = _place(meeting)
    if place:
        lines.append(f"{label('place', lang)}: {place}")
    if meeting.items:
        closed = sentence_case(label("closed_item", lang))
        lines += ["", f"{label('agenda', lang)}:"]
        lines += [
            f"{item.number}. {item.title}"
            if may_see(audience, item_level(meeting, item))
            else f"{item.number}. {closed}"  # as public minutes print it: the number alone
            for item in meeting.items
        ]
    return "\n".join(lines)


def _rule_text(version: RulesVersion, rules: str, lang: Language, rule: str, days: int) -> str:
    working = version.parameters.day_count == DayCount.WORKING
    unit = label("working_days" if working else "calendar_days", lang)
    lead = label("calendar_rules", lang, rules=rules, version=version.version)
    return f"{lead}: {label(f'calendar_{rule}', lang, days=days, unit=unit)}"


def _rules_title(corpus: Corpus, body: str, version: RulesVersion, lang: Language) -> str:
    """The title of the rules of procedure that ``version`` belongs to, as readers know it."""
    for located in corpus.rules:
        if located.obj.body == body and version in located.obj.versions:
            return located.obj.title.get(lang)
    return ""


def _deadline_events(
    corpus: Corpus, located: Located[Meeting], lang: Language, domain: str
) -> Iterator[FeedEvent]:
    """The rules' deadlines around a meeting; one already met (agenda sent, ...) is left out."""
    meeting = located.obj
    version = corpus.rules_in_force(meeting.body, meeting.date)
    if version is None:
        return
    params = version.parameters
    rules = _rules_title(corpus, meeting.body, version, lang)
    deadlines = meeting_deadlines(meeting.date, params, meeting.minutes_sent)
    name = _meeting_in_text(corpus, meeting, lang)
    for key, day, days, done in (
        ("agenda", deadlines.agenda_by, params.agenda_notice_days, meeting.agenda_sent),
        ("minutes", deadlines.minutes_by, params.draft_minutes_days, meeting.minutes_sent),
        ("comments", deadlines.comments_until, params.minutes_comment_days, None),
    ):
        if day is None or days is None or done is not None:
            continue
        yield FeedEvent(
            uid=f"{meeting.id}-{key}-deadline@{domain}",
            day=day,
            summary=label(f"calendar_{key}", lang, meeting=name),
            description=f"{_rule_text(version, rules, lang, key + '_rule', days)}\n\n"
            f"{sentence_case(name)}",
            path=located.path,
            deadline=True,
        )


def _end(corpus: Corpus, meeting: Meeting) -> time | None:
    """The meeting's end: as recorded, else its start plus the rules' or the default duration
    (never past midnight)."""
    start, end = _hhmm(meeting.start), _hhmm(meeting.end)
    if start is None or (end is not None and end > start):
        return end
    rules = corpus.rules_in_force(meeting.body, meeting.date)
    minutes = rules.parameters.meeting_duration_minutes if rules else None
    duration = timedelta(minutes=minutes) if minutes else DEFAULT_DURATION
    finish = datetime.combine(meeting.date, start) + duration
    return finish.time() if finish.date() == meeting.date else time(23, 59)


def _meeting_events(
    corpus: Corpus, located: Located[Meeting], domain: str, audience: Confidentiality
) -> Iterator[FeedEvent]:
    meeting = located.obj
    lang = corpus.language_of(meeting.body)
    cancelled = meeting.status == MeetingStatus.CANCELLED
    summary = _meeting_name(corpus, meeting, lang)
    yield FeedEvent(
        uid=f"{meeting.id}@{domain}",
        day=meeting.date,
        summary=f"{label('calendar_cancelled', lang)}: {summary}" if cancelled else summary,
        description=_meeting_description(corpus, located, lang, audience),
        path=located.path,
        start=_hhmm(meeting.start),
        end=_end(corpus, meeting),
        location=_place(meeting),
        status="CANCELLED" if cancelled else "CONFIRMED",
    )
    if not cancelled:
        yield from _deadline_events(corpus, located, lang, domain)


def _plan_events(corpus: Corpus, bodies: set[str], domain: str) -> Iterator[FeedEvent]:
    recorded = {(m.obj.body, m.obj.date) for m in corpus.meetings.values()}
    for located in corpus.annual_plans:
        plan = located.obj
        if plan.status.value == "superseded":
            continue
        for planned in plan.meetings:
            if (
                planned.body not in bodies
                or planned.meeting
                or (planned.body, planned.date) in recorded
            ):
                continue
            lang = corpus.language_of(planned.body)
            yield FeedEvent(
                uid=f"{plan.id}-{planned.body}-{planned.date.isoformat()}@{domain}",
                day=planned.date,
                summary=label("calendar_planned", lang, body=corpus.name_of(planned.body, lang)),
                description="\n\n".join(
                    p for p in (planned.note, _source_line(plan.title.get(lang), lang)) if p
                ),
                path=located.path,
                status="TENTATIVE",
            )
        for milestone in plan.milestones:
            if milestone.date is None or milestone.body not in bodies:
                continue
            lang = corpus.language_of(milestone.body)
            yield FeedEvent(
                uid=f"{milestone.id}@{domain}",
                day=milestone.date,
                summary=label("calendar_milestone", lang, title=milestone.title.get(lang)),
                description="\n\n".join(
                    p for p in (milestone.note, _source_line(plan.title.get(lang), lang)) if p
                ),
                path=located.path,
                deadline=True,
            )


def feed_events(
    corpus: Corpus,
    body: str | None = None,
    audience: Confidentiality = Confidentiality.CONFIDENTIAL,
) -> list[FeedEvent]:
    """Upcoming meetings (records not yet held), their deadlines, and dated plan entries, for
    ``audience``: a meeting more confidential than it may see is left out with its deadlines."""
    if body is not None and body not in corpus.bodies:
        known = ", ".join(sorted(corpus.bodies)) or "none"
        raise UnknownBody(f"no body has the id '{body}' (bodies: {known})")
    bodies = {body} if body is not None else set(corpus.bodies)
    domain = uid_domain(corpus)
    events: list[FeedEvent] = []
    for located in corpus.meetings.values():
        meeting = located.obj
        if not may_see(audience, meeting.confidentiality):
            continue
        if meeting.body in bodies and meeting.status in (*UPCOMING, MeetingStatus.CANCELLED):
            events.extend(_meeting_events(corpus, located, domain, audience))
    events.extend(_plan_events(corpus, bodies, domain))
    return sorted(events, key=lambda e: (e.day, e.start or time(0), e.uid))


def _to_ical(
    event: FeedEvent, stamp: datetime, base_url: str | None, audience: Confidentiality
) -> Event:
    ical = Event()
    ical.add("uid", event.uid)
    ical.add("dtstamp", stamp)
    if event.start is None:
        ical.add("dtstart", event.day)
        if event.day < date.max:  # without DTEND an all-day event lasts its one day
            ical.add("dtend", event.day + timedelta(days=1))
    else:
        ical.add("dtstart", datetime.combine(event.day, event.start, TIMEZONE))
        if event.end is not None and event.end > event.start:
            ical.add("dtend", datetime.combine(event.day, event.end, TIMEZONE))
    summary = keep_together(event.summary)
    ical.add("summary", summary)
    ical.add("description", keep_together(event.description))
    if event.location:
        ical.add("location", event.location)
    if event.status:
        ical.add("status", event.status)
    ical.add("transp", "OPAQUE" if event.start is not None else "TRANSPARENT")
    if audience != Confidentiality.PUBLIC:
        ical.add("x-docket-path", event.path)
    if base_url:
        ical.add("url", base_url.rstrip("/") + "/" + event.path)
    if event.deadline:
        ical.add_component(deadline_alarm(summary))
    return ical


def calendar_name(corpus: Corpus, body: str | None) -> str:
    """The body's name; for the whole repository, the names of its bodies that report to none
    (joined by ' · '), or 'docket' for a repository without bodies."""
    if body is not None:
        return corpus.name_of(body, corpus.language_of(body))
    tops = sorted(b for b, located in corpus.bodies.items() if located.obj.reports_to is None)
    names = [corpus.name_of(b, corpus.language_of(b)) for b in tops or sorted(corpus.bodies)]
    return " · ".join(names) if names else "docket"


def build_calendar(
    corpus: Corpus,
    stamp: datetime,
    body: str | None = None,
    base_url: str | None = None,
    audience: Confidentiality = Confidentiality.CONFIDENTIAL,
) -> bytes:
    """The feed as RFC 5545 bytes (CRLF line ends, UTF-8)."""
    events = feed_events(corpus, body, audience)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name(corpus, body))
    calendar.add("x-wr-timezone", TIMEZONE.key)
    for event in events:
        calendar.add_component(_to_ical(event, stamp, base_url, audience))
    timed = [e.day for e in events if e.start is not None]
    if timed:  # icalendar's transitions overflow in the year 9999: stop the zone a year short
        calendar.add_missing_timezones(
            first_date=date(max(min(timed).year - 1, date.min.year), 1, 1),
            last_date=date(min(max(timed).year + 1, date.max.year - 1), 12, 31),
        )
    data: bytes = calendar.to_ical()
    return data
