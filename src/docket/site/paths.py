"""Where each page of the site lives, and links between pages that work on any host.

Every page is ``<folder>/index.html``; links are relative and name ``index.html``, so the site
works from a web server at any sub-path (GitHub Pages project sites), a file share, or the disk.
Ids follow ``docket.model.common.ID_PATTERN`` (lower-case letters, digits, ``-_.``, no leading
or doubled dot), so an id is safe as a folder name.
"""

from __future__ import annotations

HOME = ""
STYLE = "style.css"
FEED = "feed.xml"
SEARCH = "search/"


def body(body_id: str) -> str:
    return f"b/{body_id}/"


def meeting(meeting_id: str) -> str:
    return f"m/{meeting_id}/"


def person(person_id: str) -> str:
    return f"p/{person_id}/"


def plan(plan_id: str) -> str:
    return f"y/{plan_id}/"


def permalink(object_id: str) -> str:
    """The page that cites one decision, follow-up, forwarded input or pending decision."""
    return f"d/{object_id}/"


def register(kind: str, selection: str | None = None, page: int = 1) -> str:
    folder = f"registers/{kind}/"
    if selection:
        folder += f"{selection}/"
    if page > 1:
        folder += f"page-{page}/"
    return folder


def file_of(folder: str) -> str:
    """The file a page folder is written to (a file path passes through)."""
    return f"{folder}index.html" if folder == "" or folder.endswith("/") else folder


def href(target: str, page: str, fragment: str | None = None) -> str:
    """A relative link from the page at folder ``page`` to ``target`` (a folder or a file):
    down from the page when the target lies inside its folder, else up to the root and down.
    (``posixpath.relpath`` makes equivalent links at ten times the cost.)"""
    target_file = file_of(target)
    if page and target_file.startswith(page):
        link = target_file[len(page) :]
    else:
        link = "../" * page.count("/") + target_file
    return f"{link}#{fragment}" if fragment else link
