"""Write a synthetic governance repository: N meetings of 10 items over several bodies.

Deterministic (no randomness): the same arguments give the same files. The data is valid and
realistic in size (Danish prose, outcomes, follow-ups), so load, check and render times measured
on it are the times a large real repository would see.

    python benchmarks/make_synthetic.py DIR --meetings 1000
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

BODIES = ("board", "council", "steering", "twg")
KINDS = ("decision", "discussion", "information")
PROSE = (
    "Arbejdsgruppen drøftede status for den nationale infrastruktur og de kommende "
    "aktiviteter. Medlemmerne gav input til prioriteringen, herunder behovet for øget "
    "kapacitet, sikker drift og bedre udstilling af data for forskere og klinikere."
)


def _people() -> str:
    lines = ["kind: people", "schema_version: 1", "people:"]
    for i in range(40):
        lines.append(
            f"  - {{id: person-{i}, name: Person Nummer {i}, title: konsulent, "
            f"organisation: region-{i % 5}}}"
        )
    return "\n".join(lines) + "\n"


def _organisations() -> str:
    lines = ["kind: organisations", "schema_version: 1", "organisations:"]
    for i in range(5):
        lines.append(f"  - {{id: region-{i}, name: {{da: Region {i}}}, type: region}}")
    return "\n".join(lines) + "\n"


def _body(index: int, body: str) -> str:
    members = [f"person-{index * 10 + k}" for k in range(10)]
    lines = [
        "kind: body",
        "schema_version: 1",
        f"id: {body}",
        "type: working-group",
        f"name: {{da: Organ {body}, en: Body {body}}}",
        "language: da",
        "memberships:",
        f"  - {{person: {members[0]}, role: chair}}",
        f"  - {{person: {members[1]}, role: secretary, voting: false}}",
    ]
    lines += [
        f"  - {{person: {m}, role: member, represents: region-{k % 5}}}"
        for k, m in enumerate(members[2:])
    ]
    return "\n".join(lines) + "\n"


def _rules(body: str) -> str:
    return (
        f"kind: rules-of-procedure\nschema_version: 1\nid: {body}-rules\nbody: {body}\n"
        f"title: {{da: Forretningsorden}}\nversions:\n  - version: '1.0'\n    status: adopted\n"
        f"    adopted: {{date: 2000-01-01, body: {body}}}\n    parameters:\n"
        f"      agenda_notice_days: 7\n      draft_minutes_days: 14\n"
        f"      minutes_comment_days: 10\n      quorum: 3\n"
    )


def _meeting(body_index: int, body: str, number: int, day: date) -> str:
    mid = f"{body}-{number}"
    members = [f"person-{body_index * 10 + k}" for k in range(10)]
    out = [
        "# yaml-language-server: $schema=../../schemas/meeting.schema.json",
        "kind: meeting",
        "schema_version: 1",
        f"id: {mid}",
        f"body: {body}",
        f"number: {number}",
        f"date: {day.isoformat()}",
        'start: "14:30"',
        "place: {mode: virtual, platform: Microsoft Teams}",
        f"chair: {members[0]}",
        f"secretary: {members[1]}",
        "status: minutes-approved",
        f"agenda_sent: {(day - timedelta(days=8)).isoformat()}",
        f"minutes_sent: {(day + timedelta(days=7)).isoformat()}",
        f"minutes_approved: {(day + timedelta(days=20)).isoformat()}",
        "participants:",
    ]
    out += [f"  - {{person: {m}}}" for m in members]
    out.append("items:")
    for n in range(1, 11):
        kind = KINDS[n % 3]
        iid = f"{mid}-i{n}"
        out += [
            f"  - id: {iid}",
            f'    number: "{n}"',
            f'    time: "{14 + n // 4:02d}:{(n % 4) * 15:02d}"',
            f"    title: Punkt {n} om drift og udvikling af infrastrukturen",
            f"    presenters: [{{person: {members[0]}}}]",
            f"    kind: {kind}",
            f"    recommendation: Det indstilles, at organet behandler punkt {n}.",
            "    minutes: |",
            f"      {PROSE}",
            "",
            f"      - {PROSE[:60]}",
            f"      - {PROSE[60:120]}",
            f"    background: {PROSE}",
        ]
        if kind in ("decision", "information"):
            outcome = "adopted" if kind == "decision" else "noted"
            out += [
                "    decisions:",
                f"      - id: {iid}-d",
                f"        outcome: {outcome}",
                "        text: Organet godkendte indstillingen.",
            ]
        if n % 5 == 0:
            out += [
                "    follow_ups:",
                f"      - id: {iid}-f",
                "        text: Sekretariatet følger op.",
                f"        owner: {members[1]}",
                f"        due: {(day + timedelta(days=30)).isoformat()}",
                "        status: closed",
            ]
    return "\n".join(out) + "\n"


FAULT = ("\n    kind: discussion\n", "\n    kind: decision\n")
"""A discussion item turned into a decision item with no decision: one finding."""


def write_repository(root: Path, meetings: int, faulty_every: int = 0) -> None:
    """``meetings`` meetings; with ``faulty_every`` N, every Nth has one finding (``FAULT``)."""
    (root / "governance" / "bodies").mkdir(parents=True, exist_ok=True)
    (root / "governance" / "rules").mkdir(parents=True, exist_ok=True)
    (root / "docket.toml").write_text("", encoding="utf-8")
    (root / "governance" / "people.yaml").write_text(_people(), encoding="utf-8")
    (root / "governance" / "organisations.yaml").write_text(_organisations(), encoding="utf-8")
    for index, body in enumerate(BODIES):
        (root / "governance" / "bodies" / f"{body}.yaml").write_text(
            _body(index, body), encoding="utf-8"
        )
        (root / "governance" / "rules" / f"{body}.yaml").write_text(_rules(body), encoding="utf-8")
    per_body = -(-meetings // len(BODIES))
    written = 0
    for index, body in enumerate(BODIES):
        folder = root / "meetings" / body
        folder.mkdir(parents=True, exist_ok=True)
        for number in range(1, per_body + 1):
            if written == meetings:
                return
            day = date(2001, 1, 1) + timedelta(days=14 * number + index)
            text = _meeting(index, body, number, day)
            if faulty_every and written % faulty_every == 0:
                text = text.replace(*FAULT, 1)
            (folder / f"{day.isoformat()}-{body}-{number}.yaml").write_text(text, encoding="utf-8")
            written += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument(
        "--faulty-every", type=int, default=0, help="give every Nth meeting one finding"
    )
    args = parser.parse_args()
    write_repository(args.folder, args.meetings, args.faulty_every)
    print(f"wrote {args.meetings} meetings to {args.folder}")


if __name__ == "__main__":
    main()
