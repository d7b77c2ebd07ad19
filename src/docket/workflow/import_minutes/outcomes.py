"""Outcomes that minutes state in plain sentences rather than under a label.

Many minutes have no 'Beslutning' heading: 'Referatet godkendt', 'Det blev besluttet at ...',
'Bestyrelsen har besluttet at ...'. Follow-ups ('NGC følger op', 'Action: the clerk to ...'),
input sent on ('sendes videre til bestyrelsen') and deferrals ('udsættes til næste møde') are
found the same way. Only sentences that say so in so many words count (the patterns in
``labels``); the importer lists each one for a person to confirm.
"""

from __future__ import annotations

import re

from docket.model.meeting import ItemKind
from docket.workflow.import_minutes import labels
from docket.workflow.import_minutes.absences import sentences


def _sentences_of(text: str) -> list[str]:
    found: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip().removeprefix("- ").strip()
        found.extend(s for s in sentences(paragraph) if s)
    return found


_LABELLED = re.compile(r"(?:^|\s)(?P<text>[A-ZÆØÅ]\w{2,}(?:\s\w+){0,2}:\s+\S.*)$")
"""'... 2017 RESOLUTION: That ...': a labelled paragraph (from its label on)."""


def decision_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that state a decision, each with the labelled paragraph
    just before it ('RESOLUTION: That the minutes be confirmed.' before 'MOVED: ... CARRIED')
    and the quoted resolution just after it ('AND AGREED' / '"To confirm the Minutes ..."')."""
    found: list[str] = []
    said = _sentences_of(text)
    for index, sentence in enumerate(said):
        if labels.DECISION_SENTENCE.search(sentence) is None:
            continue
        labelled = _LABELLED.search(said[index - 1]) if index else None
        if labelled is not None and (not found or found[-1] != said[index - 1]):
            found.append(labelled["text"])
        found.append(sentence)
        following = said[index + 1] if index + 1 < len(said) else ""
        quoted = bool(following) and following[0] in _QUOTES
        if quoted and labels.DECISION_SENTENCE.search(following) is None:
            found.append(following)  # 'AND AGREED' / '“That a vote of sympathy be ...”'
    return found


_QUOTES = "\"\u201c\u201d\u201e'\u2018\u2019\u00ab\u00bb"
"""A resolution quoted after the motion's record starts with one of these."""


def follow_up_sentences(text: str) -> list[str]:
    """The sentences that give someone a task. An action mark ('LM Action.') joins the
    sentence before it, unless that sentence already gave LM the task."""
    found: list[str] = []
    said = _sentences_of(text)
    for index, sentence in enumerate(said):
        mark = labels.ACTION_MARK.match(sentence)
        if mark is not None and index:
            before = said[index - 1]
            if found and found[-1] == before and follow_up_owner(before) == mark["owner"]:
                continue
            found.append(f"{before} {mark.group()}")
        elif labels.FOLLOW_UP_SENTENCE.search(sentence) or labels.ASSIGNED_TASK.match(sentence):
            found.append(sentence)
    return found


def follow_up_owner(sentence: str) -> str | None:
    """The owner a follow-up's sentence names ('NGC følger op på ...' -> 'NGC', 'Action:
    Jane Smith to circulate ...' -> 'Jane Smith', 'Clerk to report ...' -> 'Clerk', '...
    LM Action.' -> 'LM'), as written; None when it names none."""
    mark = labels.ACTION_MARK.match(sentence.rsplit(". ", 1)[-1].strip())
    if mark is not None:
        return mark["owner"]
    for pattern in (*labels.FOLLOW_UP_OWNER, labels.ASSIGNED_TASK):
        match = pattern.search(sentence.strip())
        if match:
            return re.sub(r"\s+(?:og|and|&)$", "", match["owner"].strip(" .,")) or None
    return None


def forward_sentences(text: str) -> list[tuple[str, str]]:
    """(sentence, the body it names as receiver) for input sent on."""
    found: list[tuple[str, str]] = []
    for sentence in _sentences_of(text):
        match = labels.FORWARD_SENTENCE.search(sentence)
        if match:
            found.append((sentence, match["to"].strip()))
    return found


def is_deferred(text: str) -> bool:
    return labels.DEFER_SENTENCE.search(text) is not None and not re.search(
        r"\b(?:sag|punkt|item)\s+(?:nr\.?\s*)?\d", text, re.I
    )


_DECIDED = re.compile(
    r"\b(?:besluttede|besluttet|beslutter|vedtog|vedtaget|godkendte|godkendt|godkendes|"
    r"tiltrådte|tiltrådt|resolved|approved|adopted|agreed to|carried)\b",
    re.I,
)
_NOTED = re.compile(
    r"\b(?:noted|received the report|til efterretning|tog orienteringen|orienteringen blev "
    r"taget|blev orienteret)\b",
    re.I,
)


def kind_from_wording(decision: str) -> tuple[ItemKind, str] | None:
    """The item's kind as the words of its decision state it, and the words: 'Bestyrelsen
    godkendte ...', 'RESOLVED that ...' (a decision); 'The report was noted', 'Taget til
    efterretning' (information). None when they say neither, or both ('noted and approved'):
    the kind is then not guessed."""
    decided, noted = _DECIDED.search(decision), _NOTED.search(decision)
    if decided is not None and noted is None:
        return ItemKind.DECISION, decided.group()
    if noted is not None and decided is None:
        return ItemKind.INFORMATION, noted.group()
    return None
