"""The sentences a reminder prints, built from the ``remind_`` words of ``docket.words``."""

from __future__ import annotations

from datetime import date

from docket.corpus import Corpus
from docket.deadlines import working_days_between
from docket.model.common import Language
from docket.model.governing_document import DayCount
from docket.remind.tasks import DeadlineBasis, Task, TaskKind
from docket.render import freetext
from docket.render.names import body_in_text
from docket.words import format_date, label

TEXT_LIMIT = 200
"""Longer free text is cut (with an ellipsis) in a one-line reminder; the record has it all."""


def word(key: str, lang: Language, **values: object) -> str:
    """The remind label ``key`` (a task kind, an actor role or a word) from ``docket.words``."""
    return label(f"remind_{key}", lang, **values)


def day(value: date, lang: Language) -> str:
    return format_date(value, lang)


def days(count: int, day_count: DayCount, lang: Language) -> str:
    working = day_count == DayCount.WORKING
    key = ("working_day" if working else "calendar_day") + ("" if count == 1 else "s")
    return f"{count} {word(key, lang)}"


def meeting_name(corpus: Corpus, meeting_id: str, lang: Language) -> str:
    located = corpus.meetings.get(meeting_id)
    if located is None:
        return meeting_id
    meeting = located.obj
    body = body_in_text(corpus, meeting.body, lang)
    when = day(meeting.date, lang)
    if meeting.number is None:
        return word("meeting_unnumbered", lang, body=body, date=when)
    return word("meeting", lang, number=meeting.number, body=body, date=when)


def short_text(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_LIMIT else flat[: TEXT_LIMIT - 1].rstrip() + "…"


def _text_lines(text: str) -> list[tuple[bool, str]]:
    return freetext.lines(text) or [(False, text)]


def text_head(text: str) -> str:
    """The first paragraph (or item) of a task's text: what the one-line sentence quotes."""
    return short_text(_text_lines(text)[0][1])


def text_rest(task: Task) -> list[tuple[bool, str]]:
    """The rest of a task's text, line by line: ``(True, item)`` for each bullet item of
    forwarded input, so that a list stays a list under the sentence."""
    return [(bullet, short_text(part)) for bullet, part in _text_lines(task.text)[1:]]


def what(corpus: Corpus, task: Task, lang: Language) -> str:
    """The task as one sentence: 'Send the agenda for meeting 1 of the board (7 May 2025)'."""
    return word(
        task.kind.value,
        lang,
        meeting=meeting_name(corpus, task.meeting or "", lang),
        text=text_head(task.text),
        body=body_in_text(corpus, task.body, lang),
    )


def when(task: Task, as_of: date, lang: Language) -> str:
    """The deadline and how far it is, in working days."""
    if task.due is None:
        return word("no_deadline", lang)
    left = working_days_between(as_of, task.due, task.closed)
    if task.due == as_of:
        return word("today", lang, date=day(task.due, lang))
    if task.due < as_of:
        late = max(1, -left)  # at least one, also when judged on a weekend
        return word(
            "overdue", lang, date=day(task.due, lang), days=days(late, DayCount.WORKING, lang)
        )
    return word("ahead", lang, date=day(task.due, lang), days=days(left, DayCount.WORKING, lang))


def rule_text(rule: DeadlineBasis, lang: Language) -> str:
    return word(
        "rule",
        lang,
        rules=rule.rules_id,
        version=rule.version,
        days=days(rule.days, rule.count, lang),
    )


def basis(task: Task, lang: Language) -> str | None:
    """Where the deadline comes from: the rule, or, for an agenda the rules give no notice
    period for, the meeting day itself."""
    if task.rule is not None:
        return rule_text(task.rule, lang)
    if task.kind == TaskKind.AGENDA:
        return word("no_notice_rule", lang)
    return None


def line(corpus: Corpus, task: Task, as_of: date, lang: Language) -> str:
    """'<deadline>: <what> (<rule>)'."""
    text = f"{when(task, as_of, lang)}: {what(corpus, task, lang)}"
    source = basis(task, lang)
    return f"{text} ({source})" if source else text
