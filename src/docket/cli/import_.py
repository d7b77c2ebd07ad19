"""docket import FILE|DIR... [--body BODY]: legacy minutes -> draft meeting records to confirm."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docket.cli.common import add_root, iso_date, root_of, write_output
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.pipeline import load_corpus
from docket.workflow.import_minutes import import_minutes
from docket.workflow.import_minutes.batch import documents_in, import_folder, summary
from docket.workflow.import_minutes.read import SUPPORTED

HELP = "turn legacy minutes (DOCX, ODT, HTML, Markdown, PDF, text) into draft meeting records"
EPILOG = (
    "One file: the draft goes to standard output (or -o FILE). A folder or several files: one "
    "draft per meeting, numbered in date order, written at its place in the repository (or in "
    "-o DIR), never over an existing file: a meeting already there is skipped, so a second run "
    "writes nothing new; a table of what was written follows. Each draft starts with comments "
    "listing what a person must confirm. exit codes: 0 drafts written or skipped as already "
    "there; 1 a draft is incomplete (no items, or more than a fifth of the text unplaced) or a "
    "document was not imported; 2 unreadable file, unknown or contradicted body, usage error"
)
BAR_WIDTH = 30


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("import", help=HELP, description=HELP, epilog=EPILOG)
    parser.add_argument(
        "sources", type=Path, nargs="+", metavar="FILE|DIR",
        help=f"documents ({', '.join(SUPPORTED)}) or folders of them",
    )  # fmt: skip
    parser.add_argument(
        "--body",
        help="the body whose meetings they are, e.g. twg (default: the body the minutes name)",
    )
    parser.add_argument(
        "--date", type=iso_date, help="the meeting date, if the minutes do not say it (one file)"
    )
    parser.add_argument(
        "-o", "--output", type=Path,
        help="one file: write the draft here (default: standard output); several: a folder",
    )  # fmt: skip
    add_root(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    missing = [str(p) for p in args.sources if not p.exists()]
    if missing:
        raise UsageError(f"{', '.join(missing)}: no such file or folder")
    if len(args.sources) == 1 and args.sources[0].is_file():
        return _one(args, root)
    if args.date is not None:
        raise UsageError("--date is for one file; each of several must give its own date")
    corpus, _, _ = load_corpus(root, use_cache=False)
    sources = documents_in(args.sources)
    if not sources:
        raise UsageError(
            f"no documents ({', '.join(SUPPORTED)}) in {', '.join(map(str, args.sources))}"
        )
    interactive = sys.stderr.isatty()
    outcomes = import_folder(
        sources, corpus, args.body, args.output, _progress if interactive else None
    )
    if interactive:
        sys.stderr.write("\n")
    print(summary(outcomes))
    return ExitCode.FINDINGS if any(o.problem for o in outcomes) else ExitCode.OK


def _progress(index: int, total: int, source: Path) -> None:
    """A progress bar redrawn in place: only on a terminal, never in a CI log or a pipe."""
    done = BAR_WIDTH * index // total
    bar = "#" * done + "." * (BAR_WIDTH - done)
    sys.stderr.write(f"\rreading [{bar}] {index}/{total} {source.name[:40]:<40}")
    sys.stderr.flush()


def _one(args: argparse.Namespace, root: Path) -> int:
    source: Path = args.sources[0]
    if args.output is not None and args.output.exists():
        raise UsageError(f"{args.output} already exists: choose another path or delete it")
    corpus, _, _ = load_corpus(root, use_cache=False)
    draft = import_minutes(source, corpus, args.body, args.date)
    write_output(draft.text(), args.output)
    if args.output is not None:
        print(
            f"wrote {args.output} (meeting {draft.meeting_id}): {len(draft.confirm)} points to "
            f"confirm are listed at its top; its place in the repository is {draft.path}"
        )
    if draft.incomplete:
        sys.stderr.write(f"docket: {source}: incomplete draft: {draft.incomplete}\n")
        return ExitCode.FINDINGS
    return ExitCode.OK
