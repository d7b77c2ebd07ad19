"""The one base of every error a docket command reports to its user.

A ``DocketError`` means the command could not do what was asked; its message says what is wrong
and how to fix it, and it carries the exit code the command ends with. ``docket.cli.main``
catches it once and prints it; the modules that raise it never print, and no command re-wraps
another module's error. Errors that stay inside one module (the YAML composer's, which become
located findings) are not ``DocketError``s.
"""

from __future__ import annotations

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
