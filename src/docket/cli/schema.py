"""docket schema: write the JSON Schemas generated from the models, or check they are current."""

from __future__ import annotations

import argparse
import sys

from docket.cli.common import add_root, root_of
from docket.exit_codes import ExitCode
from docket.fileio import atomic_write_text
from docket.schema_gen import expected_files, stale_files

HELP = "write schemas/*.schema.json from the models (--check: fail if they are stale)"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("schema", help=HELP, description=HELP)
    add_root(parser)
    parser.add_argument("--check", action="store_true", help="exit 1 if a schema is stale")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = root_of(args) / "schemas"
    expected = expected_files()
    stale = stale_files(folder, expected)
    if args.check:
        if stale:
            print(f"stale schemas: {', '.join(stale)}", file=sys.stderr)
            print("fix: run 'docket schema' and commit schemas/", file=sys.stderr)
            return ExitCode.FINDINGS
        print(f"{len(expected)} schemas are current")
        return ExitCode.OK
    for name in stale:
        atomic_write_text(folder / name, expected[name])
        print(f"wrote schemas/{name}")
    return ExitCode.OK
