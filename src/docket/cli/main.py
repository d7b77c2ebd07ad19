"""Entry point: ``docket COMMAND ...``. Each command lives in its own module."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from docket import __version__
from docket.cli.common import add_global_root
from docket.errors import DocketError, internal_error
from docket.exit_codes import ExitCode
from docket.memory import collector_paused
from docket.reporters.escape import printable
from docket.suggest import did_you_mean

COMMANDS: dict[str, str] = {
    "check": "validate every file and run the consistency checks",
    "schema": "write schemas/*.schema.json from the models (--check: fail if they are stale)",
    "diff": "what changed between two git revisions: meetings, decisions, follow-ups, findings",
    "calendar": "an iCalendar (.ics) feed of planned meetings, their deadlines and annual-plan "
    "milestones",
    "init": "make a new governance repository (a board, its rules, CI and pre-commit) in DIR",
    "rules": "list the structural problems and consistency checks (codes, names, levels)",
    "brief": "write the briefing pack for a body's meeting (PDF, Word, HTML, Markdown)",
    "render": "write a meeting's minutes or agenda, or the decision or follow-up register",
    "new": "write the next meeting record of a body, or add a follow-up, body, person, "
    "organisation or membership",
    "close": "close a follow-up (status closed, closed_in, closed_on)",
    "end": "end a membership (its last day), editing the body's file in place",
    "show": "show a body, person, rules of procedure or commission as it was on a date",
    "import": "turn legacy minutes (DOCX, ODT, HTML, Markdown, PDF, text) into draft meeting "
    "records",
    "site": "write the governance site: pages, registers, search, Atom feed, OParl JSON",
    "remind": "what is due or overdue, grouped by who must act (text, Markdown, JSON or e-mail)",
    "approve": "record the approval of minutes: by pull-request review, or at a later meeting",
}
"""Every command and its one-line help, in the order ``docket --help`` lists them.

A command's module (``docket.cli.<name>``, ``import_`` for ``import``) is imported only when that
command runs, so ``docket --version`` and ``docket --help`` start without the models, checks and
renderers. Each module's ``HELP`` must equal its line here (a test says so).
"""

GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--root"})
_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)$")


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose "invalid choice" error ends with a did-you-mean like docket's
    own messages (``docket rendr`` -> "did you mean 'render'?")."""

    def error(self, message: str) -> NoReturn:
        if match := _INVALID_CHOICE.search(message):
            message += did_you_mean(match.group(1), re.findall(r"'([^']*)'", match.group(2)))
        super().error(message)


def command_module(name: str) -> ModuleType:
    """The module that registers and runs the command ``name``."""
    module = f"{name}_" if name == "import" else name
    return importlib.import_module(f"docket.cli.{module}")


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command named on the command line, skipping global options and their values."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return None


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; only the ``chosen`` command's module is imported to add its options.

    With no command chosen (``docket --help``), every command is listed by its help line.
    """
    parser = Parser(
        prog="docket",
        description="Governance-as-code: validate, check and render a governance repository.",
        epilog="exit codes: 0 ok, 1 findings (errors; warnings with --strict), "
        "2 usage, configuration, I/O or internal error",
    )
    parser.add_argument("--version", action="version", version=f"docket {__version__}")
    add_global_root(parser)
    commands = parser.add_subparsers(
        title="commands", metavar="COMMAND", dest="command", required=True
    )
    for name, summary in COMMANDS.items():
        if name == chosen:
            command_module(name).register(commands)
        else:
            commands.add_parser(name, help=summary)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(chosen_command(arguments))
    args = parser.parse_args(arguments)
    try:
        with collector_paused():
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
