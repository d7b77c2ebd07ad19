"""docket new meeting | follow-up: write the next meeting record, or add a follow-up."""

from __future__ import annotations

import argparse
import re

from docket.cli.common import add_as_of, add_root, as_of, iso_date, root_of
from docket.exit_codes import ExitCode
from docket.pipeline import load_corpus
from docket.workflow.follow_ups import add_follow_up
from docket.workflow.meeting_deadlines import deadline_lines
from docket.workflow.new_meeting import plan_meeting
from docket.workflow.write import apply

HELP = "write the next meeting record of a body, or add a follow-up to an agenda item"
EPILOG = "exit codes: 0 written; 2 usage error, unknown id, or the result would not validate"


def time_of_day(text: str) -> str:
    """'14:30' or the Danish '14.30'."""
    match = re.fullmatch(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time: use HH:MM, e.g. 14:30")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("new", help=HELP, description=HELP, epilog=EPILOG)
    kinds = parser.add_subparsers(title="what", metavar="WHAT", required=True)

    meeting = kinds.add_parser(
        "meeting",
        help="write meetings/<body>/<date>-<body>-<n>.yaml, status planned",
        description="Write the body's next meeting record: chair and secretary from the "
        "memberships, standing items, open follow-ups and proposed topics carried over. "
        "Prints the deadlines of the rules of procedure in force on the date.",
        epilog=EPILOG,
    )
    meeting.add_argument("--body", required=True, help="the body's id, e.g. twg")
    meeting.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    meeting.add_argument("--time", type=time_of_day, help="start time, HH:MM")
    meeting.add_argument(
        "--link",
        action="store_true",
        help="also record the new meeting in the previous meeting's next_meeting",
    )
    add_root(meeting)
    add_as_of(meeting)
    meeting.set_defaults(run=run, what="meeting")

    follow_up = kinds.add_parser(
        "follow-up",
        help="add a follow-up to an agenda item (the file is edited in place)",
        description="Add a follow-up to an agenda item. Comments, quoting and layout of the "
        "file are kept; the file is validated before it is written.",
        epilog=EPILOG,
    )
    follow_up.add_argument("--meeting", required=True, help="the meeting's id")
    follow_up.add_argument("--item", required=True, help="the item's id or number")
    follow_up.add_argument("--text", required=True, help="what is to be done")
    follow_up.add_argument("--owner", required=True, help="id of a person or organisation")
    follow_up.add_argument("--due", type=iso_date, help="due date, YYYY-MM-DD")
    follow_up.add_argument("--id", dest="follow_up_id", help="the follow-up's id (default: made)")
    add_root(follow_up)
    follow_up.set_defaults(run=run, what="follow-up")


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    corpus, _, _ = load_corpus(root, use_cache=False)
    if args.what == "meeting":
        planned = plan_meeting(corpus, args.body, args.date, args.time, args.link)
        apply(corpus, planned.edits)
        for edit in planned.edits:
            print(edit.summary)
        for note in planned.notes:
            print(f"note: {note}")
        for line in deadline_lines(corpus, args.body, args.date, as_of(args)):
            print(line)
        return ExitCode.OK
    edit = add_follow_up(
        corpus, args.meeting, args.item, args.text, args.owner, args.due, args.follow_up_id
    )
    apply(corpus, [edit])
    print(f"{edit.summary} ({edit.path})")
    return ExitCode.OK
