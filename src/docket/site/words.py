"""Every fixed word the site prints, in Danish and English.

The words of the documents (``docket.render.labels``) are used where the site says the same
thing; these are the site's own.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from docket.model.body import BodyType, Role
from docket.model.governing_document import VersionStatus
from docket.model.meeting import FollowUp, FollowUpStatus, Meeting, MeetingStatus, PendingStatus
from docket.render.audience import Audience
from docket.render.labels import FOLLOW_UP_STATUS, Lang, format_date, label
from docket.render.names import body_in_text

if TYPE_CHECKING:
    from docket.site.context import Site

_WORDS: dict[str, tuple[str, str]] = {
    # key: (Danish, English)
    "site_title": ("Styringsdokumenter og møder", "Governance record"),
    "skip": ("Gå til indholdet", "Skip to content"),
    "main_menu": ("Hovedmenu", "Main menu"),
    "home": ("Forside", "Home"),
    "search": ("Søg", "Search"),
    "search_intro": (
        "Søg i alt, hvad der er offentliggjort på dette websted.",
        "Search everything published on this site.",
    ),
    "search_noscript": (
        "Søgning kræver JavaScript. Alle sider kan findes via forsiden og registrene.",
        "Search needs JavaScript. Every page can be reached from the home page and the registers.",
    ),
    "feed": ("Atom-feed med nye beslutninger og møder", "Atom feed of new decisions and meetings"),
    "feed_title": ("{site}: beslutninger og møder", "{site}: decisions and meetings"),
    "open_data": ("Åbne data (OParl 1.1)", "Open data (OParl 1.1)"),
    "footer": (
        "Udgivet for målgruppen: {audience}. Opgjort pr. {date}. Lavet med docket.",
        "Published for the {audience} audience. As of {date}. Made with docket.",
    ),
    "intro": (
        "Organerne, deres møder, beslutninger og opfølgning, opgjort pr. {date}.",
        "The bodies, their meetings, decisions and follow-ups, as of {date}.",
    ),
    "bodies": ("Organer", "Bodies"),
    "next_meetings": ("Kommende møder", "Next meetings"),
    "open_follow_ups": ("Åbne opfølgningspunkter", "Open follow-ups"),
    "awaiting_input": ("Input, der afventer svar", "Input awaiting an answer"),
    "recent_decisions": ("Seneste beslutninger", "Recent decisions"),
    "none": ("Ingen.", "None."),
    "all_entries": ("Alle {n} poster", "All {n} entries"),
    "decisions": ("Beslutninger", "Decisions"),
    "follow_ups": ("Opfølgning", "Follow-ups"),
    "forwarded_register": ("Videreformidlet input", "Forwarded input"),
    "pending_register": ("Udestående beslutninger", "Pending decisions"),
    "decision": ("Beslutning", "Decision"),
    "follow_up": ("Opfølgningspunkt", "Follow-up"),
    "forward": ("Videreformidlet input", "Forwarded input"),
    "pending_decision": ("Udestående beslutning", "Pending decision"),
    "kind": ("Type", "Kind"),
    "type": ("Type", "Type"),
    "id": ("Id", "Id"),
    "body": ("Organ", "Body"),
    "date": ("Dato", "Date"),
    "place": ("Sted", "Place"),
    "status": ("Status", "Status"),
    "chair": ("Mødeleder", "Chair"),
    "secretary": ("Sekretær", "Secretary"),
    "source": ("Kilde", "Source"),
    "meeting": ("Møde", "Meeting"),
    "outcome": ("Udfald", "Outcome"),
    "owner": ("Ansvarlig", "Owner"),
    "due": ("Frist", "Due"),
    "note": ("Bemærkning", "Note"),
    "closed_in": ("Lukket på", "Closed at"),
    "forwarded_to": ("Videreformidlet til", "Forwarded to"),
    "via": ("Via", "Via"),
    "taken_up": ("Taget op", "Taken up"),
    "awaiting_answer": ("afventer svar", "awaiting an answer"),
    "awaiting_body": ("Afventer", "Awaiting"),
    "since": ("Siden", "Since"),
    "decided_by": ("Afgjort ved", "Decided by"),
    "overdue": ("overskredet", "overdue"),
    "briefing_pack": ("Mødemateriale", "Briefing pack"),
    "pack_pdf": ("Mødemateriale (PDF)", "Briefing pack (PDF)"),
    "pack_docx": ("Mødemateriale (Word)", "Briefing pack (Word)"),
    "items": ("Punkter", "Items"),
    "attendance": ("Fremmøde", "Attendance"),
    "no_items": ("Ingen punkter.", "No items."),
    "agenda_sent": ("Dagsorden udsendt", "Agenda sent"),
    "agenda_due": ("Dagsorden senest", "Agenda due"),
    "minutes_sent": ("Referat udsendt", "Minutes sent"),
    "minutes": ("Referat", "Minutes"),
    "minutes_approved": ("Referat godkendt", "Minutes approved"),
    "draft_minutes": ("Referatet er et udkast.", "The minutes are a draft."),
    "draft_comment_until": (
        "Referatet er et udkast; medlemmerne kan kommentere til og med {date}.",
        "The minutes are a draft; members may comment until {date}.",
    ),
    "reports_to": ("Refererer til", "Reports to"),
    "reporting_bodies": ("Organer, der refererer hertil", "Bodies reporting to it"),
    "established_by": ("Nedsat af", "Established by"),
    "secretariat": ("Sekretariat", "Secretariat"),
    "members": ("Medlemmer over tid", "Members over time"),
    "name": ("Navn", "Name"),
    "role": ("Rolle", "Role"),
    "represents": ("Repræsenterer", "Represents"),
    "from": ("Fra", "From"),
    "until": ("Til", "Until"),
    "version": ("Version {version}", "Version {version}"),
    "drafted": ("Udarbejdet", "Drafted"),
    "adopted": ("Vedtaget", "Adopted"),
    "at_meeting": ("på mødet", "at the meeting"),
    "in_force_from": ("I kraft fra", "In force from"),
    "based_on": ("Bygger på version", "Based on version"),
    "amendments_in_version": (
        "Ændringer i denne version (fra møderne)",
        "Changes in this version (from the meetings)",
    ),
    "text": ("Tekst", "Text"),
    "remarks": ("Bemærkninger", "Remarks"),
    "annual_plan": ("Årshjul", "Annual plan"),
    "record": ("(mødet)", "(the meeting)"),
    "planned_meetings": ("Planlagte møder", "Planned meetings"),
    "past_meetings": ("Afholdte møder", "Past meetings"),
    "memberships": ("Medlemskaber", "Memberships"),
    "items_presented": ("Punkter fremlagt", "Items presented"),
    "follow_ups_owned": ("Ansvarlig for opfølgning", "Follow-ups owned"),
    "filters": ("Filtre", "Filters"),
    "filter_body": ("Organ", "Body"),
    "filter_year": ("År", "Year"),
    "filter_status": ("Status", "Status"),
    "filter_owner": ("Ansvarlig", "Owner"),
    "page_n": ("Side {n}", "Page {n}"),
    "pages": ("Sider", "Pages"),
    "register_count": ("{n} poster opgjort pr. {date}.", "{n} entries as of {date}."),
    "param_day_count": ("Dage regnes som", "Days are counted as"),
    "param_agenda_notice_days": ("Dagsorden udsendes dage før", "Agenda notice (days)"),
    "param_draft_minutes_days": ("Referatudkast dage efter", "Draft minutes within (days)"),
    "param_minutes_comment_days": ("Kommentarfrist (dage)", "Comment period (days)"),
    "param_physical_meetings_per_year": ("Fysiske møder om året", "Physical meetings a year"),
    "param_physical_rotation": ("Fysiske møder på skift", "Physical meetings rotate"),
    "param_quorum": ("Beslutningsdygtig ved", "Quorum"),
    "param_quorum_share": ("Beslutningsdygtig ved andel", "Quorum share"),
    "param_decision_method": ("Beslutningsform", "Decision method"),
    "param_vice_chair_deputises": ("Næstformand leder i formandens fravær", "Vice-chair deputises"),
    "param_meetings_per_year": ("Møder om året", "Meetings a year"),
    "outcome_adopted": ("godkendt", "adopted"),
    "outcome_adopted-with-amendments": ("godkendt med ændringer", "adopted with amendments"),
    "outcome_rejected": ("afvist", "rejected"),
    "outcome_deferred": ("udsat", "deferred"),
    "outcome_noted": ("taget til efterretning", "noted"),
}

_ENUM_WORDS: dict[str, tuple[str, str]] = {
    "planned": ("planlagt", "planned"),
    "invited": ("indkaldt", "invited"),
    "held": ("afholdt", "held"),
    "minutes-draft": ("referatudkast", "draft minutes"),
    "minutes-approved": ("referat godkendt", "minutes approved"),
    "cancelled": ("aflyst", "cancelled"),
    "open": ("åben", "open"),
    "closed": ("lukket", "closed"),
    "decided": ("afgjort", "decided"),
    "withdrawn": ("trukket tilbage", "withdrawn"),
    "draft": ("udkast", "draft"),
    "adopted": ("vedtaget", "adopted"),
    "superseded": ("afløst", "superseded"),
    "chair": ("forperson", "chair"),
    "vice-chair": ("næstforperson", "vice-chair"),
    "member": ("medlem", "member"),
    "secretary": ("sekretær", "secretary"),
    "observer": ("observatør", "observer"),
    "board": ("bestyrelse", "board"),
    "council": ("råd", "council"),
    "steering-group": ("styregruppe", "steering group"),
    "working-group": ("arbejdsgruppe", "working group"),
    "committee": ("udvalg", "committee"),
}


def word(key: str, lang: Lang, **values: object) -> str:
    """The word ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    danish, english = _WORDS[key]
    template = danish if lang == Lang.DA else english
    return template.format(**values) if values else template


def _enum_word(value: str, lang: Lang) -> str:
    danish, english = _ENUM_WORDS[value]
    return danish if lang == Lang.DA else english


def meeting_status_word(status: MeetingStatus, lang: Lang) -> str:
    return _enum_word(status.value, lang)


def pending_status_word(status: PendingStatus, lang: Lang) -> str:
    return _enum_word(status.value, lang)


def version_status_word(status: VersionStatus, lang: Lang) -> str:
    return _enum_word(status.value, lang)


def role_word(role: Role, lang: Lang) -> str:
    return _enum_word(role.value, lang)


def body_type_word(kind: BodyType, lang: Lang) -> str:
    return _enum_word(kind.value, lang)


def audience_word(audience: Audience, lang: Lang) -> str:
    return label(f"audience_{audience.value}", lang)


def follow_up_state(follow_up: FollowUp, as_of: date, lang: Lang) -> str:
    """'åben', 'åben, overskredet', 'lukket 3. juni 2025', 'annulleret'."""
    state = FOLLOW_UP_STATUS[lang][follow_up.status]
    if follow_up.status == FollowUpStatus.OPEN and follow_up.due and follow_up.due < as_of:
        return f"{state}, {word('overdue', lang)}"
    if follow_up.status == FollowUpStatus.CLOSED and follow_up.closed_on:
        return label("closed_on", lang, date=format_date(follow_up.closed_on, lang))
    return state


def meeting_title(site: Site, meeting: Meeting) -> str:
    """ "Møde 1 i den tekniske arbejdsgruppe"."""
    lang = site.lang
    body = body_in_text(site.corpus, meeting.body, lang)
    if meeting.number is None:
        return label("meeting_unnumbered", lang, body=body)
    return label("meeting_of", lang, number=meeting.number, body=body)
