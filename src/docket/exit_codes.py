"""The three exit codes every docket command uses, and nothing else.

- 0 ``OK``: the command did its work; ``docket check`` found no error (nor warning with --strict).
- 1 ``FINDINGS``: ``docket check`` found errors (or warnings, with --strict).
- 2 ``USAGE``: bad arguments, configuration, I/O or an internal error; nothing was judged.
"""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2
