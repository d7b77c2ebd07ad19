"""HTML built from values, never from strings pasted together: text from YAML is data.

``element`` escapes every text child and every attribute value; only what ``element`` itself
returned (an ``Html``) passes through unescaped. There is no way to mark a string from the
record as markup, so a title such as ``<script>`` shows as those characters.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from docket.render import freetext


class Html(str):
    """Markup that ``element`` made: safe to place inside another element as it is."""

    __slots__ = ()


_VOID = frozenset({"meta", "link", "br", "input", "img", "hr"})


def text(value: str) -> Html:
    return Html(escape(value, quote=True))


def _children(children: Iterable[object]) -> Iterable[str]:
    for child in children:
        if child is None:
            continue
        if isinstance(child, Html):
            yield child
        elif isinstance(child, str):
            yield escape(child, quote=False)
        elif isinstance(child, Iterable):
            yield from _children(child)
        else:
            raise TypeError(f"not HTML content: {type(child).__name__}")


def element(tag: str, *children: object, **attributes: str | bool | None) -> Html:
    """``<tag attr="value">children</tag>``; ``class_`` is ``class``, ``data_x`` is ``data-x``;
    an attribute that is ``None`` or ``False`` is left out, ``True`` is written bare."""
    parts = [tag]
    for name, value in attributes.items():
        if value is None or value is False:
            continue
        key = name.rstrip("_").replace("_", "-")
        parts.append(key if value is True else f'{key}="{escape(value, quote=True)}"')
    opening = f"<{' '.join(parts)}>"
    if tag in _VOID:
        return Html(opening)
    return Html(f"{opening}{''.join(_children(children))}</{tag}>")


def join(*children: object) -> Html:
    return Html("".join(_children(children)))


def fact(term: str, value: object) -> Html:
    """A term and its value in a definition list; nothing when there is no value."""
    if value is None or value == "":
        return Html("")
    return join(element("dt", term), element("dd", value))


def _inline_text(inlines: list[dict[str, object]]) -> str:
    words: list[str] = []
    for node in inlines:
        kind = node.get("t")
        if kind == "Str":
            words.append(str(node.get("c", "")))
        elif kind in ("Space", "SoftBreak"):
            words.append(" ")
    return "".join(words)


def free_text(value: str | None) -> Html:
    """A free-text field: paragraphs and bullet lists by the schema's one convention
    (``docket.render.freetext``); everything else stays the characters it is."""
    out: list[Html] = []
    for block in freetext.blocks(value):
        kind, content = block["t"], block["c"]
        if kind == "Para":
            out.append(element("p", _inline_text(content)))
        elif kind == "BulletList":
            items = (element("li", *(_inline_text(b["c"]) for b in entry)) for entry in content)
            out.append(element("ul", items))
    return join(out)
