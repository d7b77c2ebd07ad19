"""A CPR number or a private person's e-mail address in the text of a document.

Why: a governance repository is shared widely, often published, and its history is kept for
ever; a Danish civil registration (CPR) number or a private e-mail address in minutes or notes is
personal data that does not belong there (GDPR). Every text field of every document is searched
for CPR numbers (ddmmyy-xxxx or ddmmyyxxxx whose first six digits are a real date; the modulus
11 test is not applied, as numbers issued since 2007 need not pass it) and for e-mail addresses
whose domain is not one of a registered organisation's ``domains`` (or a subdomain of one).
Messages mask what they found.

Bad:
    minutes: Patienten (CPR 010190-1234) blev drøftet; kontakt jens.hansen@gmail.com.

Good:
    minutes: Patienten blev drøftet anonymt; kontakt sekretariatet på sek@acme.dk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from docket.checks.base import Context, Hit
from docket.corpus.walk import iter_models
from docket.findings import Level, Pointer

CODE = "DK113"
NAME = "personal-identifier"
LEVEL = Level.ERROR
READS = frozenset({"organisations"})

# The look-behind sits after the first digit so that the engine can skip fast to digits.
CPR = re.compile(r"([0-9](?<![\w-][0-9])[0-9])([0-9]{2})([0-9]{2})-?([0-9])[0-9]{3}(?![\w-])")
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b")


DIGITS_AS_ZERO = bytes(ord("0") if byte in b"0123456789" else ord(" ") for byte in range(256))
"""Maps every ASCII digit to ``0`` and every other byte to a space, for a C-speed pre-test."""


def find(ctx: Context) -> Iterator[Hit]:
    domains = {d.lower().lstrip("@") for o in ctx.corpus.organisations.values() for d in o.domains}
    for document in ctx.corpus.documents:
        if not _may_hold_identifier(ctx.corpus.root / document.path, document.model):
            continue
        for obj, pointer in iter_models(document.model):
            for where, text in _texts(obj, pointer):
                for message in _identifiers(text, domains):
                    yield Hit(message, document.path, where, subject=getattr(obj, "id", None))


def _may_hold_identifier(file: Path, model: BaseModel) -> bool:
    """False when no text of the document can hold a CPR number or an e-mail address.

    Most documents hold neither, and walking every field of every model is what this check
    costs on a large repository. A file with no ``@`` and no run of six digits has nothing for
    the exact patterns below to find: two byte scans of the file in C decide. A backslash may
    be an escape that spells a digit or ``@`` (or joins two lines), and a file that cannot be
    read again may have changed: then the document as JSON, serialised in pydantic's core,
    where every text has its digits, hyphens and ``@`` as written, is scanned instead.
    """
    try:
        raw = file.read_bytes()
    except OSError:
        raw = b"\\"
    if b"\\" in raw:
        raw = model.__pydantic_serializer__.to_json(model)
    return b"@" in raw or b"000000" in raw.translate(DIGITS_AS_ZERO)


def _texts(obj: BaseModel, pointer: Pointer) -> Iterator[tuple[Pointer, str]]:
    """Every string field of ``obj`` (not nested models, not enum values), with its pointer."""
    for name, value in vars(obj).items():
        if type(value) is str:
            yield (*pointer, name), value
        elif type(value) is list:
            for index, entry in enumerate(value):
                if type(entry) is str:
                    yield (*pointer, name, index), entry


def _has_digits(text: str) -> bool:
    """A quick test that spares most prose the CPR pattern (ten substring scans in C)."""
    return any(digit in text for digit in "0123456789")


def _identifiers(text: str, domains: set[str]) -> Iterator[str]:
    for match in CPR.finditer(text) if len(text) >= 10 and _has_digits(text) else ():
        if _cpr_birth_date(match) is not None:
            masked = "******-****" if "-" in match.group(0) else "**********"
            yield (
                f"a CPR number ({masked}) at character {match.start() + 1}: remove it; "
                "personal identification numbers do not belong in governance documents"
            )
    for match in EMAIL.finditer(text) if "@" in text else ():
        domain = match.group(1).lower()
        if not any(domain == d or domain.endswith("." + d) for d in domains):
            address = match.group(0)
            masked = f"{address[0]}***@{match.group(1)}"
            yield (
                f"the e-mail address {masked} at character {match.start() + 1} is not at a "
                "registered organisation's domain: remove a private person's address, or add "
                "the domain to the organisation's 'domains' in the organisations registry"
            )


def _cpr_birth_date(match: re.Match[str]) -> date | None:
    """The birth date a CPR number encodes (century from the 7th digit), if it is a real day."""
    day, month, year, seventh = (int(group) for group in match.groups())
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if year <= 36 else 1900
    else:
        century = 2000 if year <= 57 else 1800
    try:
        return date(century + year, month, day)
    except ValueError:
        return None
