"""Every fixed word docket prints, in Danish and English, and how dates and times read.

Documents, the calendar feed, the headings of ``docket diff`` and the standing items of a new
agenda take their words from here, so a new language or a better translation is one edit in one
place. A Danish reader expects "24. april 2025" and "kl. 14.30"; an English one "24 April 2025"
and "14:30". Item kinds are marked (B)/(D)/(O) in Danish and (D)/(Di)/(I) in English.

This module holds words only: it imports the model's enums and nothing that renders.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from docket.model.common import Language
from docket.model.meeting import DecisionOutcome, FollowUpStatus, ItemKind

_MONTHS: dict[Language, tuple[str, ...]] = {
    Language.DA: (
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
    Language.EN: (
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

MONTH_NAMES = frozenset(name for names in _MONTHS.values() for name in names)
"""Every month's name in every language, for telling a date's month in running text."""

KIND_MARK: dict[Language, dict[ItemKind, str]] = {
    Language.DA: {ItemKind.DECISION: "B", ItemKind.DISCUSSION: "D", ItemKind.INFORMATION: "O"},
    Language.EN: {ItemKind.DECISION: "D", ItemKind.DISCUSSION: "Di", ItemKind.INFORMATION: "I"},
}

REGION: dict[Language, str] = {Language.DA: "DK", Language.EN: "GB"}
"""The region that completes a document's language tag (da-DK, en-GB) in PDF metadata."""

DASH = "\N{EN DASH}"
"""Between the kind mark and its meaning, and in time spans ("14.30-16.00" with an en dash)."""

KIND_LEGEND = {
    Language.DA: f"(B) {DASH} beslutning; (D) {DASH} drøftelse; (O) {DASH} orientering.",
    Language.EN: f"(D) {DASH} decision; (Di) {DASH} discussion; (I) {DASH} information.",
}

OUTCOME: dict[Language, dict[DecisionOutcome, str]] = {
    Language.DA: {
        DecisionOutcome.ADOPTED: "godkendt",
        DecisionOutcome.ADOPTED_WITH_AMENDMENTS: "godkendt med ændringer",
        DecisionOutcome.REJECTED: "afvist",
        DecisionOutcome.DEFERRED: "udsat",
        DecisionOutcome.NOTED: "taget til efterretning",
    },
    Language.EN: {
        DecisionOutcome.ADOPTED: "adopted",
        DecisionOutcome.ADOPTED_WITH_AMENDMENTS: "adopted with amendments",
        DecisionOutcome.REJECTED: "rejected",
        DecisionOutcome.DEFERRED: "deferred",
        DecisionOutcome.NOTED: "noted",
    },
}

FOLLOW_UP_STATUS: dict[Language, dict[FollowUpStatus, str]] = {
    Language.DA: {
        FollowUpStatus.OPEN: "åben",
        FollowUpStatus.CLOSED: "lukket",
        FollowUpStatus.CANCELLED: "annulleret",
    },
    Language.EN: {
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
    "item_line": ("Pkt. {number} {title}", "Item {number}: {title}"),
    "closed_item": ("Lukket punkt", "closed item"),
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
        "Afventer siden {date} ({n} {days})",
        "Awaiting since {date} ({n} {days})",
    ),
    "day": ("dag", "day"),
    "day_plural": ("dage", "days"),
    "meeting_on": ("møde den {date}", "meeting of {date}"),
    "meeting_ref": (
        "møde {number} i {body} den {date}",
        "meeting {number} of {body} on {date}",
    ),
    "meeting_ref_unnumbered": ("mødet i {body} den {date}", "the meeting of {body} on {date}"),
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
    # briefing pack: cover, agenda, item papers, attachments, secretariat notes, colophon
    "classification": ("Klassifikation", "Classification"),
    "classification_public": ("Offentlig", "Public"),
    "classification_internal": ("Intern", "Internal"),
    "classification_confidential": ("Fortrolig", "Confidential"),
    "status_planned": ("Planlagt møde", "Planned meeting"),
    "status_invited": ("Indkaldt møde", "Meeting called"),
    "status_held": ("Afholdt møde", "Meeting held"),
    "status_minutes-draft": ("Udkast til referat", "Draft minutes"),
    "status_minutes-approved": ("Godkendt referat", "Approved minutes"),
    "status_cancelled": ("Aflyst møde", "Meeting cancelled"),
    "pack_status": ("Mødemateriale", "Briefing pack"),
    "pack_meeting": ("Møde {number}, {date}", "Meeting {number}, {date}"),
    "pack_meeting_unnumbered": ("Møde den {date}", "Meeting of {date}"),
    "watermark_draft": ("UDKAST", "DRAFT"),
    "comments_by": ("kommentarer senest {date}", "comments by {date}"),
    "page_label": ("Side", "Page"),
    "of_label": ("af", "of"),
    "meeting_link": ("Link til mødet", "Link to the meeting"),
    "contact": ("Sekretariat", "Secretariat"),
    "summoned": ("Indkaldte", "Summoned"),
    "members_not_recorded": (
        "Organets medlemmer er ikke registreret.",
        "The body's members are not recorded.",
    ),
    "absences": ("Meldt afbud", "Apologies received"),
    "page_column": ("Side", "Page"),
    "kind_column": ("Type", "Kind"),
    "presenter_column": ("Fremlægges af", "Presented by"),
    "case": ("Sagsfremstilling", "Background"),
    "decision_requested": ("Indstilling", "Decision requested"),
    "no_recommendation": (
        "Punktet er til beslutning, men der er ikke registreret en indstilling.",
        "The item is for decision, but no recommendation is recorded.",
    ),
    "no_recommendation_nor_anything": (
        "Punktet er til beslutning, men der er ikke registreret en indstilling, "
        "sagsfremstilling, input eller bilag.",
        "The item is for decision, but no recommendation, background, input or attachments "
        "are recorded.",
    ),
    "item_topics": ("Foreslåede emner", "Topics proposed"),
    "item_milestones": ("Milepæle i årshjulet", "Milestones of the annual plan"),
    "earlier_decisions": ("Tidligere beslutninger", "Earlier decisions"),
    "item_follow_ups": ("Åbne opfølgningspunkter", "Open follow-ups"),
    "item_pending": ("Beslutninger, der afventer", "Decisions awaiting"),
    "decision_field": ("Beslutning:", "Decision:"),
    "nothing_recorded": (
        "Der er ikke registreret sagsfremstilling, indstilling, input, emner eller bilag til "
        "punktet.",
        "The record holds no background, recommendation, input, topics or attachments for "
        "this item.",
    ),
    "on_page": ("side {page}", "page {page}"),
    "attachment_heading": ("Bilag {number} {title}", "Attachment {number} {title}"),
    "attachment_for_item": ("Bilag til pkt. {item}", "Attachment to item {item}"),
    "attachment_unreadable": (
        "Bilaget kunne ikke læses og er ikke med i materialet: {reason}.",
        "The attachment could not be read and is not in the pack: {reason}.",
    ),
    "unreadable_no_source": (
        "der er hverken angivet en fil, et link eller et styringsdokument",
        "no file, link or governing document is given",
    ),
    "unreadable_missing": ("filen findes ikke i arkivet", "the file is not in the repository"),
    "unreadable_outside": (
        "filen ligger uden for arkivet",
        "the file lies outside the repository",
    ),
    "unreadable_format": (
        "filtypen kan ikke gengives i materialet",
        "the file type cannot be shown in the pack",
    ),
    "unreadable_damaged": (
        "filen er beskadiget eller kan ikke åbnes",
        "the file is damaged or cannot be opened",
    ),
    "unreadable_unknown_document": (
        "styringsdokumentet findes ikke i arkivet",
        "the governing document is not in the repository",
    ),
    "unreadable_unknown_version": (
        "den angivne version af styringsdokumentet findes ikke",
        "that version of the governing document does not exist",
    ),
    "attachment_file": (
        "Bilaget er vedlagt som separat fil: {name}",
        "The attachment is enclosed as a separate file: {name}",
    ),
    "attachment_in_pdf": (
        "Bilaget er gengivet side for side i PDF-udgaven af materialet.",
        "The attachment is reproduced page by page in the PDF edition of the pack.",
    ),
    "attachment_link": ("Bilaget findes her: {url}", "The attachment is found here: {url}"),
    "from_record": (
        "Gengivet fra arkivets registrering af dokumentet.",
        "Rendered from the document as recorded in the repository.",
    ),
    "document_status_draft": ("udkast", "draft"),
    "document_status_adopted": ("vedtaget", "adopted"),
    "document_status_superseded": ("afløst", "superseded"),
    "document_version": ("Version {version}", "Version {version}"),
    "drafted_by": ("udarbejdet af {who}", "drafted by {who}"),
    "based_on": ("bygger på version {version}", "based on version {version}"),
    "summary": ("Resumé", "Summary"),
    "document_text": ("Tekst", "Text"),
    "remarks": ("Bemærkninger ved vedtagelsen", "Remarks on adoption"),
    "no_document_text": (
        "Dokumentets fulde tekst er ikke registreret; her er det, arkivet rummer.",
        "The document's full text is not recorded; this is what the repository holds.",
    ),
    "procedure": ("Mødeforhold", "Meeting procedure"),
    "rule_agenda_notice": (
        "Dagsordenen udsendes senest {n} {unit} før mødet.",
        "The agenda is sent at least {n} {unit} before the meeting.",
    ),
    "rule_draft_minutes": (
        "Udkast til referat udsendes senest {n} {unit} efter mødet.",
        "Draft minutes are sent at most {n} {unit} after the meeting.",
    ),
    "rule_comment_days": (
        "Medlemmerne kan kommentere referatudkastet i {n} {unit}.",
        "Members may comment on the draft minutes for {n} {unit}.",
    ),
    "rule_physical": (
        "Mindst {n} fysisk(e) møde(r) om året.",
        "At least {n} meeting(s) in person a year.",
    ),
    "rule_rotation": (
        "De fysiske møder holdes på skift i regionerne.",
        "Meetings in person rotate between the regions.",
    ),
    "rule_quorum": (
        "Beslutningsdygtig, når {n} stemmeberettigede er til stede.",
        "Quorate when {n} voting members are present.",
    ),
    "rule_meetings": ("{n} møder om året.", "{n} meetings a year."),
    "rule_chairs": ("Forpersoner ad gangen: {n}.", "Chairs at a time: {n}."),
    "rule_vice_chairs": ("Næstforpersoner ad gangen: {n}.", "Vice-chairs at a time: {n}."),
    "plan_meetings": ("Planlagte møder", "Planned meetings"),
    "plan_milestones": ("Milepæle", "Milestones"),
    "kind_decision": ("beslutning", "decision"),
    "kind_discussion": ("drøftelse", "discussion"),
    "kind_information": ("orientering", "information"),
    "no_rules_at_all": (
        "{who} har ingen vedtaget forretningsorden, og der foreligger intet udkast.",
        "{who} has no adopted rules of procedure and no draft.",
    ),
    "flags": ("Sekretariatet gør opmærksom på", "The secretariat points out"),
    "flags_none": ("Sekretariatet har ingen bemærkninger.", "The secretariat has nothing to add."),
    "flag_items_withheld": (
        "Pkt. {numbers} er ikke med i denne udgave af materialet (målgruppe: {audience}); "
        "det er med i udgaven for målgruppen {edition}.",
        "Not in this edition (audience: {audience}): item {numbers}; the {edition} edition has it.",
    ),
    "flag_overdue_follow_up": (
        "Opfølgningspunktet »{text}« ({who}) havde frist {date} og er ikke afsluttet.",
        "The follow-up \u201c{text}\u201d ({who}) was due on {date} and is not done.",
    ),
    "flag_input_not_on_agenda": (
        "Input fra {who} er ikke sat på dagsordenen: »{text}«",
        "Input from {who} is not on the agenda: \u201c{text}\u201d",
    ),
    "flag_pending_decision": (
        "En beslutning har afventet {body} siden {since} ({n} {days}): »{text}«",
        "A decision has awaited {body} since {since} ({n} {days}): \u201c{text}\u201d",
    ),
    "flag_pending_recorded": (
        " Den blev noteret på {meeting}.",
        " It was recorded at {meeting}.",
    ),
    "flag_pending_on_agenda": (
        " Den er på dagsordenen under pkt. {number}.",
        " It is on the agenda under item {number}.",
    ),
    "flag_rules_not_adopted": (
        "{who} har ingen vedtaget forretningsorden; det seneste udkast er version {version}.",
        "{who} has no adopted rules of procedure; the latest draft is version {version}.",
    ),
    "flag_attachment_unreadable": (
        "Bilag {number} kunne ikke læses: {reason}.",
        "Attachment {number} could not be read: {reason}.",
    ),
    "colophon": ("Kolofon", "Colophon"),
    "colophon_made": (
        "Materialet er dannet automatisk ud fra arkivet, opgjort pr. {date}.",
        "The pack was made automatically from the repository as of {date}.",
    ),
    "appendix": ("Sekretariatets tekniske bilag", "Secretariat's technical appendix"),
    "overview": ("Siden seneste møde", "Since the last meeting"),
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
    # calendar feed
    "calendar_cancelled": ("AFLYST", "CANCELLED"),
    "calendar_agenda": (
        "Frist: dagsorden til {meeting} udsendes",
        "Deadline: agenda for {meeting} to be sent",
    ),
    "calendar_minutes": (
        "Frist: udkast til referat af {meeting}",
        "Deadline: draft minutes of {meeting}",
    ),
    "calendar_comments": (
        "Kommentarfrist: referat af {meeting}",
        "Comment period ends: minutes of {meeting}",
    ),
    "calendar_milestone": ("Årshjul: {title}", "Annual plan: {title}"),
    "calendar_planned": (
        "{body}: planlagt møde (årshjul)",
        "{body}: planned meeting (annual plan)",
    ),
    "calendar_record": ("Kilde", "Record"),
    "calendar_rules": ("Ifølge {rules} version {version}", "Under {rules} version {version}"),
    "calendar_agenda_rule": (
        "dagsordenen udsendes senest {days} {unit} før mødet.",
        "the agenda is sent at least {days} {unit} before the meeting.",
    ),
    "calendar_minutes_rule": (
        "udkast til referat udsendes senest {days} {unit} efter mødet.",
        "draft minutes are sent at most {days} {unit} after the meeting.",
    ),
    "calendar_comments_rule": (
        "medlemmerne kan kommentere referatet i {days} {unit}.",
        "members may comment on the minutes for {days} {unit}.",
    ),
    # conflicts, substitutes, votes, written procedure, supplementary agenda
    "conflict": (
        "{name} deltog ikke i behandlingen af punktet pga. inhabilitet.",
        "{name} did not take part in the item because of a conflict of interest.",
    ),
    "conflict_reason": (
        "{name} deltog ikke i behandlingen af punktet pga. inhabilitet ({reason}).",
        "{name} did not take part in the item because of a conflict of interest ({reason}).",
    ),
    "substitute_for": ("stedfortræder for", "substitute for"),
    "votes": ("Afstemning", "Vote"),
    "votes_in_favour": ("{n} for", "{n} in favour"),
    "votes_against": ("{n} imod", "{n} against"),
    "votes_abstaining": ("{n} undlod at stemme", "{n} abstained"),
    "statement_minority-statement": ("Mindretalsudtalelse fra {by}", "Minority statement by {by}"),
    "statement_protocol-remark": (
        "Tilføjelse til protokollen fra {by}",
        "Protocol remark by {by}",
    ),
    "csv_in_favour": ("Stemmer for", "Votes in favour"),
    "csv_against": ("Stemmer imod", "Votes against"),
    "csv_abstaining": ("Undlod at stemme", "Abstaining"),
    "answers_received": ("Svar på videreformidlet input", "Answers to input forwarded"),
    "answered_by": ("Besvaret: {source}.", "Answered: {source}."),
    "answers_input": ("Svar på input fra {source}", "Answers input from {source}"),
    "written_procedures": ("Skriftlig procedure", "Written procedure"),
    "written_procedure_sent": (
        "Udsendt {sent} med svarfrist {deadline}.",
        "Sent on {sent}, answers due by {deadline}.",
    ),
    "written_procedure_decided": ("Afgjort {date}", "Decided on {date}"),
    "written_procedure_open": ("Endnu ikke afgjort.", "Not yet decided."),
    "written_procedure_source": ("skriftlig procedure {date}", "written procedure of {date}"),
    "supplementary": ("supplerende dagsorden {date}", "supplementary agenda of {date}"),
    # docket remind
    "remind_agenda-to-send": ("Send dagsordenen til {meeting}", "Send the agenda for {meeting}"),
    "remind_minutes-to-send": (
        "Send udkast til referat af {meeting}",
        "Send the draft minutes of {meeting}",
    ),
    "remind_comment-period-ends": (
        "Kommentarfristen for referatet af {meeting} udløber",
        "The comment period on the minutes of {meeting} ends",
    ),
    "remind_minutes-to-approve": (
        "Godkend referatet af {meeting}",
        "Approve the minutes of {meeting}",
    ),
    "remind_follow-up": ("Opfølgning fra {meeting}: {text}", "Follow-up from {meeting}: {text}"),
    "remind_input-awaiting-answer": (
        "Behandl input fra {meeting}: {text}",
        "Take up the input from {meeting}: {text}",
    ),
    "remind_decision-awaited": (
        "Træf beslutningen, som {body} afventer: {text}",
        "Take the decision {body} awaits: {text}",
    ),
    "remind_milestone": ("Årshjul: {text}", "Annual plan: {text}"),
    "remind_meeting": ("møde {number} i {body} ({date})", "meeting {number} of {body} ({date})"),
    "remind_meeting_unnumbered": ("mødet i {body} {date}", "the meeting of {body} on {date}"),
    "remind_no_deadline": ("ingen frist", "no deadline"),
    "remind_overdue": ("frist {date}, overskredet med {days}", "due {date}, {days} overdue"),
    "remind_today": ("frist i dag, {date}", "due today, {date}"),
    "remind_ahead": ("frist {date}, om {days}", "due {date}, in {days}"),
    "remind_working_day": ("arbejdsdag", "working day"),
    "remind_working_days": ("arbejdsdage", "working days"),
    "remind_calendar_day": ("dag", "day"),
    "remind_calendar_days": ("dage", "days"),
    "remind_no_notice_rule": (
        "forretningsordenen giver ingen frist: senest på mødedagen",
        "the rules set no notice period: by the meeting day",
    ),
    "remind_rule": ("{rules} version {version}: {days}", "{rules} version {version}: {days}"),
    "remind_secretariat": ("sekretariat", "secretariat"),
    "remind_owner": ("opfølgningsansvarlig", "follow-up owner"),
    "remind_body": ("organ", "body"),
    "remind_title": (
        "Påmindelser pr. {date}: frister til og med {horizon}",
        "Reminders as of {date}: deadlines up to {horizon}",
    ),
    "remind_nothing": ("Intet at gøre.", "Nothing to do."),
    "remind_source": ("Kilde", "Record"),
    "remind_subject": (
        "Påmindelser pr. {date}: {count} opgave(r)",
        "Reminders as of {date}: {count} task(s)",
    ),
    "remind_greeting": ("Kære {name}", "Dear {name}"),
    "remind_intro": (
        "Her er, hvad der skal gøres ifølge optegnelserne for {body}.",
        "This is what the record of {body} says is to be done.",
    ),
    "remind_attachment_note": (
        "Fristerne er vedhæftet som kalenderfil (frister.ics).",
        "The deadlines are attached as a calendar file (deadlines.ics).",
    ),
    "remind_ics_name": ("frister.ics", "deadlines.ics"),
    "remind_ics_calendar": ("Frister for {name}", "Deadlines for {name}"),
    "remind_issue_title": ("Påmindelser: {name}", "Reminders: {name}"),
    "remind_issue_closed": (
        "Intet udestår pr. {date}; sagen lukkes af docket remind.",
        "Nothing is due as of {date}; closed by docket remind.",
    ),
    # docket diff: section headings
    "diff_meetings": ("Møder", "Meetings"),
    "diff_decisions": ("Beslutninger", "Decisions"),
    "diff_follow-ups": ("Opfølgningspunkter", "Follow-ups"),
    "diff_memberships": ("Medlemskaber", "Memberships"),
    "diff_written-procedures": ("Skriftlige procedurer", "Written procedures"),
    "diff_people": ("Personer og organisationer", "People and organisations"),
    "diff_commissions": ("Kommissorier", "Commissions"),
    "diff_rules-of-procedure": ("Forretningsordener", "Rules of procedure"),
    "diff_findings": ("Fund", "Findings"),
    # docket diff: the report and its sentences (dates stay YYYY-MM-DD for a reviewer)
    "diff_title": ("Ændringer i optegnelserne", "Governance changes"),
    "diff_from": (
        "Fra {base} til {head}; fund pr. {date}.",
        "From {base} to {head}; findings as of {date}.",
    ),
    "diff_working_tree": ("arbejdskopien", "working tree"),
    "diff_none": ("Ingen ændringer.", "No governance changes."),
    "diff_removed": ("{name}: fjernet", "{name}: removed"),
    "diff_added": ("{name}: tilføjet", "{name}: added"),
    "diff_added_as": ("{name}: tilføjet, {state}", "{name}: added, {state}"),
    "diff_moved": (
        "{name}: flyttet fra {before} til {after}",
        "{name}: moved from {before} to {after}",
    ),
    "diff_edited": ("{name}: {fields} ændret", "{name}: {fields} changed"),
    "diff_field_changed": ("{field} ændret", "{field} changed"),
    "diff_changes_edited": ("datoændringer redigeret", "dated changes edited"),
    "diff_conflict_declared": (
        "inhabilitet erklæret af {person} på punkt {number}",
        "conflict of interest declared by {person} on item {number}",
    ),
    "diff_conflict_withdrawn": (
        "inhabilitet trukket tilbage af {person} på punkt {number}",
        "conflict of interest withdrawn by {person} on item {number}",
    ),
    "diff_substitutes": (
        "{person} er stedfortræder for {member}",
        "{person} substitutes for {member}",
    ),
    "diff_vote": (
        "afstemning {for_} for, {against} imod, {abstaining} undlod at stemme",
        "vote {for_} in favour, {against} against, {abstaining} abstaining",
    ),
    "diff_minority-statement": ("mindretalsudtalelser: {count}", "minority statements: {count}"),
    "diff_protocol-remark": ("protokoltilførsler: {count}", "protocol remarks: {count}"),
    "diff_answers": ("besvarer {ids}", "answers {ids}"),
    "diff_written_procedure": (
        "skriftlig procedure {id} ({title})",
        "written procedure {id} ({title})",
    ),
    "diff_item": ("punkt {number} {title}", "item {number} {title}"),
    "diff_owner": ("ansvarlig {name}", "owner {name}"),
    "diff_due": ("frist {date}", "due {date}"),
    "diff_on": ("den {date}", "on {date}"),
    "diff_due_changed": ("{text}: frist {before} → {after}", "{text}: due date {before} → {after}"),
    "diff_owner_changed": (
        "{text}: ansvarlig {before} → {after}",
        "{text}: owner {before} → {after}",
    ),
    "diff_nothing": ("ingen", "none"),
    "diff_post_for": ("for {party}", "for {party}"),
    "diff_post_substitute": ("med stedfortræder {person}", "with substitute {person}"),
    "diff_post_from": ("fra {date}", "from {date}"),
    "diff_post_until": ("til og med {date}", "until {date}"),
    "diff_joined": ("{name}: indtrådt som {post}", "{name}: joined as {post}"),
    "diff_left": ("{name}: ikke længere med (var {post})", "{name}: no longer listed (was {post})"),
    "diff_leaves": (
        "{name}: udtræder efter {date} ({role})",
        "{name}: leaves after {date} ({role})",
    ),
    "diff_procedure_answers": (
        "{for_} for, {against} imod, {abstaining} undlod at stemme",
        "{for_} in favour, {against} against, {abstaining} abstaining",
    ),
    "diff_decided": (
        "{name}: afgjort {date}, {outcome} ({answers})",
        "{name}: decided {date}, {outcome} ({answers})",
    ),
    "diff_no_outcome": ("intet udfald", "no outcome"),
    "diff_sent": (
        "{name}: sendt {sent}, svarfrist {deadline}",
        "{name}: sent {sent}, answers due {deadline}",
    ),
    "diff_from_date": ("fra {date}: {changes}", "from {date}: {changes}"),
    "diff_version": ("{document} version {version}", "{document} version {version}"),
    "diff_adopted_by": (" af {body} den {date}", " by {body} on {date}"),
    "diff_action_added": ("tilføjet", "added"),
    "diff_action_removed": ("fjernet", "removed"),
    "diff_action_edited": ("redigeret", "edited"),
    "diff_action_status-changed": ("ny status", "status changed"),
    "diff_action_moved": ("flyttet", "moved"),
    "diff_action_recorded": ("truffet", "recorded"),
    "diff_action_outcome-changed": ("nyt udfald", "outcome changed"),
    "diff_action_opened": ("oprettet", "opened"),
    "diff_action_recorded-closed": ("oprettet lukket", "recorded closed"),
    "diff_action_recorded-cancelled": ("oprettet annulleret", "recorded cancelled"),
    "diff_action_reopened": ("genåbnet", "reopened"),
    "diff_action_closed": ("lukket", "closed"),
    "diff_action_cancelled": ("annulleret", "cancelled"),
    "diff_action_reassigned": ("ny ansvarlig", "reassigned"),
    "diff_action_joined": ("indtrådt", "joined"),
    "diff_action_left": ("udtrådt", "left"),
    "diff_action_role-changed": ("ny rolle", "role changed"),
    "diff_action_changed": ("ændret", "changed"),
    "diff_action_adopted": ("vedtaget", "adopted"),
    "diff_action_superseded": ("afløst", "superseded"),
    "diff_action_introduced": ("nyt fund", "introduced"),
    "diff_action_resolved": ("løst", "resolved"),
    "diff_action_sent": ("sendt", "sent"),
    "diff_action_decided": ("afgjort", "decided"),
    # docket site: the pages' own words
    "site_site_title": ("Styringsdokumenter og møder", "Governance record"),
    "site_skip": ("Gå til indholdet", "Skip to content"),
    "site_main_menu": ("Hovedmenu", "Main menu"),
    "site_home": ("Forside", "Home"),
    "site_search": ("Søg", "Search"),
    "site_search_intro": (
        "Søg i alt, hvad der er offentliggjort på dette websted.",
        "Search everything published on this site.",
    ),
    "site_search_noscript": (
        "Søgning kræver JavaScript. Alle sider kan findes via forsiden og registrene.",
        "Search needs JavaScript. Every page can be reached from the home page and the registers.",
    ),
    "site_feed": (
        "Atom-feed med nye beslutninger og møder",
        "Atom feed of new decisions and meetings",
    ),
    "site_feed_title": ("{site}: beslutninger og møder", "{site}: decisions and meetings"),
    "site_open_data": ("Åbne data (OParl 1.1)", "Open data (OParl 1.1)"),
    "site_footer": (
        "Udgivet for målgruppen: {audience}. Opgjort pr. {date}. Lavet med docket.",
        "Published for the {audience} audience. As of {date}. Made with docket.",
    ),
    "site_intro": (
        "Organerne, deres møder, beslutninger og opfølgning, opgjort pr. {date}.",
        "The bodies, their meetings, decisions and follow-ups, as of {date}.",
    ),
    "site_bodies": ("Organer", "Bodies"),
    "site_next_meetings": ("Kommende møder", "Next meetings"),
    "site_awaiting_input": ("Input, der afventer svar", "Input awaiting an answer"),
    "site_recent_decisions": ("Seneste beslutninger", "Recent decisions"),
    "site_none": ("Ingen.", "None."),
    "site_all_entries": ("Alle {n} poster", "All {n} entries"),
    "site_newest_of": ("De {shown} nyeste af {n}.", "The newest {shown} of {n}."),
    "site_follow_ups": ("Opfølgning", "Follow-ups"),
    "site_forwarded_register": ("Videreformidlet input", "Forwarded input"),
    "site_pending_register": ("Udestående beslutninger", "Pending decisions"),
    "site_follow_up": ("Opfølgningspunkt", "Follow-up"),
    "site_forward": ("Videreformidlet input", "Forwarded input"),
    "site_pending_decision": ("Udestående beslutning", "Pending decision"),
    "site_kind": ("Type", "Kind"),
    "site_type": ("Type", "Type"),
    "site_note": ("Bemærkning", "Note"),
    "site_closed_in": ("Lukket på", "Closed at"),
    "site_forwarded_to": ("Videreformidlet til", "Forwarded to"),
    "site_via": ("Via", "Via"),
    "site_taken_up": ("Taget op", "Taken up"),
    "site_awaiting_answer": ("afventer svar", "awaiting an answer"),
    "site_awaiting_body": ("Afventer", "Awaiting"),
    "site_since": ("Siden", "Since"),
    "site_decided_by": ("Afgjort ved", "Decided by"),
    "site_briefing_pack": ("Mødemateriale", "Briefing pack"),
    "site_pack_pdf": ("Mødemateriale (PDF)", "Briefing pack (PDF)"),
    "site_pack_docx": ("Mødemateriale (Word)", "Briefing pack (Word)"),
    "site_items": ("Punkter", "Items"),
    "site_attendance": ("Fremmøde", "Attendance"),
    "site_takes_up": ("Tager op", "Takes up"),
    "site_no_items": ("Ingen punkter.", "No items."),
    "site_agenda_sent": ("Dagsorden udsendt", "Agenda sent"),
    "site_agenda_due": ("Dagsorden senest", "Agenda due"),
    "site_minutes_sent": ("Referat udsendt", "Minutes sent"),
    "site_minutes_approved": ("Referat godkendt", "Minutes approved"),
    "site_draft_minutes": ("Referatet er et udkast.", "The minutes are a draft."),
    "site_draft_comment_until": (
        "Referatet er et udkast; medlemmerne kan kommentere til og med {date}.",
        "The minutes are a draft; members may comment until {date}.",
    ),
    "site_reports_to": ("Refererer til", "Reports to"),
    "site_reporting_bodies": ("Organer, der refererer hertil", "Bodies reporting to it"),
    "site_established_by": ("Nedsat af", "Established by"),
    "site_secretariat": ("Sekretariat", "Secretariat"),
    "site_members": ("Medlemmer over tid", "Members over time"),
    "site_name": ("Navn", "Name"),
    "site_role": ("Rolle", "Role"),
    "site_represents": ("Repræsenterer", "Represents"),
    "site_from": ("Fra", "From"),
    "site_until": ("Til", "Until"),
    "site_version": ("Version {version}", "Version {version}"),
    "site_drafted": ("Udarbejdet", "Drafted"),
    "site_adopted": ("Vedtaget", "Adopted"),
    "site_at_meeting": ("på mødet", "at the meeting"),
    "site_in_force_from": ("I kraft fra", "In force from"),
    "site_based_on": ("Bygger på version", "Based on version"),
    "site_amendments_in_version": (
        "Ændringer i denne version (fra møderne)",
        "Changes in this version (from the meetings)",
    ),
    "site_text": ("Tekst", "Text"),
    "site_remarks": ("Bemærkninger", "Remarks"),
    "site_annual_plan": ("Årshjul", "Annual plan"),
    "site_parameter_changes": (
        "Ændrede regler i forhold til den version, den bygger på",
        "Rules changed from the version it is based on",
    ),
    "site_milestones": ("Milepæle", "Milestones"),
    "site_record": ("(mødet)", "(the meeting)"),
    "site_planned_meetings": ("Planlagte møder", "Planned meetings"),
    "site_past_meetings": ("Afholdte møder", "Past meetings"),
    "site_memberships": ("Medlemskaber", "Memberships"),
    "site_items_presented": ("Punkter fremlagt", "Items presented"),
    "site_follow_ups_owned": ("Ansvarlig for opfølgning", "Follow-ups owned"),
    "site_filters": ("Filtre", "Filters"),
    "site_filter_body": ("Organ", "Body"),
    "site_filter_year": ("År", "Year"),
    "site_filter_status": ("Status", "Status"),
    "site_filter_owner": ("Ansvarlig", "Owner"),
    "site_page_n": ("Side {n}", "Page {n}"),
    "site_pages": ("Sider", "Pages"),
    "site_param_day_count": ("Dage regnes som", "Days are counted as"),
    "site_param_agenda_notice_days": ("Dagsorden udsendes dage før", "Agenda notice (days)"),
    "site_param_draft_minutes_days": ("Referatudkast dage efter", "Draft minutes within (days)"),
    "site_param_minutes_comment_days": ("Kommentarfrist (dage)", "Comment period (days)"),
    "site_param_physical_meetings_per_year": ("Fysiske møder om året", "Physical meetings a year"),
    "site_param_physical_rotation": ("Fysiske møder på skift", "Physical meetings rotate"),
    "site_param_quorum": ("Beslutningsdygtig ved", "Quorum"),
    "site_param_quorum_share": ("Beslutningsdygtig ved andel", "Quorum share"),
    "site_param_decision_method": ("Beslutningsform", "Decision method"),
    "site_param_vice_chair_deputises": (
        "Næstformand leder i formandens fravær",
        "Vice-chair deputises",
    ),
    "site_param_meetings_per_year": ("Møder om året", "Meetings a year"),
    "site_param_supplementary_notice_days": (
        "Supplerende dagsorden udsendes dage før",
        "Supplementary agenda notice (days)",
    ),
    "site_param_closed_days": ("Lukkedage", "Closed days"),
    "site_param_named_substitutes_only": (
        "Kun navngivne stedfortrædere",
        "Named substitutes only",
    ),
    "site_param_minutes_approval_share": (
        "Referat godkendt af andel",
        "Minutes approved by share",
    ),
    "site_param_meeting_duration_minutes": (
        "Mødets varighed (minutter)",
        "Meeting length (minutes)",
    ),
    "site_param_chairs": ("Antal forpersoner ad gangen", "Chairs at a time"),
    "site_param_vice_chairs": ("Antal næstforpersoner ad gangen", "Vice-chairs at a time"),
    # docket site: states, roles and kinds of body
    "state_planned": ("planlagt", "planned"),
    "state_invited": ("indkaldt", "invited"),
    "state_held": ("afholdt", "held"),
    "state_minutes-draft": ("referatudkast", "draft minutes"),
    "state_minutes-approved": ("referat godkendt", "minutes approved"),
    "state_cancelled": ("aflyst", "cancelled"),
    "state_open": ("åben", "open"),
    "state_taken-up": ("taget op", "taken up"),
    "state_closed": ("lukket", "closed"),
    "state_decided": ("afgjort", "decided"),
    "state_withdrawn": ("trukket tilbage", "withdrawn"),
    "state_draft": ("udkast", "draft"),
    "state_adopted": ("vedtaget", "adopted"),
    "state_superseded": ("afløst", "superseded"),
    "state_chair": ("forperson", "chair"),
    "state_vice-chair": ("næstforperson", "vice-chair"),
    "state_member": ("medlem", "member"),
    "state_secretary": ("sekretær", "secretary"),
    "state_observer": ("observatør", "observer"),
    "state_board": ("bestyrelse", "board"),
    "state_council": ("råd", "council"),
    "state_steering-group": ("styregruppe", "steering group"),
    "state_working-group": ("arbejdsgruppe", "working group"),
    "state_committee": ("udvalg", "committee"),
}


FIELD_NAMES: dict[str, tuple[str, str]] = {
    # key: (Danish, English), as a field is named in running text ("the due date changed")
    "agenda_presenter_text": ("oplægsholder på dagsordenen", "presenter on the agenda"),
    "agenda_sent": ("dagsorden udsendt", "agenda sent"),
    "amendments": ("ændringsforslag", "amendments"),
    "answers": ("svar", "answers"),
    "attachments": ("bilag", "attachments"),
    "background": ("problemstilling", "background"),
    "chair": ("mødeleder", "chair"),
    "changes": ("datoændringer", "dated changes"),
    "closed_in": ("lukket på mødet", "closed in"),
    "closed_on": ("lukket den", "closed on"),
    "confidentiality": ("fortrolighed", "confidentiality"),
    "conflicts": ("inhabilitet", "conflicts of interest"),
    "deadline": ("svarfrist", "deadline"),
    "decided": ("afgjort", "decided"),
    "decision": ("beslutning", "decision"),
    "decisions": ("beslutninger", "decisions"),
    "due": ("frist", "due date"),
    "email": ("e-mail", "e-mail"),
    "end": ("sluttidspunkt", "end"),
    "follow_ups": ("opfølgningspunkter", "follow-ups"),
    "forwarded": ("videreformidlet input", "forwarded input"),
    "items": ("punkter", "items"),
    "kind": ("type", "kind"),
    "minutes": ("referat", "minutes"),
    "minutes_approved": ("referat godkendt", "minutes approved"),
    "minutes_sent": ("referat udsendt", "minutes sent"),
    "name": ("navn", "name"),
    "next_steps": ("videre proces", "next steps"),
    "notes": ("noter", "notes"),
    "number": ("nummer", "number"),
    "organisation": ("organisation", "organisation"),
    "outcome": ("udfald", "outcome"),
    "owner": ("ansvarlig", "owner"),
    "participants": ("deltagere", "participants"),
    "pending_decisions": ("udestående beslutninger", "pending decisions"),
    "place": ("sted", "place"),
    "presenters": ("oplægsholdere", "presenters"),
    "proposed_solution": ("løsning", "proposed solution"),
    "proposed_topics": ("forslag til kommende møder", "proposed topics"),
    "recommendation": ("indstilling", "recommendation"),
    "remarks": ("bemærkninger", "remarks"),
    "secretary": ("sekretær", "secretary"),
    "sent": ("sendt", "sent"),
    "statements": ("udtalelser", "statements"),
    "supplementary_sent": ("supplerende dagsorden udsendt", "supplementary agenda sent"),
    "text": ("tekst", "text"),
    "time": ("tid", "time"),
    "title": ("titel", "title"),
    "unit": ("enhed", "unit"),
    "votes": ("afstemning", "votes"),
}
"""Fields of the model as people name them in a sentence; others read as their name with spaces."""


def field_name(name: str, lang: Language) -> str:
    """A model field as people call it: ``proposed_solution`` -> "løsning" / "proposed solution"."""
    danish, english = FIELD_NAMES.get(name, (name.replace("_", " "),) * 2)
    return danish if lang == Language.DA else english


@dataclass(frozen=True)
class StandingItem:
    """An item every new agenda starts with: the slug of its id and its title."""

    slug: str
    title: str


STANDING_ITEMS: dict[Language, dict[str, StandingItem]] = {
    Language.DA: {
        "welcome": StandingItem("velkomst", "Velkomst"),
        "approval": StandingItem("godkendelse-af-referat", "Godkendelse af referat fra møde {n}"),
        "follow_ups": StandingItem("opfoelgning", "Opfølgning"),
        "reports": StandingItem(
            "meddelelser", "Meddelelser: skriftlige procedurer og svar fra andre organer"
        ),
        "topics": StandingItem("emner", "Emner til kommende møder"),
        "aob": StandingItem("evt", "Evt."),
    },
    Language.EN: {
        "welcome": StandingItem("welcome", "Welcome"),
        "approval": StandingItem("approval-of-minutes", "Approval of the minutes of meeting {n}"),
        "follow_ups": StandingItem("follow-up", "Follow-up"),
        "reports": StandingItem(
            "reports", "Reports: written procedures and answers from other bodies"
        ),
        "topics": StandingItem("topics", "Topics for future meetings"),
        "aob": StandingItem("aob", "Any other business"),
    },
}
"""The standing items of a new agenda, by the body's language: id slug and title."""


def has_label(key: str) -> bool:
    return key in _LABELS


def label(key: str, lang: Language, **values: object) -> str:
    """The label ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    danish, english = _LABELS[key]
    template = danish if lang == Language.DA else english
    return template.format(**values) if values else template


def format_date(day: date, lang: Language, year: bool = True) -> str:
    """ "24. april 2025" / "24 April 2025"; without the year when the reader knows it."""
    month = _MONTHS[lang][day.month - 1]
    text = f"{day.day}. {month}" if lang == Language.DA else f"{day.day} {month}"
    return f"{text} {day.year}" if year else text


def format_time(hhmm: str, lang: Language) -> str:
    """A 24-hour "HH:MM" as the reader expects: "14.30" in Danish, "14:30" in English."""
    return hhmm.replace(":", ".") if lang == Language.DA else hhmm


def format_clock(hhmm: str, lang: Language) -> str:
    """A time of day in running text: "kl. 14.30" in Danish, "14:30" in English."""
    return f"kl. {format_time(hhmm, lang)}" if lang == Language.DA else hhmm


def format_span(start: str, end: str | None, lang: Language) -> str:
    """When a meeting runs: "kl. 10.30", an en dash and "15.00" ("10:30", dash, "15:00" in
    English), or its start alone."""
    span = format_clock(start, lang)
    return f"{span}{DASH}{format_time(end, lang)}" if end else span


_ABBREVIATIONS = frozenset(
    {
        "ang", "bl", "ca", "dvs", "ekskl", "etc", "evt", "fx", "hhv", "iflg", "incl", "inkl",
        "jf", "kl", "mht", "mhp", "mv", "nr", "osv", "pga", "pkt", "pt", "st", "vedr", "vs",
    }
)  # fmt: skip
"""Words whose closing full stop is an abbreviation's ("Evt."), kept before a comma."""

_JOINING = ",;:·"
_ARTICLES = frozenset({"Den", "Det", "De", "The"})


def phrase_end(phrase: str) -> str:
    """``phrase`` ready for a separator (", ", "; ", " · ") after it: a sentence's closing
    full stop and any closing comma, semicolon or colon are dropped, so that a title that
    ends "arbejdsgruppe." reads "arbejdsgruppe, side 8". An abbreviation keeps its full stop
    ("Evt., side 9", "Ph.D., OUH")."""
    text = phrase.rstrip()
    while text and text[-1] in _JOINING:
        text = text[:-1].rstrip()
    if text.endswith(".") and not text.endswith(".."):
        last = text.rsplit(None, 1)[-1][:-1]
        if "." not in last and last.casefold().strip("(") not in _ABBREVIATIONS and last:
            text = text[:-1]
    return text


def join_phrases(phrases: Iterable[str | None], separator: str = ", ") -> str:
    """Phrases joined by ``separator``, leaving out empty ones and repeats, without doubled
    punctuation at the joins ("arbejdsgruppe., side 8" reads "arbejdsgruppe, side 8")."""
    kept = list(dict.fromkeys(p.strip() for p in phrases if p and p.strip()))
    if not separator.strip():
        return separator.join(kept)
    return separator.join([*(phrase_end(p) for p in kept[:-1]), *kept[-1:]])


def sentence_case(text: str) -> str:
    """``text`` as a line of its own starts: its first letter in upper case, the rest as it is
    (``str.capitalize`` would lower "NGC" and "Den Nationale Genomdatabase")."""
    return text[:1].upper() + text[1:]


def in_sentence(name: str) -> str:
    """A name inside a sentence: a leading article is written in lower case ("møde 1 i den
    tekniske arbejdsgruppe"); proper names keep their capitals."""
    first, _, rest = name.partition(" ")
    if first in _ARTICLES and rest:
        return f"{first.lower()} {rest}"
    return name


def meeting_ref(body: str, number: int | None, day: date, lang: Language) -> str:
    """A meeting inside a sentence: "møde 1 i den tekniske arbejdsgruppe den 24. april 2025"."""
    when = format_date(day, lang)
    if number is None:
        return label("meeting_ref_unnumbered", lang, body=in_sentence(body), date=when)
    return label("meeting_ref", lang, number=number, body=in_sentence(body), date=when)


def meeting_title(body: str, number: int | None, lang: Language) -> str:
    """A meeting as documents and pages title it: "Møde 1 i den tekniske arbejdsgruppe", or
    "Møde i ..." when it has no number. ``body`` is the body's name as it reads in a sentence."""
    if number is None:
        return label("meeting_unnumbered", lang, body=body)
    return label("meeting_of", lang, number=number, body=body)


def item_heading(number: str, title: str, lang: Language) -> str:
    """An agenda item as every document and page heads it: "Pkt. 3 Title" (English "Item 3:
    Title")."""
    return label("item_line", lang, number=number, title=title)


def item_in_text(number: str, title: str, lang: Language) -> str:
    """The item heading after a comma in running text: "pkt. 3 Title"."""
    heading = item_heading(number, title, lang)
    return heading[:1].lower() + heading[1:]


def closed_item_heading(number: str, lang: Language) -> str:
    """The line a public document prints for an item it leaves out: "Pkt. 2 Lukket punkt"
    (English "Item 2: closed item"), its number and nothing else of it."""
    return item_heading(number, label("closed_item", lang), lang)


def meeting_name(body: str, number: int | None, day: date, lang: Language) -> str:
    """A meeting in running text: "Arbejdsgruppen møde 2", or "Arbejdsgruppen møde 2025-12-01"
    when it has no number. ``body`` is the body's name as the reader should see it."""
    word = label("meeting", lang).lower()
    return f"{body} {word} {number if number is not None else day.isoformat()}"
