"""docket remind: what is due or overdue, grouped by who must act; as text, Markdown, JSON or
one e-mail per person; and, with --sync-issues, one GitHub issue per party kept up to date."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from docket.cli.common import (
    add_as_of,
    add_audience,
    add_root,
    as_of,
    load_with_warning,
    root_of,
    write_output,
)
from docket.corpus import Corpus
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.fileio import atomic_write_bytes
from docket.model.common import Language
from docket.remind.github_issues import sync_issues
from docket.remind.mail import build_mails
from docket.remind.report import Reminders, build, render_json, render_markdown, render_text
from docket.render.audience import Audience, visible_corpus

HELP = "what is due or overdue, grouped by who must act (text, Markdown, JSON or e-mail)"
DESCRIPTION = (
    "Agendas and minutes to send, comment periods ending, minutes to approve, follow-ups due "
    "and overdue, input awaiting an answer and annual-plan milestones, grouped by who must act: "
    "the secretariat, each follow-up owner, each body. Deadlines come from the rules of "
    "procedure in force, in working days with the Danish public holidays. --format email "
    "writes one RFC 5322 message (.eml) per person with an e-mail address to the folder given "
    "by -o, each with the deadlines as an iCalendar attachment. --sync-issues keeps one GitHub "
    "issue per party up to date with the gh CLI."
)
EPILOG = (
    "examples: docket remind --as-of 2025-04-25; docket remind --format email -o outbox; "
    "docket remind --sync-issues --repo OWNER/REPO. "
    "exit codes: 0 done (also when something is due); 2 usage error or gh failure"
)
FORMATS = ("text", "markdown", "json", "email")
_WITHIN = re.compile(r"^([0-9]{1,4})([dw]?)$")


def within_days(text: str) -> int:
    """'14d', '2w' or '14' as a number of days."""
    match = _WITHIN.match(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a period: write e.g. 14d or 2w")
    number, unit = int(match.group(1)), match.group(2)
    return number * 7 if unit == "w" else number


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("remind", help=HELP, description=DESCRIPTION, epilog=EPILOG)
    add_root(parser)
    add_as_of(parser)
    parser.add_argument(
        "--within",
        type=within_days,
        default=14,
        metavar="PERIOD",
        help="how far ahead to look: 14d (default), 3w, 30",
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    parser.add_argument(
        "-o", "--output", type=Path, help="a file (email: a folder, required); default: stdout"
    )
    parser.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        help="language of a text, Markdown or JSON report (default: that of most bodies; "
        "e-mails and issues use the language of their body)",
    )
    parser.add_argument(
        "--from",
        dest="sender",
        default="docket <docket@localhost>",
        help="the From of the e-mails (default: %(default)s)",
    )
    parser.add_argument(
        "--sync-issues",
        action="store_true",
        help="open, edit or close one GitHub issue per party with the gh CLI",
    )
    parser.add_argument("--repo", help="the GitHub repository for --sync-issues, OWNER/REPO")
    parser.add_argument(
        "--gh", default="gh", help="the gh executable for --sync-issues (default: gh)"
    )
    add_audience(
        parser,
        "internal",
        "the reminders (meetings and items more confidential are left out: GitHub issues and "
        "e-mails travel further than the repository)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    audience = Audience(args.audience)
    corpus = visible_corpus(load_with_warning(root, "reminders"), audience)
    day = as_of(args)
    language = Language(args.lang) if args.lang else None
    reminders = build(corpus, day, args.within, language)
    if args.sync_issues:
        actions = sync_issues(corpus, reminders, args.gh, args.repo)
        for action in actions:
            print(action.describe())
        return ExitCode.OK
    if args.format == "email":
        return _write_mails(args, corpus, reminders)
    render = {"text": render_text, "markdown": render_markdown, "json": render_json}
    write_output(render[args.format](corpus, reminders), args.output)
    return ExitCode.OK


def _write_mails(args: argparse.Namespace, corpus: Corpus, reminders: Reminders) -> int:
    if args.output is None:
        raise UsageError("--format email writes one file per person: give a folder with -o")
    if args.output.exists() and not args.output.is_dir():
        raise UsageError(f"{args.output} is a file: give a folder for the messages")
    out = build_mails(corpus, reminders, args.sender)
    for mail in out.mails:
        atomic_write_bytes(args.output / f"{mail.person}.eml", mail.message.as_bytes())
    for problem in out.unreachable:
        print(f"docket: no message: {problem}", file=sys.stderr)
    print(f"{len(out.mails)} message(s) written to {args.output}")
    return ExitCode.OK
