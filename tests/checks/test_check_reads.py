"""A check that reads other documents says so (``READS``), or a file with an error elsewhere
would make it report consequences (``checks.holdback``). The corpus accessors a check module
uses tell which kinds of documents it reads besides the one it judges; this test keeps the
declarations and the code in step, so a new check cannot forget them."""

from __future__ import annotations

import inspect

import pytest

from docket.checks.base import Check
from docket.checks.registry import CHECKS

ACCESSORS: dict[str, tuple[str, ...]] = {
    "body": ("corpus.bodies", ".holders(", "members_on("),
    "rules-of-procedure": ("rules_in_force(", "rules_document_in_force(", "corpus.rules"),
    "commission": ("corpus.commissions",),
    "annual-plan": ("corpus.annual_plans", "unrecorded_dates("),
    "organisations": ("corpus.organisations",),
    "meeting": (
        "meetings_of(",
        "meetings_by_body(",
        "addressing_meetings(",
        "_listed(",
        "meetings.get(",
    ),
}


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.name)
def test_a_check_declares_every_kind_of_document_it_reads(check: Check) -> None:
    module = inspect.getmodule(check.find)
    assert module is not None
    source = inspect.getsource(module)
    used = {kind for kind, calls in ACCESSORS.items() if any(c in source for c in calls)}
    assert used <= check.reads, used - check.reads
