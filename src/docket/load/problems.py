"""Structural problems found while loading: each has a stable code and a readable name.

These are findings like the consistency checks' (``docket rules`` lists both), but they come
from the loader, so they cannot be switched off: a file that does not load cannot be checked.
"""

from __future__ import annotations

from dataclasses import dataclass

from docket.findings import Finding, Level, Pointer


@dataclass(frozen=True)
class Problem:
    code: str
    name: str
    summary: str
    level: Level = Level.ERROR

    def finding(
        self,
        message: str,
        path: str,
        *,
        line: int | None = None,
        column: int | None = None,
        pointer: Pointer | None = None,
        at_key: bool = False,
        hint: str | None = None,
        subject: str | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            level=self.level,
            message=message,
            path=path,
            line=line,
            column=column,
            pointer=pointer,
            at_key=at_key,
            hint=hint,
            subject=subject,
        )


YAML_SYNTAX = Problem("DK001", "yaml-syntax", "The file is not valid YAML.")
DUPLICATE_KEY = Problem("DK002", "duplicate-key", "A mapping has the same key twice.")
NOT_UTF8 = Problem("DK003", "not-utf8", "The file is not UTF-8 text.")
FORBIDDEN_CHARACTER = Problem(
    "DK004", "forbidden-character", "A tab or control character in the file."
)
FILE_TOO_LARGE = Problem("DK005", "file-too-large", "The file is larger than docket reads.")
NESTING_TOO_DEEP = Problem("DK006", "nesting-too-deep", "Lists or mappings nested too deeply.")
ALIAS_NOT_ALLOWED = Problem("DK007", "alias-not-allowed", "YAML anchors and aliases are not used.")
EMPTY_DOCUMENT = Problem("DK008", "empty-document", "The file holds no document.")
UNKNOWN_KIND = Problem("DK009", "unknown-kind", "The file's kind is missing or unknown.")
UNKNOWN_KEY = Problem("DK010", "unknown-key", "A key the schema does not define.")
MISSING_KEY = Problem("DK011", "missing-key", "A required key is missing.")
INVALID_VALUE = Problem("DK012", "invalid-value", "A value of the wrong type or form.")
INVALID_DATE = Problem("DK013", "invalid-date", "A date that is not a real YYYY-MM-DD date.")
DANGLING_REFERENCE = Problem("DK014", "dangling-reference", "An id that refers to nothing.")
DUPLICATE_ID = Problem("DK015", "duplicate-id", "Two objects share one id.")
PATH_OUTSIDE_REPOSITORY = Problem(
    "DK016", "path-outside-repository", "A file path that leaves the repository."
)
UNREADABLE_FILE = Problem("DK017", "unreadable-file", "The file cannot be read.")
BIDI_CONTROL = Problem(
    "DK018",
    "bidi-control",
    "A bidirectional control character that makes text display differently from what it holds.",
    Level.WARNING,
)

LOAD_PROBLEMS: tuple[Problem, ...] = (
    YAML_SYNTAX,
    DUPLICATE_KEY,
    NOT_UTF8,
    FORBIDDEN_CHARACTER,
    FILE_TOO_LARGE,
    NESTING_TOO_DEEP,
    ALIAS_NOT_ALLOWED,
    EMPTY_DOCUMENT,
    UNKNOWN_KIND,
    UNKNOWN_KEY,
    MISSING_KEY,
    INVALID_VALUE,
    INVALID_DATE,
    DANGLING_REFERENCE,
    DUPLICATE_ID,
    PATH_OUTSIDE_REPOSITORY,
    UNREADABLE_FILE,
    BIDI_CONTROL,
)
