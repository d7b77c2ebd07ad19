"""HTML built from values, never from strings pasted together: text from YAML is data.

``element`` escapes every text child and every attribute value; only what ``element`` itself
returned (an ``Html``) passes through unescaped. There is no way to mark a string from the
record as markup, so a title such as ``<script>`` shows as those characters, and ``&nbsp;``
as those six.

Text children are also where the site's typography is set: a date and a numbered label keep
their words on one line with a no-break space character (``docket.typography``), as in the
documents. Attribute values (ids, links, file names) and the text of ``code`` stay as given.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from docket.render import freetext
from docket.typography import keep_together


class Html(str):
    """Markup that ``element`` made: safe to place inside another element as it is."""

    __slots__ = ()


_VOID = frozenset({"meta", "link", "br", "input", "img", "hr"})
_VERBATIM = frozenset({"code", "pre", "script", "style"})
"""Elements whose text is shown character for character: no typography inside them."""


def _children(children: Iterable[object], verbatim: bool = False) -> Iterable[str]:
    for child in children:
        if child is None:
            continue
        if isinstance(child, Html):
            yield child
        elif isinstance(child, str):
            yield escape(child if verbatim else keep_together(child), quote=False)
        elif isinstance(child, Iterable):
            yield from _children(child, verbatim)
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
    return Html(f"{opening}{''.join(_children(children, tag in _VERBATIM))}</{tag}>")


def join(*children: object) -> Html:
    return Html("".join(_children(children)))


def fact(term: str, value: object) -> Html:
    """A term and its value in a definition list; nothing when there is no value."""
    if value is None or value == "":
        return Html("")
    return join(element("dt", term), element("dd", value))


def _chunk_html(chunk: freetext.Chunk, lead: bool = True) -> Html:
    return join(
        element("p", chunk.lead) if lead and chunk.lead else None,
        element("ul", (element("li", item) for item in chunk.items)) if chunk.items else None,
    )


def free_text(value: str | None) -> Html:
    """A free-text field: paragraphs and bullet lists by the schema's one convention
    (``docket.render.freetext``); everything else stays the characters it is."""
    return join(_chunk_html(chunk) for chunk in freetext.chunks(value))


def free_text_head(value: str) -> tuple[str, Html]:
    """A free-text field split for a link: its first paragraph (or first item) as the link's
    words, and the rest, bullet lists kept, as HTML to follow the link. One-paragraph text
    gives the whole text and nothing after it."""
    parts = freetext.chunks(value)
    if not parts:
        return value, Html("")
    first, rest = parts[0], parts[1:]
    if first.lead:
        return first.lead, join(_chunk_html(first, lead=False), (_chunk_html(c) for c in rest))
    head = freetext.Chunk("", first.items[1:])
    return first.items[0], join(_chunk_html(head), (_chunk_html(c) for c in rest))
