"""A written procedure was decided before its deadline although not every member had answered.

Why: a decision by written procedure (skriftlig procedure) gives every voting member until the
deadline to answer. Settling it earlier is only fair once all of them have answered; otherwise a
member who meant to object before the deadline was never heard. The voting members are those of
the body on the day the question was sent.

Bad:
    # four voting members
    sent: 2025-06-02
    deadline: 2025-06-10
    answers:
      - {person: alice, answer: in-favour}
      - {person: bob, answer: in-favour}
    decided: 2025-06-05

Good:
    sent: 2025-06-02
    deadline: 2025-06-10
    answers:
      - {person: alice, answer: in-favour}
      - {person: bob, answer: in-favour}
    decided: 2025-06-10
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.findings import Level

CODE = "DK154"
NAME = "written-procedure-early"
LEVEL = Level.ERROR
READS = frozenset({"body"})


def find(ctx: Context) -> Iterator[Hit]:
    for located in ctx.corpus.written_procedures:
        procedure = located.obj
        body = ctx.corpus.bodies.get(procedure.body)
        if procedure.decided is None or procedure.decided >= procedure.deadline or body is None:
            continue
        voting = {m.person for m in body.obj.members_on(procedure.sent) if m.voting}
        answered = {a.person for a in procedure.answers} & voting
        if len(answered) >= len(voting):
            continue
        missing = sorted(ctx.corpus.name_of(p) for p in voting - answered)
        yield Hit.at(
            located,
            f"written procedure '{procedure.id}' was decided {procedure.decided.isoformat()}, "
            f"before its deadline {procedure.deadline.isoformat()}, with {len(answered)} of "
            f"{len(voting)} voting members' answers (missing: {', '.join(missing)}): wait for "
            "the deadline or for every answer",
            "decided",
        )
