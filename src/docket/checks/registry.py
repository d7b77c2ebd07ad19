"""The explicit list of consistency checks. Add a module here to register a new check."""

from __future__ import annotations

from docket.checks.base import Check, from_module
from docket.checks.consistency import (
    agenda_late,
    amendment_not_adopted,
    annual_plan_unmet,
    answer_not_reported,
    attachment_missing,
    attachment_unreferenced,
    attendee_not_member,
    chair_mismatch,
    conflict_member_voted,
    decision_missing,
    decision_under_information,
    escalation_unanswered,
    follow_up_incomplete,
    follow_up_overdue,
    item_number_duplicate,
    meeting_sequence,
    meeting_without_items,
    minutes_approval_invalid,
    minutes_approved_early,
    minutes_late,
    minutes_unapproved,
    pending_decision_open,
    personal_identifier,
    physical_meeting_missing,
    physical_rotation,
    quorum_not_met,
    record_missing,
    substitute_for_present,
    substitute_not_named,
    topic_not_scheduled,
    vote_count_mismatch,
    votes_exceed_entitled,
    written_procedure_early,
    written_procedure_unreported,
)

CHECKS: tuple[Check, ...] = tuple(
    from_module(module)
    for module in (
        decision_missing,
        decision_under_information,
        follow_up_overdue,
        follow_up_incomplete,
        agenda_late,
        minutes_late,
        minutes_approved_early,
        minutes_unapproved,
        minutes_approval_invalid,
        quorum_not_met,
        attendee_not_member,
        chair_mismatch,
        meeting_sequence,
        personal_identifier,
        record_missing,
        physical_meeting_missing,
        physical_rotation,
        escalation_unanswered,
        pending_decision_open,
        topic_not_scheduled,
        amendment_not_adopted,
        attachment_missing,
        attachment_unreferenced,
        annual_plan_unmet,
        meeting_without_items,
        item_number_duplicate,
        conflict_member_voted,
        substitute_for_present,
        substitute_not_named,
        votes_exceed_entitled,
        vote_count_mismatch,
        written_procedure_early,
        written_procedure_unreported,
        answer_not_reported,
    )
)

BY_NAME: dict[str, Check] = {check.name: check for check in CHECKS}
BY_CODE: dict[str, Check] = {check.code: check for check in CHECKS}
