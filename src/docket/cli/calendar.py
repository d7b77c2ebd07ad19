"""docket calendar: an iCalendar feed of planned meetings, their deadlines and milestones."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docket.calendar_feed import build_calendar, feed_timestamp
from docket.cli.common import add_root, iso_date, load_with_warning, root_of
from docket.exit_codes import ExitCode
from docket.fileio import atomic_write_bytes
from docket.render.audience import Audience

HELP = "an iCalendar (.ics) feed of planned meetings, their deadlines and annual-plan milestones"
DESCRIPTION = (
    HELP + ". Meetings not yet held (planned, invited; cancelled ones marked so), the deadlines "
    "the rules of procedure in force set for each (agenda sent, draft minutes due, comment "
    "period end, each with an alarm the morning before) and dated annual-plan entries. Event "
    "UIDs come from record ids and the repository, so calendars update events rather than "
    "duplicate them; a timed meeting without an end lasts the rules' meeting_duration_minutes "
    "(default 2 hours)."
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "calendar", help=HELP, description=DESCRIPTION, epilog="example: docket calendar -o m.ics"
    )
    add_root(parser)
    parser.add_argument("-o", "--output", type=Path, help="write the feed here (default: stdout)")
    parser.add_argument("--body", help="only this body's events (a body id, e.g. twg)")
    parser.add_argument(
        "--as-of",
        type=iso_date,
        metavar="DATE",
        help="the DTSTAMP of every event, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)",
    )
    parser.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        default=Audience.PUBLIC.value,
        help="who may read the feed: meetings and agenda items more confidential are left out "
        "(default: public, since feeds are shared widely)",
    )
    parser.add_argument(
        "--base-url",
        help="prefix for each event's URL, e.g. https://github.com/org/repo/blob/main",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    corpus = load_with_warning(root, "the feed")
    stamp = feed_timestamp(args.as_of)
    data = build_calendar(corpus, stamp, args.body, args.base_url, Audience(args.audience))
    if args.output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        atomic_write_bytes(args.output, data)
    return ExitCode.OK
