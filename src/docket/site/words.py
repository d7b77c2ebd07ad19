"""The site's words, composed: statuses, roles and meeting titles. The words themselves live in
``docket.words`` (keys ``site_*`` and ``state_*``) with every other word docket prints."""

from __future__ import annotations

from datetime import date

from docket.model.body import BodyType, Role
from docket.model.common import Language
from docket.model.governing_document import VersionStatus
from docket.model.meeting import FollowUp, FollowUpStatus, MeetingStatus, PendingStatus
from docket.render.audience import Audience
from docket.words import FOLLOW_UP_STATUS, format_date, has_label, label


def word(key: str, lang: Language, **values: object) -> str:
    """The site's own word ``site_<key>`` in ``docket.words``, or, where the site says what
    the documents say, their word ``key``."""
    own = f"site_{key}"
    return label(own if has_label(own) else key, lang, **values)


def _enum_word(value: str, lang: Language) -> str:
    return label(f"state_{value}", lang)


def meeting_status_word(status: MeetingStatus, lang: Language) -> str:
    return _enum_word(status.value, lang)


def pending_status_word(status: PendingStatus, lang: Language) -> str:
    return _enum_word(status.value, lang)


def version_status_word(status: VersionStatus, lang: Language) -> str:
    return _enum_word(status.value, lang)


def role_word(role: Role, lang: Language) -> str:
    return _enum_word(role.value, lang)


def body_type_word(kind: BodyType, lang: Language) -> str:
    return _enum_word(kind.value, lang)


def audience_word(audience: Audience, lang: Language) -> str:
    return label(f"audience_{audience.value}", lang)


def follow_up_state(follow_up: FollowUp, as_of: date, lang: Language) -> str:
    """'åben', 'åben, overskredet', 'lukket 3. juni 2025', 'annulleret'."""
    state = FOLLOW_UP_STATUS[lang][follow_up.status]
    if follow_up.status == FollowUpStatus.OPEN and follow_up.due and follow_up.due < as_of:
        return f"{state}, {word('overdue', lang)}"
    if follow_up.status == FollowUpStatus.CLOSED and follow_up.closed_on:
        return label("closed_on", lang, date=format_date(follow_up.closed_on, lang))
    return state
