"""Finding the line of a TOML key, which tomllib does not report."""

from __future__ import annotations

from docket.config.lines import KeyLines

TEXT = """\
# docket
[tool.other]
waivers = 1
[tool.docket]
select = [
  "DK1",  # ] inside a comment
  "decision-missing",
]
note = \"\"\"
[tool.docket.checks]
level = "not a key"
\"\"\"
[tool.docket.checks."decision-missing"]
level = 'off'
[[tool.docket.waivers]]
check = "DK101"
[[tool.docket.waivers]]
check = "DK102"
a.b = { c = 1 }
"""


def test_keys_and_headers_have_their_lines() -> None:
    lines = KeyLines(TEXT)
    assert 3 == lines.line_of(("tool", "other", "waivers"))
    assert 5 == lines.line_of(("tool", "docket", "select"))
    assert 14 == lines.line_of(("tool", "docket", "checks", "decision-missing", "level"))


def test_multi_line_values_are_skipped() -> None:
    lines = KeyLines(TEXT)
    assert 13 == lines.line_of(("tool", "docket", "checks"))
    assert 9 == lines.line_of(("tool", "docket", "note"))


def test_array_of_tables_elements_are_numbered() -> None:
    lines = KeyLines(TEXT)
    assert 15 == lines.line_of(("tool", "docket", "waivers", 0))
    assert 18 == lines.line_of(("tool", "docket", "waivers", 1, "check"))


def test_nested_key_falls_back_to_its_enclosing_key() -> None:
    assert 19 == KeyLines(TEXT).line_of(("tool", "docket", "waivers", 1, "a", "b", "c"))


def test_item_of_a_multi_line_list_has_its_own_line() -> None:
    lines = KeyLines(TEXT)
    assert 7 == lines.line_of_item(("tool", "docket", "select"), "decision-missing")
    assert 5 == lines.line_of_item(("tool", "docket", "select"), "absent")
