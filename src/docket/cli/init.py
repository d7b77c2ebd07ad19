"""docket init: scaffold a new governance repository for another organisation."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from docket.cli.common import iso_date
from docket.exit_codes import ExitCode
from docket.scaffold import DOCKET_REPOSITORY, LANGUAGES, Scaffold, create, git_init, slugify

HELP = "make a new governance repository (a board, its rules, CI and pre-commit) in DIR"
DESCRIPTION = (
    "Scaffold a governance repository for an organisation in DIR, which must be empty or "
    "missing: docket.toml, organisations and people, a board with a chair and a secretary "
    "(placeholders), a drafted commission and rules of procedure with adopted parameters, "
    "meetings/<board>/, schemas/, a GitHub workflow and a pre-commit configuration; DIR "
    "becomes a git repository (git init) unless it lies in one. "
    "'docket check --root DIR' passes on the result."
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "init",
        help=HELP,
        description=DESCRIPTION,
        epilog='example: docket init acme-governance --name "Acme Fonden" --lang da',
    )
    parser.add_argument("folder", metavar="DIR", type=Path, help="an empty or missing folder")
    parser.add_argument("--name", required=True, help="the organisation's name")
    parser.add_argument("--lang", choices=LANGUAGES, default="da", help="the documents' language")
    parser.add_argument("--slug", help="the organisation's id (default: made from --name)")
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="DATE",
        help="founding date, YYYY-MM-DD: the commission and rules are adopted and the "
        "placeholder members start on it (default: adopted today, members with no start)",
    )
    parser.add_argument(
        "--docket-repo",
        default=DOCKET_REPOSITORY,
        metavar="URL",
        help="where CI and pre-commit get docket from (default: %(default)s)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    day = args.date or date.today()
    scaffold = Scaffold(
        name=args.name.strip(),
        slug=args.slug or slugify(args.name),
        lang=args.lang,
        day=day,
        docket_repository=args.docket_repo.rstrip("/"),
        membership_start=args.date,
    )
    written = create(args.folder, scaffold)
    print(f"wrote {len(written)} files into {args.folder}")
    if args.date is None:
        print(f"the commission and rules are adopted today, {day}; --date sets another day")
    print(f"{args.folder}: {git_init(args.folder)}")
    print(f"next: docket check --root {args.folder}")
    return ExitCode.OK
