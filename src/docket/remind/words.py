"""Every word a reminder prints, in Danish and English, and the phrases built from them."""

from __future__ import annotations

from datetime import date

from docket.corpus import Corpus
from docket.model.common import Language
from docket.model.governing_document import DayCount
from docket.remind.tasks import ActorRole, Rule, Task, TaskKind, working_days_between
from docket.render.labels import Lang, format_date
from docket.render.names import body_in_text

_WORDS: dict[str, tuple[str, str]] = {
    TaskKind.AGENDA: ("Send dagsordenen til {meeting}", "Send the agenda for {meeting}"),
    TaskKind.MINUTES: (
        "Send udkast til referat af {meeting}",
        "Send the draft minutes of {meeting}",
    ),
    TaskKind.COMMENTS: (
        "Kommentarfristen for referatet af {meeting} udløber",
        "The comment period on the minutes of {meeting} ends",
    ),
    TaskKind.APPROVAL: ("Godkend referatet af {meeting}", "Approve the minutes of {meeting}"),
    TaskKind.FOLLOW_UP: ("Opfølgning fra {meeting}: {text}", "Follow-up from {meeting}: {text}"),
    TaskKind.INPUT: (
        "Behandl input fra {meeting}: {text}",
        "Take up the input from {meeting}: {text}",
    ),
    TaskKind.PENDING: (
        "Træf beslutningen, som {body} afventer: {text}",
        "Take the decision {body} awaits: {text}",
    ),
    TaskKind.MILESTONE: ("Årshjul: {text}", "Annual plan: {text}"),
    "meeting": ("møde {number} i {body} ({date})", "meeting {number} of {body} ({date})"),
    "meeting_unnumbered": ("mødet i {body} {date}", "the meeting of {body} on {date}"),
    "no_deadline": ("ingen frist", "no deadline"),
    "overdue": ("frist {date}, overskredet med {days}", "due {date}, {days} overdue"),
    "today": ("frist i dag, {date}", "due today, {date}"),
    "ahead": ("frist {date}, om {days}", "due {date}, in {days}"),
    "working_day": ("arbejdsdag", "working day"),
    "working_days": ("arbejdsdage", "working days"),
    "calendar_day": ("dag", "day"),
    "calendar_days": ("dage", "days"),
    "rule": ("{rules} version {version}: {days}", "{rules} version {version}: {days}"),
    ActorRole.SECRETARIAT: ("sekretariat", "secretariat"),
    ActorRole.OWNER: ("opfølgningsansvarlig", "follow-up owner"),
    ActorRole.BODY: ("organ", "body"),
    "title": (
        "Påmindelser pr. {date}: frister til og med {horizon}",
        "Reminders as of {date}: deadlines up to {horizon}",
    ),
    "nothing": ("Intet at gøre.", "Nothing to do."),
    "source": ("Kilde", "Record"),
    "subject": (
        "Påmindelser pr. {date}: {count} opgave(r)",
        "Reminders as of {date}: {count} task(s)",
    ),
    "greeting": ("Kære {name}", "Dear {name}"),
    "intro": (
        "Her er, hvad der skal gøres ifølge optegnelserne for {body}.",
        "This is what the record of {body} says is to be done.",
    ),
    "attachment_note": (
        "Fristerne er vedhæftet som kalenderfil (frister.ics).",
        "The deadlines are attached as a calendar file (deadlines.ics).",
    ),
    "ics_name": ("frister.ics", "deadlines.ics"),
    "ics_calendar": ("Frister for {name}", "Deadlines for {name}"),
    "issue_title": ("Påmindelser: {name}", "Reminders: {name}"),
    "issue_closed": (
        "Intet udestår pr. {date}; sagen lukkes af docket remind.",
        "Nothing is due as of {date}; closed by docket remind.",
    ),
}

TEXT_LIMIT = 200
"""Longer free text is cut (with an ellipsis) in a one-line reminder; the record has it all."""


def word(key: str, lang: Language, **values: object) -> str:
    danish, english = _WORDS[key]
    template = danish if lang == Language.DA else english
    return template.format(**values) if values else template


def _lang(lang: Language) -> Lang:
    return Lang(lang.value)


def day(value: date, lang: Language) -> str:
    return format_date(value, _lang(lang))


def days(count: int, day_count: DayCount, lang: Language) -> str:
    working = day_count == DayCount.WORKING
    key = ("working_day" if working else "calendar_day") + ("" if count == 1 else "s")
    return f"{count} {word(key, lang)}"


def meeting_name(corpus: Corpus, meeting_id: str, lang: Language) -> str:
    located = corpus.meetings.get(meeting_id)
    if located is None:
        return meeting_id
    meeting = located.obj
    body = body_in_text(corpus, meeting.body, _lang(lang))
    when = day(meeting.date, lang)
    if meeting.number is None:
        return word("meeting_unnumbered", lang, body=body, date=when)
    return word("meeting", lang, number=meeting.number, body=body, date=when)


def short_text(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_LIMIT else flat[: TEXT_LIMIT - 1].rstrip() + "…"


def what(corpus: Corpus, task: Task, lang: Language) -> str:
    """The task as one sentence: 'Send the agenda for meeting 1 of the board (7 May 2025)'."""
    return word(
        task.kind,
        lang,
        meeting=meeting_name(corpus, task.meeting or "", lang),
        text=short_text(task.text),
        body=body_in_text(corpus, task.body, _lang(lang)),
    )


def when(task: Task, as_of: date, lang: Language) -> str:
    """The deadline and how far it is, in working days."""
    if task.due is None:
        return word("no_deadline", lang)
    left = working_days_between(as_of, task.due)
    if task.due == as_of:
        return word("today", lang, date=day(task.due, lang))
    if task.due < as_of:
        late = max(1, -left)  # at least one, also when judged on a weekend
        return word(
            "overdue", lang, date=day(task.due, lang), days=days(late, DayCount.WORKING, lang)
        )
    return word("ahead", lang, date=day(task.due, lang), days=days(left, DayCount.WORKING, lang))


def rule_text(rule: Rule, lang: Language) -> str:
    return word(
        "rule",
        lang,
        rules=rule.rules_id,
        version=rule.version,
        days=days(rule.days, rule.count, lang),
    )


def line(corpus: Corpus, task: Task, as_of: date, lang: Language) -> str:
    """'<deadline>: <what> (<rule>)'."""
    text = f"{when(task, as_of, lang)}: {what(corpus, task, lang)}"
    return f"{text} ({rule_text(task.rule, lang)})" if task.rule else text
