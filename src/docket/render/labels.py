"""Every fixed word the documents print, in Danish and English, and how dates and times read.

A Danish reader expects "24. april 2025" and "kl. 14.30"; an English one "24 April 2025" and
"14:30". Item kinds are marked (B)/(D)/(O) in Danish and (D)/(Di)/(I) in English.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from docket.model.meeting import DecisionOutcome, FollowUpStatus, ItemKind


class Lang(StrEnum):
    DA = "da"
    EN = "en"


_MONTHS: dict[Lang, tuple[str, ...]] = {
    Lang.DA: (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    Lang.EN: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

KIND_MARK: dict[Lang, dict[ItemKind, str]] = {
    Lang.DA: {ItemKind.DECISION: "B", ItemKind.DISCUSSION: "D", ItemKind.INFORMATION: "O"},
    Lang.EN: {ItemKind.DECISION: "D", ItemKind.DISCUSSION: "Di", ItemKind.INFORMATION: "I"},
}

DASH = "\N{EN DASH}"
"""Between the kind mark and its meaning, and in time spans ("14.30-16.00" with an en dash)."""

KIND_LEGEND = {
    Lang.DA: f"(B) {DASH} beslutning; (D) {DASH} drøftelse; (O) {DASH} orientering.",
    Lang.EN: f"(D) {DASH} decision; (Di) {DASH} discussion; (I) {DASH} information.",
}

OUTCOME: dict[Lang, dict[DecisionOutcome, str]] = {
    Lang.DA: {
        DecisionOutcome.ADOPTED: "godkendt",
        DecisionOutcome.ADOPTED_WITH_AMENDMENTS: "godkendt med ændringer",
        DecisionOutcome.REJECTED: "afvist",
        DecisionOutcome.DEFERRED: "udsat",
        DecisionOutcome.NOTED: "taget til efterretning",
    },
    Lang.EN: {
        DecisionOutcome.ADOPTED: "adopted",
        DecisionOutcome.ADOPTED_WITH_AMENDMENTS: "adopted with amendments",
        DecisionOutcome.REJECTED: "rejected",
        DecisionOutcome.DEFERRED: "deferred",
        DecisionOutcome.NOTED: "noted",
    },
}

FOLLOW_UP_STATUS: dict[Lang, dict[FollowUpStatus, str]] = {
    Lang.DA: {
        FollowUpStatus.OPEN: "åben",
        FollowUpStatus.CLOSED: "lukket",
        FollowUpStatus.CANCELLED: "annulleret",
    },
    Lang.EN: {
        FollowUpStatus.OPEN: "open",
        FollowUpStatus.CLOSED: "closed",
        FollowUpStatus.CANCELLED: "cancelled",
    },
}

_LABELS: dict[str, tuple[str, str]] = {
    # key: (Danish, English)
    "minutes": ("Referat", "Minutes"),
    "agenda": ("Dagsorden", "Agenda"),
    "meeting_of": ("Møde {number} i {body}", "Meeting {number} of {body}"),
    "meeting_unnumbered": ("Møde i {body}", "Meeting of {body}"),
    "date": ("Dato", "Date"),
    "place": ("Sted", "Place"),
    "chair": ("Mødeleder", "Chair"),
    "secretary": ("Sekretær", "Secretary"),
    "time": ("Tid", "Time"),
    "item": ("Punkt", "Item"),
    "approx_time": ("Ca. tid", "Approx. time"),
    "activity": ("Aktivitet", "Activity"),
    "item_heading": ("Pkt.", "Item"),
    "by": ("v/", "by "),
    "and": ("og", "and"),
    "participants": ("Deltagere", "Participants"),
    "invited": ("Inviterede", "Invited"),
    "absent": ("Afbud", "Apologies"),
    "guests": ("Gæster", "Guests"),
    "secretary_for": ("sekretær for", "secretary to"),
    "only_items": ("deltog i pkt.", "attended item"),
    "recommendation": ("Indstilling", "Recommendation"),
    "item_minutes": ("Referat", "Minutes"),
    "background": ("Problemstilling", "Background"),
    "proposed_solution": ("Løsning", "Proposed solution"),
    "next_steps": ("Videre proces", "Next steps"),
    "decisions": ("Beslutninger", "Decisions"),
    "follow_ups": ("Opfølgning", "Follow-up"),
    "forwarded": ("Videreformidlet til", "Forwarded to"),
    "pending": ("Udestående beslutninger", "Pending decisions"),
    "topics": ("Forslag til kommende møder", "Topics for future meetings"),
    "amendments": ("Ændringsforslag", "Amendments"),
    "attachments": ("Bilag", "Attachments"),
    "attachment": ("Bilag", "Attachment"),
    "owner": ("Ansvarlig", "Owner"),
    "due": ("Frist", "Due"),
    "no_owner": ("ingen ansvarlig", "no owner"),
    "no_due": ("ingen frist", "no due date"),
    "via": ("via", "via"),
    "to_body": ("til", "for"),
    "next_meeting": (
        "Næste ordinære møde holdes den {date}.",
        "The next ordinary meeting will be held on {date}.",
    ),
    "next_meeting_extra": (
        "Næste ekstraordinære møde holdes den {date}.",
        "The next extraordinary meeting will be held on {date}.",
    ),
    "deadlines": ("Frister", "Deadlines"),
    "agenda_by": (
        "Dagsordenen udsendes senest {date}.",
        "The agenda is to be sent by {date}.",
    ),
    "agenda_sent": ("Dagsordenen blev udsendt {date}.", "The agenda was sent on {date}."),
    "minutes_by": (
        "Referatudkastet udsendes senest {date}.",
        "The draft minutes are to be sent by {date}.",
    ),
    "comments_until": (
        "Medlemmerne kan kommentere referatudkastet til og med {date}.",
        "Members may comment on the draft minutes until {date}.",
    ),
    "rules_silent": (
        "Forretningsordenen fastsætter ingen frister for dagsorden og referat.",
        "The rules of procedure set no deadlines for agenda and minutes.",
    ),
    "no_rules": (
        "Der er ingen vedtaget forretningsorden for {body} i kraft på mødedatoen, "
        "så der gælder ingen frister for dagsorden og referat.",
        "No adopted rules of procedure for {body} are in force on the meeting date, "
        "so no deadlines apply to the agenda and minutes.",
    ),
    "days": ("{n} {unit} {direction} mødet", "{n} {unit} {direction} the meeting"),
    "working_days": ("arbejdsdage", "working days"),
    "calendar_days": ("kalenderdage", "calendar days"),
    "before": ("før", "before"),
    "after": ("efter", "after"),
    "virtual": ("Virtuelt", "Virtual"),
    "physical": ("Fysisk", "In person"),
    "hybrid": ("Hybridmøde", "Hybrid"),
    "hosted_by": ("vært", "hosted by"),
    "not_given": ("ikke angivet", "not given"),
    # briefing pack
    "brief": ("Mødemateriale", "Briefing pack"),
    "brief_for": ("til {body}", "for {body}"),
    "cover": ("Om dette materiale", "About this pack"),
    "body": ("Organ", "Body"),
    "meeting": ("Møde", "Meeting"),
    "as_of": ("Opgjort pr.", "As of"),
    "audience": ("Målgruppe", "Audience"),
    "audience_public": ("offentlig", "public"),
    "audience_internal": ("intern", "internal"),
    "audience_confidential": ("fortrolig", "confidential"),
    "commit": ("Git-version", "Git commit"),
    "content_hash": ("Indholdets SHA-256", "Content SHA-256"),
    "uncommitted": ("ikke-committede ændringer", "uncommitted changes"),
    "not_git": ("ikke et git-repository", "not a git repository"),
    "since_last": (
        "Perioden siden organets seneste møde {date}.",
        "The period since the body's last meeting on {date}.",
    ),
    "since_start": (
        "Organet har ikke holdt møde før; alt til og med {date} er medtaget.",
        "The body has not met before; everything up to {date} is included.",
    ),
    "forwarded_input": ("Input fra andre organer", "Input forwarded by other bodies"),
    "no_forwarded": ("Intet input er videreformidlet i perioden.", "No input was forwarded."),
    "on_agenda_as": ("På dagsordenen under pkt. {number}.", "On the agenda under item {number}."),
    "recent_decisions": ("Beslutninger siden seneste møde", "Decisions since the last meeting"),
    "no_decisions": ("Ingen beslutninger i perioden.", "No decisions in the period."),
    "pending_here": ("Beslutninger, der afventer {body}", "Decisions awaiting {body}"),
    "no_pending": ("Ingen beslutninger afventer organet.", "No decisions await the body."),
    "pending_days": (
        "udestået i {n} {days} (siden {date})",
        "pending for {n} {days} (since {date})",
    ),
    "day": ("dag", "day"),
    "day_plural": ("dage", "days"),
    "meeting_on": ("møde den {date}", "meeting of {date}"),
    "open_follow_ups": ("Åbne opfølgningspunkter", "Open follow-ups"),
    "no_follow_ups": ("Ingen åbne opfølgningspunkter.", "No open follow-ups."),
    "overdue": ("overskredet", "overdue"),
    "status": ("Status", "Status"),
    "source": ("Kilde", "Source"),
    "governance_changes": ("Ændringer i styringsdokumenter", "Governance changes"),
    "no_governance_changes": (
        "Ingen kommissorier eller forretningsordener er vedtaget eller udarbejdet i perioden.",
        "No commission or rules of procedure was adopted or drafted in the period.",
    ),
    "version": ("version {version}", "version {version}"),
    "adopted_by": ("vedtaget {date} af {body}", "adopted on {date} by {body}"),
    "drafted_on": ("udkast af {date}", "draft of {date}"),
    "draft": ("udkast", "draft"),
    "milestones": ("Milepæle de næste tre måneder", "Milestones in the next three months"),
    "no_milestones": ("Ingen milepæle i perioden.", "No milestones in the period."),
    "at_meeting": ("på mødet {date}", "at the meeting on {date}"),
    "checks": ("Konsistenstjek", "Consistency checks"),
    "checks_summary": (
        "{errors} fejl, {warnings} advarsler, {infos} bemærkninger.",
        "{errors} errors, {warnings} warnings, {infos} notes.",
    ),
    "checks_clean": ("Tjekket fandt ingen problemer.", "The checks found no problems."),
    "checks_public_note": (
        "Kun fund om oplysninger, som målgruppen må se, er medtaget.",
        "Only findings about information this audience may see are included.",
    ),
    "contents": ("Indhold", "Contents"),
    "level_error": ("fejl", "error"),
    "level_warning": ("advarsel", "warning"),
    "level_info": ("bemærkning", "note"),
    # registers
    "decision_register": ("Beslutningsregister", "Decision register"),
    "follow_up_register": ("Opfølgningsliste", "Follow-up tracker"),
    "outcome": ("Udfald", "Outcome"),
    "decision": ("Beslutning", "Decision"),
    "follow_up": ("Opfølgning", "Follow-up"),
    "register_filters": ("Udvalg: {filters}.", "Selection: {filters}."),
    "register_all": ("alle organer", "all bodies"),
    "register_count": ("{n} poster opgjort pr. {date}.", "{n} entries as of {date}."),
    "register_empty": ("Ingen poster.", "No entries."),
    "item_title": ("Punkt", "Item title"),
    "meeting_id": ("Møde-id", "Meeting id"),
    "id": ("Id", "Id"),
    "overdue_column": ("Overskredet", "Overdue"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "closed_on": ("lukket {date}", "closed on {date}"),
}


def label(key: str, lang: Lang, **values: object) -> str:
    """The label ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    danish, english = _LABELS[key]
    template = danish if lang == Lang.DA else english
    return template.format(**values) if values else template


def format_date(day: date, lang: Lang, year: bool = True) -> str:
    """ "24. april 2025" / "24 April 2025"; without the year when the reader knows it."""
    month = _MONTHS[lang][day.month - 1]
    text = f"{day.day}. {month}" if lang == Lang.DA else f"{day.day} {month}"
    return f"{text} {day.year}" if year else text


def format_time(hhmm: str, lang: Lang) -> str:
    """A 24-hour "HH:MM" as the reader expects: "14.30" in Danish, "14:30" in English."""
    return hhmm.replace(":", ".") if lang == Lang.DA else hhmm


def format_clock(hhmm: str, lang: Lang) -> str:
    """A time of day in running text: "kl. 14.30" in Danish, "14:30" in English."""
    return f"kl. {format_time(hhmm, lang)}" if lang == Lang.DA else hhmm
