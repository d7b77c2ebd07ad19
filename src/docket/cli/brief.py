"""docket brief: the briefing pack for a body's meeting (default: the board's next meeting).

The repository is loaded and checked once; the pack reports the findings of that one check."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from docket.cli.common import add_root, iso_date, root_of
from docket.cli.render_common import (
    REPORTS_FOLDER,
    add_lang_and_audience,
    copy_attachments,
    parse_formats,
    render_jobs,
    warn_attachments,
    warn_broken,
    write,
)
from docket.config import load_config
from docket.exit_codes import ExitCode
from docket.model.common import Language
from docket.pipeline import check_corpus, load_corpus
from docket.render.audience import Audience
from docket.render.convert import Format, Job
from docket.render.documents import brief_model
from docket.render.layout_brief import brief_document
from docket.render.selection import choose_brief_meeting

HELP = "write the briefing pack for a body's meeting (PDF, Word, HTML, Markdown)"
DESCRIPTION = (
    "Write the briefing pack for a meeting: a cover, the agenda with the page of each item and "
    "attachment, what the secretariat points out, each item as a board paper (background, "
    "decision requested, input from other bodies, earlier decisions, open follow-ups, a "
    "'Beslutning:' field), what happened since the body's last meeting, the attachments "
    "themselves and a colophon naming the data. Without --meeting: the body's next "
    "meeting on or after --as-of (default today), or its latest planned meeting if none is "
    "ahead; without --as-of a past meeting is briefed as of the day before it."
)
DEFAULT_FORMATS = "pdf,docx,html"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("brief", help=HELP, description=DESCRIPTION)
    add_root(parser)
    parser.add_argument(
        "--body", help="the body (default: brief_body in docket.toml, else the only board)"
    )
    parser.add_argument("--meeting", metavar="ID", help="the meeting: its id or file")
    parser.add_argument("--as-of", type=iso_date, metavar="DATE", help="YYYY-MM-DD")
    parser.add_argument(
        "--to",
        default=DEFAULT_FORMATS,
        metavar="FORMATS",
        help=f"comma-separated: pdf, docx, html, md (default: {DEFAULT_FORMATS})",
    )
    add_lang_and_audience(parser)
    parser.add_argument(
        "--appendix",
        action="store_true",
        help="add the secretariat's technical appendix: every check finding with its code and "
        "file (off by default; the pack itself says what matters in plain words)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="DIR", help="folder (default: reports/ in the root)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    formats = parse_formats(args.to, list(Format))
    root = root_of(args)
    config = load_config(root)
    corpus, structural, files = load_corpus(root)
    warn_broken(structural)
    body = args.body or config.brief_body
    choice = choose_brief_meeting(corpus, body, args.meeting, args.as_of, date.today())
    if choice.note:
        print(f"docket: {choice.note}", file=sys.stderr)
    checked = check_corpus(corpus, structural, files, choice.as_of, config=config)
    audience = Audience(args.audience)
    lang = Language(args.lang) if args.lang else None
    report = brief_model(
        corpus,
        choice.meeting,
        choice.as_of,
        checked.findings,
        lang,
        audience,
        appendix=args.appendix,
    )
    document = brief_document(report)
    attachments = [a for paper in report.papers for a in paper.attachments]
    warn_attachments(attachments)
    folder = args.output or root / REPORTS_FOLDER
    stem = f"{choice.meeting.id}-brief-{audience.value}-{document.lang}"
    jobs = [Job(document, fmt, choice.as_of) for fmt in formats]
    for fmt, data in zip(formats, render_jobs(jobs, show_progress=len(jobs) > 1), strict=True):
        write(folder / f"{stem}.{fmt.extension}", data)
    if any(fmt != Format.PDF for fmt in formats):  # the PDF carries them; the others link
        copy_attachments(folder, attachments)
    return ExitCode.OK
