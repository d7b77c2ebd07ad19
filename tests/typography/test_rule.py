"""The no-break rule on its cases (tests/typography/cases.yaml), as text and as a pandoc tree:
one rule, the same answer in both forms."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from docket.render.keep_together import keep_together as keep_tree_together
from docket.typography import NO_BREAK, keep_together

CASES = YAML(typ="safe").load((Path(__file__).parent / "cases.yaml").read_text("utf-8"))["cases"]


def _params(words_only: bool = False) -> list[Any]:
    """The cases; with ``words_only`` those that are words and single spaces, as pandoc reads
    text into ``Str`` and ``Space`` nodes (it reads no line break or double space so)."""
    return [
        pytest.param(case["text"], case["kept"], id=case["name"])
        for case in CASES
        if not (words_only and re.search(r"\n|  ", case["text"]))
    ]


def _tree(text: str) -> list[Any]:
    """``text`` as pandoc reads it: words as ``Str``, a space as ``Space``."""
    inlines: list[Any] = []
    for part in re.split(r"( )", text):
        if part == " ":
            inlines.append({"t": "Space"})
        elif part:
            inlines.append({"t": "Str", "c": part})
    return [{"t": "Para", "c": inlines}]


def _text(tree: list[Any]) -> str:
    return "".join(" " if node["t"] == "Space" else node["c"] for node in tree[0]["c"])


@pytest.mark.parametrize(("text", "kept"), _params())
def test_text_is_kept_together_where_the_rule_binds(text: str, kept: str) -> None:
    assert kept == keep_together(text)


@pytest.mark.parametrize(("text", "kept"), _params())
def test_keeping_together_twice_changes_nothing_more(text: str, kept: str) -> None:
    assert kept == keep_together(keep_together(text))


@pytest.mark.parametrize(("text", "kept"), _params(words_only=True))
def test_documents_follow_the_same_rule_in_their_pandoc_tree(text: str, kept: str) -> None:
    assert kept == _text(keep_tree_together(_tree(text)))


def test_the_cases_bind_somewhere_and_leave_text_alone_elsewhere() -> None:
    """The case file is not all one kind: some cases change, some must not."""
    changed = [case for case in CASES if case["text"] != case["kept"]]
    assert 0 < len(changed) < len(CASES)
    assert all(NO_BREAK in case["kept"] for case in changed)
