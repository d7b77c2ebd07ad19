"""The frame of every page: language, title, skip link, navigation, footer.

Pages work without JavaScript; only the search page loads Pagefind's script. ``main`` carries
``data-pagefind-body`` on the pages that search should find (bodies, meetings, people and the
permalink pages), so lists that repeat them (home, registers) do not crowd the results.
"""

from __future__ import annotations

from dataclasses import dataclass

from docket.site import paths
from docket.site.context import Site
from docket.site.html import Html, element, join
from docket.site.words import audience_word, word
from docket.words import format_date


@dataclass(frozen=True)
class Page:
    folder: str
    title: str
    main: Html
    searchable: bool = True
    head: Html | None = None
    filters: str | None = None


def _nav(site: Site, page: str) -> Html:
    entries = [
        (paths.HOME, word("home", site.lang)),
        (paths.register("decisions"), word("decisions", site.lang)),
        (paths.register("follow-ups"), word("follow_ups", site.lang)),
        (paths.register("forwarded"), word("forwarded_register", site.lang)),
        (paths.register("pending"), word("pending_register", site.lang)),
        (paths.SEARCH, word("search", site.lang)),
    ]
    items = []
    for target, label in entries:
        current = "page" if target == page else None
        items.append(
            element("li", element("a", label, href=paths.href(target, page), aria_current=current))
        )
    return element("nav", element("ul", items), aria_label=word("main_menu", site.lang))


def render(site: Site, page: Page) -> str:
    lang = site.lang
    folder = page.folder
    head = join(
        element("meta", charset="utf-8"),
        element("meta", name="viewport", content="width=device-width, initial-scale=1"),
        element("title", f"{page.title} {chr(8211)} {site.title}"),
        element("link", rel="icon", href="data:,"),
        element("link", rel="stylesheet", href=paths.href(paths.STYLE, folder)),
        element(
            "link",
            rel="alternate",
            type="application/atom+xml",
            title=word("feed_title", lang, site=site.title),
            href=paths.href(paths.FEED, folder),
        ),
        page.head,
    )
    header = element(
        "header",
        element("p", element("a", site.title, href=paths.href(paths.HOME, folder)), class_="site"),
        _nav(site, folder),
    )
    main = element(
        "main",
        element("h1", page.title),
        page.main,
        id="main",
        data_pagefind_body=page.searchable,
        data_pagefind_filter=page.filters,
    )
    footer = element(
        "footer",
        element(
            "p",
            word(
                "footer",
                lang,
                audience=audience_word(site.audience, lang),
                date=format_date(site.as_of, lang),
            ),
        ),
        element(
            "p",
            element("a", word("feed", lang), href=paths.href(paths.FEED, folder)),
            " · ",
            element("a", word("open_data", lang), href=paths.href("oparl/system.json", folder)),
        ),
    )
    body = element(
        "body",
        element("a", word("skip", lang), href="#main", class_="skip"),
        header,
        main,
        footer,
    )
    return "<!doctype html>\n" + element("html", element("head", head), body, lang=lang.value)
