"""docket diff: what changed between two revisions, in governance terms."""

from __future__ import annotations

import argparse
from pathlib import Path

from docket.cli.common import add_as_of, add_audience, add_root, as_of, root_of, write_output
from docket.diff import diff_repository
from docket.diff.render import render_json, render_markdown, render_text
from docket.exit_codes import ExitCode
from docket.model.common import Language
from docket.render.audience import Audience

HELP = "what changed between two git revisions: meetings, decisions, follow-ups, findings"
DESCRIPTION = (
    "Compare the governance state at BASE with HEAD (default: the working tree, uncommitted "
    "changes included): meetings added, moved or changed status, decisions recorded, follow-ups "
    "opened, closed or moved, memberships, commission and rules versions, and the findings of "
    "'docket check' introduced and resolved (both sides judged as of the same date)."
)
RENDERERS = {"text": render_text, "md": render_markdown, "json": render_json}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "diff",
        help=HELP,
        description=DESCRIPTION,
        epilog="example (a pull request in CI): docket diff origin/main HEAD --format md",
    )
    parser.add_argument("base", metavar="BASE", help="the earlier revision, e.g. origin/main")
    parser.add_argument(
        "head", metavar="HEAD", nargs="?", help="the later revision (default: the working tree)"
    )
    add_root(parser)
    add_as_of(parser)
    parser.add_argument(
        "--format",
        choices=list(RENDERERS),
        default="text",
        help="text for the terminal (default), md for a pull-request comment, json for tools",
    )
    parser.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        help="the language of the summary (default: the one the repository's bodies work in)",
    )
    parser.add_argument("-o", "--output", type=Path, help="write to a file")
    add_audience(parser, "internal", "the comparison (a pull-request comment is often public)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    lang = Language(args.lang) if args.lang else None
    result = diff_repository(root, args.base, args.head, as_of(args), Audience(args.audience), lang)
    write_output(RENDERERS[args.format](result), args.output)
    return ExitCode.OK
