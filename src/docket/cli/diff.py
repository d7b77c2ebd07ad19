"""docket diff: what changed between two revisions, in governance terms."""

from __future__ import annotations

import argparse
from pathlib import Path

from docket.cli.common import add_as_of, add_audience, add_root, as_of, root_of, write_output
from docket.diff import diff_repository
from docket.diff.render import render_json, render_markdown
from docket.exit_codes import ExitCode
from docket.render.audience import Audience

HELP = "what changed between two git revisions: meetings, decisions, follow-ups, findings"
DESCRIPTION = (
    "Compare the governance state at BASE with HEAD (default: the working tree, uncommitted "
    "changes included): meetings added, moved or changed status, decisions recorded, follow-ups "
    "opened, closed or moved, memberships, commission and rules versions, and the findings of "
    "'docket check' introduced and resolved (both sides judged as of the same date)."
)
RENDERERS = {"md": render_markdown, "json": render_json}


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
    parser.add_argument("--format", choices=sorted(RENDERERS), default="md")
    parser.add_argument("-o", "--output", type=Path, help="write to a file")
    add_audience(parser, "internal", "the comparison (a pull-request comment is often public)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    result = diff_repository(root, args.base, args.head, as_of(args), Audience(args.audience))
    text = RENDERERS[args.format](
        result.changes, result.base, result.head, result.as_of.isoformat()
    )
    write_output(text, args.output)
    return ExitCode.OK
