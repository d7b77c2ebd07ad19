"""docket check: validate the repository and run the consistency checks."""

from __future__ import annotations

import argparse
import io
import sys
from contextlib import redirect_stderr
from dataclasses import replace
from pathlib import Path

from docket import report_cache
from docket.cli.common import (
    add_as_of,
    add_audience,
    add_root,
    as_of,
    root_of,
    use_colour,
    write_output,
)
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.reporters import REPORTER_MODULES
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
        choices=list(REPORTER_MODULES),
        default="text",
        help="text (grouped by file), json (schemas/check-output.schema.json), github "
        "(workflow annotations) or sarif (2.1.0, for code scanning)",
    )
    parser.add_argument("--select", default="", help="checks to run: codes, names or prefixes")
    parser.add_argument("--ignore", default="", help="checks to skip: codes, names or prefixes")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument("--no-cache", action="store_true", help="parse and check every file afresh")
    parser.add_argument("-o", "--output", type=Path, help="write the report to this file")
    add_audience(parser, "internal", "the report (findings about confidential items are kept out)")
    parser.set_defaults(run=run)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def run(args: argparse.Namespace) -> int:
    """Replay the last report when nothing it depends on changed; otherwise check afresh."""
    root = root_of(args)
    paths = []
    for path in args.paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        paths.append(relative(path, root))
    colour = args.output is None and args.format == "text" and use_colour()
    key_arguments = [
        as_of(args).isoformat(),
        args.format,
        args.select,
        args.ignore,
        str(args.strict),
        str(colour),
        args.audience,
        *paths,
    ]
    digests: dict[Path, bytes] = {}
    key = None if args.no_cache else report_cache.inputs_key(root, key_arguments, digests)
    outcome = None if key is None else report_cache.recall(root, key)
    if outcome is None:
        errors = io.StringIO()
        with redirect_stderr(errors):
            outcome, attachments = _check(args, root, paths, colour, digests)
        outcome = replace(outcome, stderr=errors.getvalue() + outcome.stderr)
        if key is not None and outcome.exit_code != ExitCode.COULD_NOT_RUN:
            report_cache.remember(root, report_cache.Entry(key, attachments, outcome))
    write_output(outcome.output, args.output)
    sys.stderr.write(outcome.stderr)
    return outcome.exit_code


def _check(
    args: argparse.Namespace,
    root: Path,
    paths: list[str],
    colour: bool,
    digests: dict[Path, bytes],
) -> tuple[report_cache.Outcome, tuple[tuple[str, str], ...]]:
    """Load, check and report; the attachment paths the record names, as the checks saw them.
    ``digests``: the data files' digests the report's key was made of."""
    from docket.config import load_config
    from docket.pipeline import check_corpus, load_corpus
    from docket.render.audience import Audience
    from docket.reporters import reporter

    config = load_config(root)
    checks = config.checks_to_run(_split(args.select), _split(args.ignore))
    corpus, structural, files = load_corpus(root, not args.no_cache, digests)
    audience = Audience(args.audience)
    report = check_corpus(
        corpus,
        structural,
        files,
        as_of(args),
        checks,
        paths,
        config,
        audience=audience,
        cache=not args.no_cache,
    )
    output = reporter(args.format)(report, colour)
    attachments = report_cache.attachment_states(
        root,
        (listed.path for facts in corpus.facts.values() for listed in facts.attachments),
    )
    count = len(report.withheld)
    withheld = (
        f"docket: {count} finding{'s are' if count != 1 else ' is'} above the {audience} "
        "audience and not shown; they still count for the exit code\n"
        if count
        else ""
    )
    if report.crashed():
        crashed = "docket: a check crashed (DK000): the report is incomplete\n"
        return report_cache.Outcome(output, withheld + crashed, ExitCode.COULD_NOT_RUN), attachments
    exit_code = ExitCode.FINDINGS if report.failed(args.strict) else ExitCode.OK
    return report_cache.Outcome(output, withheld, exit_code), attachments
