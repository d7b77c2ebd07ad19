"""docket approve minutes MEETING --reviews FILE | --at MEETING: record the approval of minutes
by pull-request review, or at a later meeting of the body."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docket.approve import (
    approve_at_meeting,
    explain,
    find_meeting,
    judge,
    parse_reviews,
    record_approval,
)
from docket.cli.common import add_as_of, add_root, as_of, root_of
from docket.corpus import Corpus
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.model.meeting import MeetingStatus
from docket.pipeline import load_corpus
from docket.workflow.write import apply

HELP = "record the approval of minutes: by pull-request review, or at a later meeting"
DESCRIPTION = (
    "Read the reviews of the pull request that changes the minutes (save the answer of "
    "'gh api repos/OWNER/REPO/pulls/N/reviews'), map reviewers to members by the people's "
    "github field and record the approval (status minutes-approved, minutes_approved, "
    "minutes_approval: method review, by) only when the rules of procedure in force allow it: "
    "the comment period has ended, enough voting members approved (minutes_approval_share of "
    "the voting members, else the quorum), and no member's change request is still open. "
    "Otherwise it says what is missing. With --at, the minutes were approved at a later "
    "meeting of the body, held after the comment period ended (minutes_approval: method "
    "meeting). The file keeps its comments and layout."
)
EPILOG = (
    "example: gh api repos/ngc/governance/pulls/12/reviews > reviews.json && "
    "docket approve minutes twg-m1 --reviews reviews.json; docket approve minutes twg-m1 "
    "--at twg-m2. "
    "exit codes: 0 recorded (or already approved; with --dry-run: would be recorded); "
    "1 not allowed yet (what is missing is printed); 2 usage error or unreadable reviews"
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("approve", help=HELP, description=DESCRIPTION, epilog=EPILOG)
    kinds = parser.add_subparsers(title="what", metavar="WHAT", required=True)
    minutes = kinds.add_parser("minutes", help=HELP, description=DESCRIPTION, epilog=EPILOG)
    minutes.add_argument("meeting", metavar="MEETING", help="the meeting's id or file")
    how = minutes.add_mutually_exclusive_group(required=True)
    how.add_argument("--reviews", type=Path, metavar="FILE", help="the reviews JSON ('-': stdin)")
    how.add_argument(
        "--at",
        metavar="MEETING",
        help="the later meeting of the body at which the minutes were approved",
    )
    minutes.add_argument("--reference", help="where the approval is, e.g. the pull request's URL")
    minutes.add_argument(
        "--dry-run", action="store_true", help="only judge and explain; write nothing"
    )
    minutes.add_argument(
        "--drafts-only",
        action="store_true",
        help="judge only minutes in draft (status minutes-draft); say so and exit 0 for any "
        "other meeting (for CI on every pull request that touches a meeting file)",
    )
    add_as_of(minutes)
    add_root(minutes)
    minutes.set_defaults(run=run)


def _read(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the reviews file {path}: {error}") from None


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    corpus, _, _ = load_corpus(root, use_cache=False)
    if args.at is not None:
        return _at_meeting(corpus, args)
    reviews = parse_reviews(_read(args.reviews), str(args.reviews))
    located = find_meeting(corpus, args.meeting)
    if args.drafts_only and located.obj.status != MeetingStatus.MINUTES_DRAFT:
        print(f"{located.obj.id}: status {located.obj.status}, no draft minutes to approve")
        return ExitCode.OK
    verdict = judge(corpus, args.meeting, reviews, as_of(args))
    sys.stdout.write(explain(corpus, verdict))
    if verdict.already:
        return ExitCode.OK
    if not verdict.allowed:
        return ExitCode.FINDINGS
    if args.dry_run:
        return ExitCode.OK
    edit = record_approval(corpus, verdict, args.reference)
    apply(corpus, [edit])
    print(f"{edit.summary} ({edit.path})")
    return ExitCode.OK


def _at_meeting(corpus: Corpus, args: argparse.Namespace) -> int:
    edit = approve_at_meeting(corpus, args.meeting, args.at)
    if edit is None:
        print(f"{args.meeting}: the minutes are approved already")
        return ExitCode.OK
    if args.dry_run:
        print(f"would have {edit.summary} ({edit.path})")
        return ExitCode.OK
    apply(corpus, [edit])
    print(f"{edit.summary} ({edit.path})")
    return ExitCode.OK
