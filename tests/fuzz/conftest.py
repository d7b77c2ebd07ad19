"""Hypothesis budgets: a small fixed one in the suite, 10,000 random cases in `nox -s fuzz`
(which passes --hypothesis-profile=fuzz). No example database: a crash found is kept as a file
in tests/loader/invalid/, where the suite replays it every time."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("suite", max_examples=40, derandomize=True, deadline=None, database=None)
settings.register_profile("fuzz", max_examples=10_000, deadline=None, database=None)
settings.load_profile("suite")
