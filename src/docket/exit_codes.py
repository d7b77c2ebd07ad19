"""The three exit codes every docket command uses, and nothing else.

- 0 ``OK``: the command did its work; ``docket check`` found no error (nor warning with --strict).
- 1 ``FINDINGS``: ``docket check`` found errors (or warnings, with --strict).
- 2 ``COULD_NOT_RUN``: bad arguments, configuration, I/O or an internal error; nothing was
  judged. argparse ends with 2 on a bad command line too, so the code means the same there.
"""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    COULD_NOT_RUN = 2
