"""docket show body|person|rules|commission ID [--as-of D]: a record as it was on a date."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from docket.cli.common import add_as_of, add_root, as_of, root_of
from docket.corpus import Corpus
from docket.exit_codes import ExitCode
from docket.pipeline import load_corpus
from docket.time_travel import (
    Facts,
    body_facts,
    commission_facts,
    person_record,
    rules_facts,
)

HELP = "show a body, person, rules of procedure or commission as it was on a date"
EPILOG = "exit codes: 0 shown; 2 usage error or unknown id"

WHAT: dict[str, Callable[[Corpus, str, date], Facts]] = {
    "body": body_facts,
    "person": person_record,
    "rules": rules_facts,
    "commission": commission_facts,
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "show",
        help=HELP,
        description="Show a body (members with role, title and organisation, the rules and "
        "commission in force, the next meeting's deadlines), a person (title, organisation, "
        "memberships), or which version of rules of procedure or a commission applied, all "
        "as on --as-of.",
        epilog=EPILOG,
    )
    parser.add_argument("what", choices=list(WHAT), help="what to show")
    parser.add_argument("id", metavar="ID", help="its id")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    add_root(parser)
    add_as_of(parser)
    parser.set_defaults(run=run)


def text_lines(value: Any, indent: int = 0) -> list[str]:
    """Facts as indented 'key: value' lines; lists as '- ' entries. A field with no value is
    left out, as the JSON keeps it as null for a program to read."""
    pad = "  " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if item is None or item == [] or item == {}:
                continue
            if isinstance(item, dict | list):
                lines.append(f"{pad}{key}:")
                lines += text_lines(item, indent + 1)
            else:
                shown = str(item).lower() if isinstance(item, bool) else item
                lines.append(f"{pad}{key}: {shown}")
    elif isinstance(value, list):
        for item in value:
            nested = text_lines(item, indent + 1)
            if nested:
                lines.append(f"{pad}- {nested[0].strip()}")
                lines += nested[1:]
    else:
        lines.append(f"{pad}{value}")
    return lines


def run(args: argparse.Namespace) -> int:
    corpus, _, _ = load_corpus(root_of(args), use_cache=False)
    facts = WHAT[args.what](corpus, args.id, as_of(args))
    if args.format == "json":
        print(json.dumps(facts, ensure_ascii=False, indent=2))
    else:
        print("\n".join(text_lines(facts)))
    return ExitCode.OK
