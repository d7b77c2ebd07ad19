"""docket end membership --body B --person P --on DATE: set the last day of a membership."""

from __future__ import annotations

import argparse

from docket.cli.common import add_root, iso_date, root_of
from docket.exit_codes import ExitCode
from docket.pipeline import load_corpus
from docket.workflow.records import end_membership
from docket.workflow.write import apply

HELP = "end a membership (its last day), editing the body's file in place"
EPILOG = "exit codes: 0 written; 2 usage error, unknown id, or the result would not validate"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("end", help=HELP, description=HELP, epilog=EPILOG)
    kinds = parser.add_subparsers(title="what", metavar="WHAT", required=True)
    membership = kinds.add_parser(
        "membership",
        help=HELP,
        description="Set the last day of a person's open membership of a body. Comments, "
        "quoting and layout of the file are kept; the file is validated before it is written.",
        epilog=EPILOG,
    )
    membership.add_argument("--body", required=True, help="the body's id")
    membership.add_argument("--person", required=True, help="the person's id")
    membership.add_argument(
        "--on", dest="end", required=True, type=iso_date, metavar="DATE",
        help="the membership's last day, YYYY-MM-DD",
    )  # fmt: skip
    add_root(membership)
    membership.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    corpus, _, _ = load_corpus(root_of(args), use_cache=False)
    edit = end_membership(corpus, args.body, args.person, args.end)
    apply(corpus, [edit])
    print(f"{edit.summary} ({edit.path})")
    return ExitCode.OK
