"""The static OParl 1.1 JSON of the public NGC site validates against the OParl 1.1 schemas
(copied into ``oparl-1.1/`` with their licence), and every id is the address of its own file."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

SCHEMAS = Path(__file__).parent / "oparl-1.1"
BASE = "http://localhost:8000/"
PUBLISHED = ("System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem")


def _validators() -> dict[str, Draft4Validator]:
    return {
        path.stem: Draft4Validator(json.loads(path.read_text(encoding="utf-8")))
        for path in SCHEMAS.glob("*.json")
    }


def _objects(node: Any) -> list[dict[str, Any]]:
    """Every OParl object in a file: the file itself, list entries, embedded objects."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if str(node.get("type", "")).startswith("https://schema.oparl.org/1.1/"):
            found.append(node)
        for value in node.values():
            found.extend(_objects(value))
    elif isinstance(node, list):
        for entry in node:
            found.extend(_objects(entry))
    return found


@pytest.fixture(scope="module")
def objects(public_site: Path) -> list[dict[str, Any]]:
    found = []
    for path in sorted((public_site / "oparl").rglob("*.json")):
        found.extend(_objects(json.loads(path.read_text(encoding="utf-8"))))
    return found


def test_every_object_validates_against_its_oparl_schema(objects: list[dict[str, Any]]) -> None:
    validators = _validators()
    errors = []
    for obj in objects:
        kind = obj["type"].rsplit("/", 1)[-1]
        errors += [f"{obj['id']}: {e.message}" for e in validators[kind].iter_errors(obj)]
    assert [] == errors
    assert set(PUBLISHED) <= {obj["type"].rsplit("/", 1)[-1] for obj in objects}


def test_dates_and_times_are_iso(objects: list[dict[str, Any]]) -> None:
    for obj in objects:
        for key in ("start", "end"):
            if key in obj:
                assert datetime.fromisoformat(obj[key]).tzinfo is not None
        for key in ("startDate", "endDate"):
            if key in obj:
                date.fromisoformat(obj[key])


def test_ids_are_the_addresses_of_their_files(
    objects: list[dict[str, Any]], public_site: Path
) -> None:
    for obj in objects:
        assert obj["id"].startswith(BASE)
        assert (public_site / obj["id"].removeprefix(BASE)).is_file(), obj["id"]


def test_meeting_links_its_page_and_visible_items(public_site: Path) -> None:
    meeting = json.loads((public_site / "oparl" / "meeting" / "twg-m1.json").read_text("utf-8"))
    assert BASE + "m/twg-m1/" == meeting["web"]
    assert ["1", "2", "3", "4", "5", "6", "7", "8"] == [i["number"] for i in meeting["agendaItem"]]
    assert meeting["start"].startswith("2025-04-24T14:30:00+02:00")
