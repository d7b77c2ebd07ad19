"""The one finding type: what is wrong, where, and how bad.

Loader problems, reference problems and consistency checks all produce ``Finding``s. A finding
made after loading carries a ``pointer`` (keys and list indexes into the file's data); the
runner turns it into a line and column by re-reading just that file (see ``docket.load.locate``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

Pointer = tuple[str | int, ...]


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """A problem found in the repository.

    ``path`` is relative to the repository root with '/' separators; ``line`` and ``column``
    are 1-based and ``None`` only when the problem concerns a whole file or none.
    """

    code: str
    name: str
    level: Level
    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None
    pointer: Pointer | None = None
    at_key: bool = False
    hint: str | None = None
    subject: str | None = field(default=None, compare=False)

    def with_position(self, line: int, column: int) -> Finding:
        return replace(self, line=line, column=column)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line or 0, self.column or 0, self.code, self.message)
