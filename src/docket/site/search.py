"""Full-text search over the published pages with Pagefind (from its PyPI wheel, which ships
the binary): the index is built offline into ``pagefind/`` beside the pages, and the search
page is the only page that runs JavaScript."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docket.errors import DocketError
from docket.model.common import Language
from docket.site import paths
from docket.site.html import element, join
from docket.site.page import Page
from docket.site.words import word

SEARCH_JS = "search.js"


class SearchIndexError(DocketError):
    """Pagefind could not index the site (a broken installation)."""


def search_page(lang: Language) -> Page:
    folder = paths.SEARCH
    head = join(
        element("link", rel="stylesheet", href=paths.href("pagefind/pagefind-ui.css", folder)),
        element("script", src=paths.href("pagefind/pagefind-ui.js", folder)),
        element("script", src=paths.href(SEARCH_JS, folder)),
    )
    main = join(
        element("p", word("search_intro", lang)),
        element("div", id="search", data_label=word("search", lang)),
        element("noscript", element("p", word("search_noscript", lang))),
    )
    return Page(folder, word("search", lang), main, searchable=False, head=head)


def index_site(folder: Path, lang: Language) -> None:
    """Run Pagefind on the written site (``python -m pagefind``, the wheel's binary)."""
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(folder),
        "--silent",
        "--force-language",
        lang.value,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(
            f"pagefind failed ({result.returncode}): {result.stderr.strip() or result.stdout}"
        )
