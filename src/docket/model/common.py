"""Field types shared by every document kind.

The types are chosen so that pydantic and a JSON Schema validator accept exactly the same input:
flags are strict booleans, counts strict integers, dates ISO strings checked by both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from annotated_types import Ge, Le
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1
ID_PATTERN = r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"
_DATE_RE = re.compile(DATE_PATTERN)


def _parse_iso_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise PydanticCustomError(
            "invalid_date",
            "{value} is not a date: write it as YYYY-MM-DD, e.g. 2025-04-24",
            {"value": repr(value)},
        )
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError(
            "invalid_date",
            "{value} is not a real calendar date: check the month (01-12) and the day",
            {"value": repr(value)},
        ) from None


IsoDate = Annotated[
    date,
    BeforeValidator(_parse_iso_date),
    WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
]
"""A calendar date written YYYY-MM-DD (the loader keeps YAML timestamps as text)."""

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=80),
    Field(description="A stable identifier: lower-case letters, digits, '-', '_' or '.'."),
]


@dataclass(frozen=True)
class RefTo:
    """Marks a field as a reference to the id of an object of one of ``kinds``.

    ``docket.corpus.walk`` collects every field so marked and ``build_corpus`` resolves it
    (a dangling reference is finding DK014).
    """

    kinds: tuple[str, ...]


def _ref_schema(kinds: str) -> WithJsonSchema:
    return WithJsonSchema(
        {"type": "string", "pattern": ID_PATTERN, "description": f"The id of a {kinds}."}
    )


PersonRef = Annotated[Id, RefTo(("person",)), _ref_schema("person")]
OrganisationRef = Annotated[Id, RefTo(("organisation",)), _ref_schema("organisation")]
PartyRef = Annotated[Id, RefTo(("person", "organisation")), _ref_schema("person or organisation")]
BodyRef = Annotated[Id, RefTo(("body",)), _ref_schema("body")]
MeetingRef = Annotated[Id, RefTo(("meeting",)), _ref_schema("meeting")]
ItemRef = Annotated[Id, RefTo(("item",)), _ref_schema("agenda item")]
DecisionRef = Annotated[Id, RefTo(("decision",)), _ref_schema("decision")]
AmendmentRef = Annotated[Id, RefTo(("amendment",)), _ref_schema("amendment")]
GoverningDocumentRef = Annotated[
    Id,
    RefTo(("commission", "rules-of-procedure", "annual-plan")),
    _ref_schema("commission, rules of procedure or annual plan"),
]
ForwardRef = Annotated[Id, RefTo(("forward",)), _ref_schema("forwarded input")]
WrittenProcedureRef = Annotated[Id, RefTo(("written-procedure",)), _ref_schema("written procedure")]
AddressableRef = Annotated[
    Id,
    RefTo(
        (
            "forward",
            "pending-decision",
            "topic",
            "milestone",
            "follow-up",
            "amendment",
            "decision",
            "written-procedure",
        )
    ),
    _ref_schema(
        "forwarded input, pending decision, topic, milestone, follow-up, amendment, decision "
        "or written procedure"
    ),
]
WEB_ADDRESS_PATTERN = r"^(?:[Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)[^\s]"
_WEB_ADDRESS_RE = re.compile(WEB_ADDRESS_PATTERN)


def _web_address(value: Any) -> Any:
    if isinstance(value, str) and not _WEB_ADDRESS_RE.match(value):
        raise PydanticCustomError(
            "invalid_url",
            "not a web address: write https://... (or mailto:...); javascript:, file: and "
            "data: links are refused, since they run code or reach into the reader's machine",
        )
    return value


WebAddress = Annotated[
    str,
    BeforeValidator(_web_address),
    WithJsonSchema({"type": "string", "pattern": WEB_ADDRESS_PATTERN}),
]
"""A link to a web page (http, https) or a mail address (mailto); nothing that runs code."""

TimeOfDay = Annotated[
    str,
    StringConstraints(pattern=TIME_PATTERN),
    Field(description="A time of day, 24-hour HH:MM (rendered '14.30' in Danish)."),
]
Text = Annotated[
    str,
    Field(
        description=(
            "Plain text, never markup. A blank line separates paragraphs; lines starting with "
            "'- ' form a bullet list."
        )
    ),
]


def _whole_float_to_int(value: Any) -> Any:
    """1.0 is the integer 1 to JSON Schema; accept it so the model and the schema agree."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_WHOLE = BeforeValidator(_whole_float_to_int)

# Integers are never bools or numeric strings (JSON Schema refuses those too). The bounds come
# before the validator so that they reach the JSON Schema as minimum/maximum.
Flag = StrictBool
Count = Annotated[StrictInt, Ge(0), _WHOLE]
PositiveNumber = Annotated[StrictInt, Ge(1), _WHOLE]
Year = Annotated[StrictInt, Ge(1900), Le(2999), _WHOLE]
SchemaVersion = Annotated[
    StrictInt,
    Ge(SCHEMA_VERSION),
    Le(SCHEMA_VERSION),
    _WHOLE,
    Field(description="The schema version of this file."),
]


class Record(BaseModel):
    """Base of every model: unknown keys are errors, values are not coerced across types."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Language(StrEnum):
    DA = "da"
    EN = "en"


class Localized(Record):
    """A text in Danish and English; at least the body's own language must be given."""

    da: str | None = None
    en: str | None = None

    def get(self, lang: Language | str) -> str:
        """The text in ``lang``, falling back to the other language."""
        first, second = (self.da, self.en) if str(lang) == "da" else (self.en, self.da)
        return first or second or ""


class DocumentHeader(Record):
    """Fields every document file starts with."""

    schema_version: SchemaVersion = Field(
        default=SCHEMA_VERSION, description="The schema version of this file."
    )
