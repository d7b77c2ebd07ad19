"""The checks' documentation is part of the product: codes, names and docstrings are enforced.

Each check module's docstring is what ``docket rules CHECK`` prints; it must open with a one-line
summary and hold a "Why:" paragraph and "Bad:" and "Good:" example YAML that parses (an example
that shows several files separates them with "---").
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

import pytest
from ruamel.yaml import YAML

from docket.checks.base import Check
from docket.checks.registry import CHECKS
from docket.load.problems import LOAD_PROBLEMS

CODE = re.compile(r"^DK\d{3}$")
KEBAB = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
SECTION = re.compile(r"^(Why|Bad|Good):", re.MULTILINE)
BY_CHECK = [pytest.param(check, id=check.name) for check in CHECKS]


def sections(doc: str) -> dict[str, str]:
    """The docstring's sections by heading; the text before the first is the 'summary'."""
    doc = textwrap.dedent(doc).strip("\n")
    found = {"summary": doc[: m.start()] if (m := SECTION.search(doc)) else doc}
    heads = list(SECTION.finditer(doc))
    for head, following in zip(heads, [*heads[1:], None], strict=True):
        end = following.start() if following else len(doc)
        found[head.group(1)] = doc[head.end() : end]
    return found


def test_codes_are_unique_and_well_formed() -> None:
    codes = [c.code for c in CHECKS] + [p.code for p in LOAD_PROBLEMS]
    assert [c for c in codes if not CODE.match(c)] == []
    assert sorted({c for c in codes if codes.count(c) > 1}) == []


def test_names_are_unique_and_kebab_case() -> None:
    names = [c.name for c in CHECKS] + [p.name for p in LOAD_PROBLEMS]
    assert [n for n in names if not KEBAB.match(n)] == []
    assert sorted({n for n in names if names.count(n) > 1}) == []


@pytest.mark.parametrize("check", BY_CHECK)
def test_docstring_opens_with_a_one_line_summary(check: Check) -> None:
    summary = sections(check.doc)["summary"].strip()
    assert summary != ""
    assert "\n" not in summary
    assert summary == check.summary


@pytest.mark.parametrize("check", BY_CHECK)
def test_docstring_has_why_bad_and_good_in_order(check: Check) -> None:
    assert [m.group(1) for m in SECTION.finditer(check.doc)] == ["Why", "Bad", "Good"]
    assert sections(check.doc)["Why"].strip() != ""


@pytest.mark.parametrize("check", BY_CHECK)
@pytest.mark.parametrize("example", ["Bad", "Good"])
def test_docstring_examples_are_yaml(check: Check, example: str) -> None:
    text = textwrap.dedent(sections(check.doc).get(example, "").strip("\n"))
    documents: list[Any] = list(YAML(typ="safe").load_all(text))
    assert documents != []
    assert all(isinstance(d, dict | list) and d for d in documents)
