"""docket import FILE --body BODY: legacy minutes -> a draft meeting record to confirm."""

from __future__ import annotations

import argparse
from pathlib import Path

from docket.cli.common import add_root, iso_date, root_of, write_output
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.pipeline import load_corpus
from docket.workflow.import_minutes import import_minutes
from docket.workflow.import_minutes.read import SUPPORTED

HELP = "turn legacy minutes (DOCX, ODT, HTML, Markdown, PDF, text) into a draft meeting record"
EPILOG = (
    "The draft starts with comments listing what a person must confirm. "
    "exit codes: 0 draft written; 2 unreadable file, unknown body or usage error"
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("import", help=HELP, description=HELP, epilog=EPILOG)
    parser.add_argument("file", type=Path, metavar="FILE", help=f"one of {', '.join(SUPPORTED)}")
    parser.add_argument("--body", required=True, help="the body whose meeting it is, e.g. twg")
    parser.add_argument(
        "--date", type=iso_date, help="the meeting date, if the minutes do not say it"
    )
    parser.add_argument(
        "-o", "--output", type=Path, help="write the draft here (default: standard output)"
    )
    add_root(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    if args.output is not None and args.output.exists():
        raise UsageError(f"{args.output} already exists: choose another path or delete it")
    corpus, _, _ = load_corpus(root, use_cache=False)
    draft = import_minutes(args.file, corpus, args.body, args.date)
    write_output(draft.text(), args.output)
    if args.output is not None:
        print(
            f"wrote {args.output} (meeting {draft.meeting_id}): {len(draft.confirm)} points to "
            f"confirm are listed at its top; its place in the repository is {draft.path}"
        )
    return ExitCode.OK
