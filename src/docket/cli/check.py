"""docket check: validate the repository and run the consistency checks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docket.cli.common import add_as_of, add_root, as_of, root_of, write_output
from docket.config import load_config
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.pipeline import check_repository
from docket.reporters import REPORTERS
from docket.reporters.text import use_colour
from docket.repository import relative

HELP = "validate every file and run the consistency checks"
EPILOG = (
    "The configuration (docket.toml, or [tool.docket] in pyproject.toml) selects checks, sets "
    "levels and options and waives findings; --select replaces its select, --ignore adds to "
    "its ignore (docs/configuration.md). "
    "Exit codes: 0 no errors (no warnings either with --strict); 1 errors found "
    "(or warnings with --strict); 2 usage, configuration, I/O or internal error"
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("check", help=HELP, description=HELP, epilog=EPILOG)
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders to report on")
    add_root(parser)
    add_as_of(parser)
    parser.add_argument(
        "--format",
        choices=list(REPORTERS),
        default="text",
        help="text (grouped by file), json (schemas/check-output.schema.json), github "
        "(workflow annotations) or sarif (2.1.0, for code scanning)",
    )
    parser.add_argument("--select", default="", help="checks to run: codes, names or prefixes")
    parser.add_argument("--ignore", default="", help="checks to skip: codes, names or prefixes")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument("--no-cache", action="store_true", help="parse every file afresh")
    parser.add_argument("-o", "--output", type=Path, help="write the report to this file")
    parser.set_defaults(run=run)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    config = load_config(root)
    checks = config.checks_to_run(_split(args.select), _split(args.ignore))
    paths = []
    for path in args.paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        paths.append(relative(path, root))
    report = check_repository(
        root, as_of(args), checks, paths=paths, use_cache=not args.no_cache, config=config
    )
    colour = args.output is None and args.format == "text" and use_colour()
    write_output(REPORTERS[args.format](report, colour), args.output)
    if report.crashed():
        print("docket: a check crashed (DK000): the report is incomplete", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    return ExitCode.FINDINGS if report.failed(args.strict) else ExitCode.OK
