"""Arguments and helpers shared by commands."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from docket.repository import find_root


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: use YYYY-MM-DD") from None


def add_root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root",
        type=Path,
        help="the governance repository (default: the one containing the current folder)",
    )


def add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="judge deadlines as of this date, YYYY-MM-DD (default: today)",
    )


def root_of(args: argparse.Namespace) -> Path:
    return find_root(args.root)


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
