"""The free-text convention: blank lines part paragraphs, '- ' lines are bullets, nothing else
is markup."""

from __future__ import annotations

from typing import Any

from docket.render import freetext


def _strings(blocks: list[Any]) -> str:
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Str":
                out.append(node["c"])
            elif node.get("t") == "Space":
                out.append(" ")
            else:
                walk(node.get("c"))
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(blocks)
    return "".join(out)


def test_blank_line_separates_paragraphs() -> None:
    blocks = freetext.blocks("Første afsnit\nfortsætter.\n\nAndet afsnit.")
    assert ["Para", "Para"] == [b["t"] for b in blocks]
    assert "Første afsnit fortsætter." == _strings([blocks[0]])


def test_dash_lines_become_bullets_and_continuation_lines_join_their_item() -> None:
    blocks = freetext.blocks("Forslag:\n- at A\n  fortsat\n- at B")
    assert ["Para", "BulletList"] == [b["t"] for b in blocks]
    items = blocks[1]["c"]
    assert ["at A fortsat", "at B"] == [_strings(item) for item in items]


def test_markup_characters_stay_literal_text() -> None:
    text = "**fed** <script>x</script> #set page() \\input{a} {=html} [link](x)"
    blocks = freetext.blocks(text)
    assert text == _strings(blocks)
    assert {"Str", "Space"} >= {node["t"] for node in blocks[0]["c"]}


def test_empty_text_gives_no_blocks() -> None:
    assert [] == freetext.blocks("  \n ")
    assert [] == freetext.blocks(None)
