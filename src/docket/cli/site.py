"""docket site: the whole record as a static website with search, open data and a feed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docket.cli.common import add_as_of, add_audience, add_root, as_of, root_of
from docket.cli.render_common import warn_broken
from docket.config import load_config
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.model.common import Language
from docket.pipeline import check_corpus, load_corpus
from docket.render.audience import Audience
from docket.site.build import SiteOptions, build_site

HELP = "write the governance site: pages, registers, search, Atom feed, OParl JSON"
DESCRIPTION = (
    "Write the whole record as a static website any web host or file share can serve: a home "
    "page, a page per body, meeting and person (internal audience and above), registers of "
    "decisions, follow-ups, forwarded input and pending decisions with filters, a permalink "
    "page per decision and follow-up (d/<id>/), an Atom feed, static OParl 1.1 JSON (oparl/), "
    "full-text search (Pagefind) and briefing packs for the meetings ahead. Nothing above the "
    "audience reaches the site."
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("site", help=HELP, description=DESCRIPTION)
    add_root(parser)
    add_as_of(parser)
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="the site's folder"
    )
    add_audience(parser, "public", "the site")
    parser.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        help="language of the pages (default: the language most bodies use)",
    )
    parser.add_argument(
        "--base-url",
        default="http://localhost:8000/",
        metavar="URL",
        help="where the site is published: absolute links in the feed and the OParl ids "
        "(default: http://localhost:8000/)",
    )
    parser.add_argument("--title", help="the site's name (default: the top body's name)")
    parser.add_argument(
        "--no-packs", action="store_true", help="leave out the briefing packs (PDF, Word)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.base_url.startswith(("https://", "http://")):
        raise UsageError(f"--base-url '{args.base_url}' is not an http(s) address")
    root = root_of(args)
    corpus, structural, files = load_corpus(root)
    warn_broken(structural)
    day = as_of(args)
    options = SiteOptions(
        audience=Audience(args.audience),
        as_of=day,
        lang=Language(args.lang) if args.lang else None,
        base_url=args.base_url,
        title=args.title,
        packs=not args.no_packs,
    )
    findings = (
        check_corpus(corpus, structural, files, day, config=load_config(root)).findings
        if options.packs
        else []
    )
    summary = build_site(corpus, args.output, options, findings)
    print(
        f"docket: wrote {summary.pages} pages ({summary.files} files) to {args.output}; "
        f"largest page {summary.largest_page[0]} ({summary.largest_page[1] // 1024} KiB)",
        file=sys.stderr,
    )
    return ExitCode.OK
