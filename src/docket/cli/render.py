"""docket render: one meeting's minutes or agenda, or the decision and follow-up registers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docket.cli.common import add_as_of, add_root, as_of, root_of
from docket.cli.render_common import (
    REPORTS_FOLDER,
    add_lang_and_audience,
    copy_attachments,
    load,
    parse_formats,
    render_jobs,
    warn_attachments,
    write,
)
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.model.common import Language
from docket.render.audience import Audience
from docket.render.build_registers import DECISION_STATUSES, FOLLOW_UP_STATUSES
from docket.render.convert import Format, Job
from docket.render.csv_export import register_csv
from docket.render.documents import meeting_model, register_doc, register_model
from docket.render.layout_meeting import meeting_document
from docket.render.report import MeetingDocument, RegisterKind
from docket.render.selection import resolve_meeting

HELP = "write a meeting's minutes or agenda, or the decision or follow-up register"
TEXT_FORMATS = (Format.HTML, Format.MD)
CSV = "csv"


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help="the file to write, or the folder for several formats ('-': standard output "
        "for html, md, csv; default: reports/<name> in the root)",
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("render", help=HELP, description=HELP)
    kinds = parser.add_subparsers(title="documents", metavar="DOCUMENT", required=True)
    for kind, text in (
        (MeetingDocument.MINUTES, "the minutes (referat) of a meeting"),
        (MeetingDocument.AGENDA, "the agenda (dagsorden) of a meeting, with its deadlines"),
    ):
        sub = kinds.add_parser(kind.value, help=text, description=text)
        sub.add_argument("meeting", metavar="MEETING", help="meeting id or meeting file")
        sub.add_argument(
            "--to",
            required=True,
            metavar="FORMATS",
            help="pdf, docx, html or md; several separated by commas (pdf,docx,html) are "
            "written into the folder -o names",
        )
        sub.add_argument(
            "--attachments",
            action="store_true",
            help="put the item attachments in the document, each on its own pages: governing "
            "documents from the record, PDF page by page, Word/ODT/Markdown converted; in HTML "
            "the files are copied beside it",
        )
        add_root(sub)
        add_lang_and_audience(sub)
        _output(sub)
        sub.set_defaults(run=run_meeting, document=kind.value)
    for reg_kind, text, statuses in (
        (RegisterKind.DECISIONS, "the decision register across bodies", DECISION_STATUSES),
        (RegisterKind.FOLLOW_UPS, "the follow-up tracker across bodies", FOLLOW_UP_STATUSES),
    ):
        sub = kinds.add_parser(reg_kind.value, help=text, description=text)
        sub.add_argument("--to", required=True, metavar="FORMAT", help="csv, pdf, docx, html or md")
        sub.add_argument("--body", help="only this body's meetings")
        sub.add_argument("--status", choices=statuses, help="only entries with this status")
        if reg_kind == RegisterKind.FOLLOW_UPS:
            sub.add_argument("--owner", help="only this owner (id, or part of the name)")
        add_root(sub)
        add_as_of(sub)
        add_lang_and_audience(sub)
        _output(sub)
        sub.set_defaults(run=run_register, register=reg_kind.value)


def _target(args: argparse.Namespace, root: Path, name: str) -> Path:
    return args.output if args.output is not None else root / REPORTS_FOLDER / name


def _check_stdout(target: Path, extension: str) -> None:
    if str(target) == "-" and extension not in (CSV, *(f.value for f in TEXT_FORMATS)):
        raise UsageError(f"{extension} is binary: give a file with -o, not '-'")


def run_meeting(args: argparse.Namespace) -> int:
    formats = parse_formats(args.to, list(Format))
    if len(formats) > 1 and args.output is not None and str(args.output) == "-":
        raise UsageError("several formats are several files: give a folder with -o, not '-'")
    root = root_of(args)
    corpus = load(root)
    kind = MeetingDocument(args.document)
    meeting = resolve_meeting(corpus, args.meeting)
    lang = Language(args.lang) if args.lang else corpus.language_of(meeting.body)
    report = meeting_model(corpus, meeting, kind, lang, Audience(args.audience), args.attachments)
    document = meeting_document(report)
    warn_attachments(report.attachments)
    if kind == MeetingDocument.MINUTES and not meeting.status.took_place:
        print(
            f"docket: note: meeting '{meeting.id}' is {meeting.status.value}: "
            "it has no minutes yet",
            file=sys.stderr,
        )
    name = f"{meeting.id}-{kind.value}-{lang.value}"
    if len(formats) == 1:
        targets = [_target(args, root, f"{name}.{formats[0].extension}")]
        _check_stdout(targets[0], formats[0].extension)
    else:
        folder = args.output if args.output is not None else root / REPORTS_FOLDER
        targets = [folder / f"{name}.{fmt.extension}" for fmt in formats]
    jobs = [Job(document, fmt, meeting.date) for fmt in formats]
    for fmt, target, data in zip(
        formats, targets, render_jobs(jobs, show_progress=False), strict=True
    ):
        write(target, data)
        if fmt != Format.PDF and str(target) != "-":  # the PDF carries them; the others link
            copy_attachments(target.parent, report.attachments)
    return ExitCode.OK


def run_register(args: argparse.Namespace) -> int:
    wanted = args.to.strip().lower()
    choices = (CSV, *(f.value for f in Format))
    if wanted not in choices:
        raise UsageError(f"unknown format '{args.to}': choose one of {', '.join(choices)}")
    fmt = None if wanted == CSV else Format(wanted)
    root = root_of(args)
    corpus = load(root)
    kind = RegisterKind(args.register)
    lang = Language(args.lang) if args.lang else corpus.language_of(args.body or "")
    day = as_of(args)
    model = register_model(
        corpus,
        kind,
        day,
        lang,
        Audience(args.audience),
        args.body,
        args.status,
        getattr(args, "owner", None),
    )
    extension = CSV if fmt is None else fmt.extension
    target = _target(args, root, f"{kind.value}-{lang.value}.{extension}")
    _check_stdout(target, extension)
    if fmt is None:
        data = register_csv(model)
    else:
        (data,) = render_jobs([Job(register_doc(model), fmt, day)], show_progress=False)
    write(target, data)
    return ExitCode.OK
