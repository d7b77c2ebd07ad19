"""The documents docket makes, each from the corpus to a pandoc document in one call."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from docket.corpus import Corpus
from docket.findings import Finding
from docket.model.common import Language
from docket.model.meeting import Meeting
from docket.render.audience import Audience
from docket.render.build_brief import build_brief
from docket.render.build_meeting import build_meeting_report
from docket.render.build_registers import decision_register, follow_up_register
from docket.render.layout_brief import brief_document
from docket.render.layout_meeting import meeting_document
from docket.render.layout_registers import register_document
from docket.render.pandoc_ast import Document
from docket.render.report import (
    BriefReport,
    MeetingDocument,
    MeetingReport,
    Register,
    RegisterKind,
)


def meeting_model(
    corpus: Corpus,
    meeting: Meeting,
    kind: MeetingDocument,
    lang: Language | None = None,
    audience: Audience = Audience.INTERNAL,
    with_attachments: bool = False,
) -> MeetingReport:
    """The minutes or agenda of ``meeting``; ``lang`` defaults to the body's language."""
    chosen = lang or corpus.language_of(meeting.body)
    return build_meeting_report(corpus, meeting, kind, chosen, audience, with_attachments)


def meeting_doc(
    corpus: Corpus,
    meeting: Meeting,
    kind: MeetingDocument,
    lang: Language | None = None,
    audience: Audience = Audience.INTERNAL,
) -> Document:
    return meeting_document(meeting_model(corpus, meeting, kind, lang, audience))


def brief_model(
    corpus: Corpus,
    meeting: Meeting,
    as_of: date,
    findings: Sequence[Finding],
    lang: Language | None = None,
    audience: Audience = Audience.INTERNAL,
    appendix: bool = False,
) -> BriefReport:
    """The briefing pack for ``meeting`` as of ``as_of``, with its attachments read;
    ``findings`` are the checks' findings on ``corpus`` as of ``as_of``."""
    chosen = lang or corpus.language_of(meeting.body)
    return build_brief(corpus, meeting, as_of, findings, chosen, audience, appendix=appendix)


def brief_doc(
    corpus: Corpus,
    meeting: Meeting,
    as_of: date,
    findings: Sequence[Finding],
    lang: Language | None = None,
    audience: Audience = Audience.INTERNAL,
    appendix: bool = False,
) -> Document:
    return brief_document(brief_model(corpus, meeting, as_of, findings, lang, audience, appendix))


def register_model(
    corpus: Corpus,
    kind: RegisterKind,
    as_of: date,
    lang: Language,
    audience: Audience = Audience.INTERNAL,
    body: str | None = None,
    status: str | None = None,
    owner: str | None = None,
) -> Register:
    if kind == RegisterKind.DECISIONS:
        return decision_register(corpus, lang, audience, as_of, body, status)
    return follow_up_register(corpus, lang, audience, as_of, body, status, owner)


def register_doc(model: Register) -> Document:
    return register_document(model)
