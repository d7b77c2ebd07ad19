"""docket new meeting | follow-up | body | person | organisation | membership: write the next
meeting record, add a follow-up, a body, a person, an organisation or a membership."""

from __future__ import annotations

import argparse
import re

from docket.cli.common import add_as_of, add_root, as_of, iso_date, root_of
from docket.corpus import Corpus
from docket.exit_codes import ExitCode
from docket.model.body import BodyType, Role
from docket.model.common import Language
from docket.model.registry import OrganisationType
from docket.pipeline import load_corpus
from docket.workflow.follow_ups import add_follow_up
from docket.workflow.meeting_deadlines import deadline_lines
from docket.workflow.new_meeting import PLACE_MODES, meeting_place, plan_meeting
from docket.workflow.records import new_body, new_membership, new_organisation, new_person
from docket.workflow.write import FileEdit, apply

HELP = (
    "write the next meeting record of a body, or add a follow-up, body, person, organisation "
    "or membership"
)
KEPT = "Comments, quoting and layout of the file are kept; it is validated before it is written."
EPILOG = "exit codes: 0 written; 2 usage error, unknown id, or the result would not validate"


def time_of_day(text: str) -> str:
    """'14:30' or the Danish '14.30'."""
    match = re.fullmatch(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time: use HH:MM, e.g. 14:30")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def meeting_number(text: str) -> int:
    """A meeting's number: a whole number from 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a meeting number: use 1, 2, 3 ...")
    return int(text)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("new", help=HELP, description=HELP, epilog=EPILOG)
    kinds = parser.add_subparsers(title="what", metavar="WHAT", required=True)

    meeting = kinds.add_parser(
        "meeting",
        help="write meetings/<body>/<date>-<body>-<n>.yaml, status planned",
        description="Write the body's next meeting record: chair and secretary from the "
        "memberships, standing items, open follow-ups and proposed topics carried over. "
        "Prints the deadlines of the rules of procedure in force on the date.",
        epilog=EPILOG,
    )
    meeting.add_argument("--body", required=True, help="the body's id, e.g. twg")
    meeting.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    meeting.add_argument("--time", type=time_of_day, help="start time, HH:MM")
    meeting.add_argument(
        "--number",
        type=meeting_number,
        help="the meeting's number, to continue a series begun before the record "
        "(default: one after the body's highest)",
    )
    meeting.add_argument(
        "--link",
        action="store_true",
        help="also record the new meeting in the previous meeting's next_meeting",
    )
    meeting.add_argument(
        "--place",
        metavar="MODE",
        help=f"where it is held: {', '.join(PLACE_MODES)} (default: a virtual previous "
        "meeting's place, else none)",
    )
    meeting.add_argument("--address", help="with --place physical or hybrid: the room or address")
    meeting.add_argument(
        "--platform", help="with --place virtual or hybrid: e.g. 'Microsoft Teams'"
    )
    meeting.add_argument(
        "--join-url", help="with --place virtual or hybrid: the https:// address to join"
    )
    add_root(meeting)
    add_as_of(meeting)
    meeting.set_defaults(run=run, what="meeting")

    follow_up = kinds.add_parser(
        "follow-up",
        help="add a follow-up to an agenda item (the file is edited in place)",
        description="Add a follow-up to an agenda item. Comments, quoting and layout of the "
        "file are kept; the file is validated before it is written.",
        epilog=EPILOG,
    )
    follow_up.add_argument("--meeting", required=True, help="the meeting's id")
    follow_up.add_argument("--item", required=True, help="the item's id or number")
    follow_up.add_argument("--text", required=True, help="what is to be done")
    follow_up.add_argument("--owner", required=True, help="id of a person or organisation")
    follow_up.add_argument("--due", type=iso_date, help="due date, YYYY-MM-DD")
    follow_up.add_argument("--id", dest="follow_up_id", help="the follow-up's id (default: made)")
    add_root(follow_up)
    follow_up.set_defaults(run=run, what="follow-up")

    body = kinds.add_parser(
        "body",
        help="write governance/bodies/<id>.yaml, a body without members",
        description="Write a new body's file. Add its members with 'docket new membership'.",
        epilog=EPILOG,
    )
    body.add_argument("--id", dest="body_id", required=True, help="the body's id, e.g. tmu")
    body.add_argument("--type", required=True, choices=[t.value for t in BodyType])
    body.add_argument("--name", required=True, help="the name in Danish")
    body.add_argument("--name-en", help="the name in English")
    body.add_argument("--reports-to", help="the id of the body it reports to")
    body.add_argument("--language", choices=[x.value for x in Language], default="da")
    body.add_argument("--secretariat", help="the id of the organisation that runs it")
    add_root(body)
    body.set_defaults(run=run, what="body")

    person = kinds.add_parser(
        "person",
        help="add a person to the people registry",
        description=f"Add a person to the people registry. {KEPT}",
        epilog=EPILOG,
    )
    person.add_argument("--name", required=True, help="the person's name")
    person.add_argument("--id", dest="person_id", help="the person's id (default: from the name)")
    person.add_argument("--title", help="job title")
    person.add_argument("--organisation", help="the id of the organisation they work for")
    add_root(person)
    person.set_defaults(run=run, what="person")

    organisation = kinds.add_parser(
        "organisation",
        help="add an organisation to the organisations registry",
        description="Add an organisation (that people work for, represent or that runs a "
        f"body's secretariat) to the organisations registry. {KEPT}",
        epilog=EPILOG,
    )
    organisation.add_argument("--name", required=True, help="the name in Danish")
    organisation.add_argument("--type", required=True, choices=[t.value for t in OrganisationType])
    organisation.add_argument(
        "--id", dest="organisation_id", help="the organisation's id (default: from the name)"
    )
    organisation.add_argument("--name-en", help="the name in English")
    organisation.add_argument("--short-name", help="how documents name it, e.g. KU")
    organisation.add_argument(
        "--domain",
        action="append",
        default=[],
        help="an e-mail domain of the organisation, e.g. ku.dk (repeat for more)",
    )
    organisation.add_argument("--part-of", help="the id of its parent organisation")
    organisation.add_argument("--region", help="the id of the region it belongs to")
    add_root(organisation)
    organisation.set_defaults(run=run, what="organisation")

    membership = kinds.add_parser(
        "membership",
        help="add a membership to a body's file",
        description=f"Add a person's membership to a body. {KEPT}",
        epilog=EPILOG,
    )
    membership.add_argument("--body", required=True, help="the body's id")
    membership.add_argument("--person", required=True, help="the person's id")
    membership.add_argument("--role", choices=[r.value for r in Role], default="member")
    membership.add_argument("--start", type=iso_date, help="first day, YYYY-MM-DD")
    membership.add_argument("--represents", help="the id of the organisation they represent")
    membership.add_argument("--substitute", help="the id of their named substitute")
    membership.add_argument("--non-voting", action="store_true", help="the member has no vote")
    add_root(membership)
    membership.set_defaults(run=run, what="membership")


def _record_edit(corpus: Corpus, args: argparse.Namespace) -> FileEdit:
    """The edit for 'new body | person | organisation | membership'."""
    if args.what == "body":
        return new_body(
            corpus,
            args.body_id,
            BodyType(args.type),
            args.name,
            args.name_en,
            args.reports_to,
            Language(args.language),
            args.secretariat,
        )
    if args.what == "person":
        return new_person(corpus, args.name, args.person_id, args.title, args.organisation)
    if args.what == "organisation":
        return new_organisation(
            corpus,
            args.name,
            OrganisationType(args.type),
            args.organisation_id,
            args.name_en,
            args.short_name,
            args.domain,
            args.part_of,
            args.region,
        )
    return new_membership(
        corpus,
        args.body,
        args.person,
        Role(args.role),
        args.start,
        args.represents,
        not args.non_voting,
        args.substitute,
    )


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    corpus, _, _ = load_corpus(root, use_cache=False)
    if args.what in ("body", "person", "organisation", "membership"):
        record = _record_edit(corpus, args)
        apply(corpus, [record])
        print(f"{record.summary} ({record.path})")
        return ExitCode.OK
    if args.what == "meeting":
        place = meeting_place(args.place, args.address, args.platform, args.join_url)
        planned = plan_meeting(
            corpus, args.body, args.date, args.time, args.link, args.number, place
        )
        apply(corpus, planned.edits)
        for edit in planned.edits:
            print(edit.summary)
        for note in planned.notes:
            print(f"note: {note}")
        for line in deadline_lines(corpus, args.body, args.date, as_of(args)):
            print(line)
        return ExitCode.OK
    edit = add_follow_up(
        corpus, args.meeting, args.item, args.text, args.owner, args.due, args.follow_up_id
    )
    apply(corpus, [edit])
    print(f"{edit.summary} ({edit.path})")
    return ExitCode.OK
