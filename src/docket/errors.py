"""The one base of every error a docket command reports to its user.

A ``DocketError`` means the command could not do what was asked; its message says what is wrong
and how to fix it, and it carries the exit code the command ends with. ``docket.cli.main``
catches it once and prints it; the modules that raise it never print, and no command re-wraps
another module's error. Errors that stay inside one module (the YAML composer's, which become
located findings) are not ``DocketError``s.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import ClassVar

from docket.exit_codes import ExitCode


class DocketError(Exception):
    """A problem that stops a command; ``str(error)`` says what and how to fix it."""

    exit_code: ClassVar[ExitCode] = ExitCode.COULD_NOT_RUN

    def lines(self) -> list[str]:
        """What the command prints, each entry after ``docket: ``."""
        return [str(self) or type(self).__name__]


class UsageError(DocketError):
    """The command line asks for something that cannot be done (a file that is not there, a
    format that does not exist)."""


def where_raised(error: BaseException) -> str:
    """``docket/module.py:LINE`` of the innermost frame of docket's own code that ``error``
    passed through (relative to the package, so no message shows the machine's folders)."""
    package = Path(__file__).resolve().parent
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(package)]
    if not frames:
        return "an unknown place"
    frame = (ours or frames)[-1]
    path = Path(frame.filename).resolve()
    shown = path.relative_to(package.parent) if path.is_relative_to(package) else Path(path.name)
    return f"{shown.as_posix()}:{frame.lineno}"


def internal_error(error: BaseException) -> str:
    """One line naming an unexpected error and where it happened, without the traceback."""
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror  # without the file name, which may be long or absolute
    else:
        text = str(error).splitlines()[0][:200] if str(error) else ""
    return f"{type(error).__name__}{': ' + text if text else ''} at {where_raised(error)}"
