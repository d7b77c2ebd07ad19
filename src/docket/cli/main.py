"""Entry point: ``docket COMMAND ...``. Each command lives in its own module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from docket import __version__
from docket.cli import (
    brief,
    calendar,
    check,
    close,
    diff,
    import_,
    init,
    new,
    render,
    rules,
    schema,
    site,
)
from docket.errors import DocketError
from docket.exit_codes import ExitCode

COMMANDS = (check, schema, diff, calendar, init, rules, brief, render, new, close, import_, site)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="docket",
        description="Governance-as-code: validate, check and render a governance repository.",
        epilog="exit codes: 0 ok, 1 findings (errors; warnings with --strict), "
        "2 usage, configuration, I/O or internal error",
    )
    parser.add_argument("--version", action="version", version=f"docket {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except DocketError as error:
        for line in error.lines():
            print(f"docket: {line}", file=sys.stderr)
        return error.exit_code
    except OSError as error:
        print(f"docket: {error.filename or ''}: {error.strerror}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    except KeyboardInterrupt:
        return ExitCode.COULD_NOT_RUN
