"""Arguments and helpers shared by commands."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from docket.repository import find_root, given_root


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: use YYYY-MM-DD") from None


ROOT_HELP = "the governance repository (default: the one containing the current folder)"


def add_root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, help=ROOT_HELP)


def add_global_root(parser: argparse.ArgumentParser) -> None:
    """``docket --root DIR COMMAND``: the same option before the command.

    It has its own destination, because a subcommand's default would overwrite it.
    """
    parser.add_argument("--root", dest="global_root", type=Path, metavar="ROOT", help=ROOT_HELP)


def add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="judge deadlines as of this date, YYYY-MM-DD (default: today)",
    )


def root_of(args: argparse.Namespace) -> Path:
    """The repository named after the command, else before it, else the one we are in."""
    named = args.root or getattr(args, "global_root", None)
    return find_root() if named is None else given_root(named)


def as_of(args: argparse.Namespace) -> date:
    return args.as_of or date.today()


def use_colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def write_output(text: str, output: Path | None) -> None:
    """Write ``text`` to ``output`` atomically, or to standard output."""
    if output is None:
        sys.stdout.write(text)
        return
    from docket.fileio import atomic_write_text

    atomic_write_text(output, text)


AUDIENCES = ("public", "internal", "confidential")
"""The values of ``model.meeting.Confidentiality``, named here so that registering a command's
options loads no model (a test keeps the two equal)."""


def add_audience(parser: argparse.ArgumentParser, default: str, what: str) -> None:
    """``--audience public|internal|confidential``: who may read the output."""
    parser.add_argument(
        "--audience",
        choices=AUDIENCES,
        default=default,
        help=f"who may read {what}: leaves out everything more confidential (default: {default})",
    )
