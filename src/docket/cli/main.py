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
)
from docket.errors import DocketError, internal_error
from docket.exit_codes import ExitCode
from docket.reporters.escape import printable

COMMANDS = (check, schema, diff, calendar, init, rules, brief, render, new, close, import_)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="docket",
        description="Governance-as-code: validate, check and render a governance repository.",
        epilog="exit codes: 0 ok, 1 findings (errors; warnings with --strict), "
        "2 usage, configuration, I/O or internal error",
    )
    parser.add_argument("--version", action="version", version=f"docket {__version__}")
    commands = parser.add_subparsers(
        title="commands", metavar="COMMAND", dest="command", required=True
    )
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
            print(f"docket: {printable(line)}", file=sys.stderr)
        return error.exit_code
    except OSError as error:
        name = printable(str(error.filename or ""))
        print(f"docket: {name}: {error.strerror or error}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    except KeyboardInterrupt:
        return ExitCode.COULD_NOT_RUN
    except Exception as error:  # the README's promise: exit 2 and one line, never a traceback
        print(
            f"docket: internal error in 'docket {args.command}': "
            f"{printable(internal_error(error))}; nothing was judged, please report this",
            file=sys.stderr,
        )
        return ExitCode.COULD_NOT_RUN
