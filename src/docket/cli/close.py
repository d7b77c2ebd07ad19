"""docket close follow-up ID --in MEETING: mark a follow-up closed, editing its file in place."""

from __future__ import annotations

import argparse

from docket.cli.common import add_root, iso_date, root_of
from docket.exit_codes import ExitCode
from docket.pipeline import load_corpus
from docket.workflow.follow_ups import close_follow_up
from docket.workflow.write import apply

HELP = "close a follow-up (status closed, closed_in, closed_on)"
EPILOG = "exit codes: 0 written; 2 usage error, unknown id, or the result would not validate"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("close", help=HELP, description=HELP, epilog=EPILOG)
    kinds = parser.add_subparsers(title="what", metavar="WHAT", required=True)
    follow_up = kinds.add_parser(
        "follow-up",
        help=HELP,
        description="Mark a follow-up closed in the meeting that closed it. Comments, quoting "
        "and layout of the file are kept; the file is validated before it is written.",
        epilog=EPILOG,
    )
    follow_up.add_argument("follow_up_id", metavar="ID", help="the follow-up's id")
    follow_up.add_argument(
        "--in", dest="meeting", required=True, metavar="MEETING", help="the closing meeting's id"
    )
    follow_up.add_argument(
        "--on", type=iso_date, metavar="DATE", help="when it was closed (default: that meeting)"
    )
    add_root(follow_up)
    follow_up.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    corpus, _, _ = load_corpus(root, use_cache=False)
    edit = close_follow_up(corpus, args.follow_up_id, args.meeting, args.on)
    apply(corpus, [edit])
    print(f"{edit.summary} ({edit.path})")
    return ExitCode.OK
