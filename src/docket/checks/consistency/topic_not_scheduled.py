"""A proposed topic was not put on the agenda of the body's next two meetings.

Why: members propose topics for later meetings ("forslag til emner"). A proposal that no agenda
takes up is easily forgotten. An agenda item schedules it by listing the topic's id in
``addresses``, at any meeting of the body the topic is for (``body``, else the body of the
proposing meeting), including one still planned. The finding appears once that body's next
two meetings (not cancelled) after the proposing meeting have taken place without it being
scheduled; the option ``meetings`` changes how many.

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml
    proposed_topics:
      - {id: wg-1-topic-cloud, text: Cloud computing for genome analysis.}
    # wg-2 and wg-3 were held; no item of any wg meeting addresses wg-1-topic-cloud

Good:
    # meetings/wg/2025-09-01-wg-4.yaml (planned)
    items:
      - id: wg-4-cloud
        number: "3"
        title: Cloud computing
        addresses: [wg-1-topic-cloud]
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from docket.checks.addresses import addressing_meetings
from docket.checks.base import Context, Hit, Option
from docket.checks.schedule import Calendar, meetings_by_body
from docket.findings import Level

CODE = "DK125"
NAME = "topic-not-scheduled"
LEVEL = Level.WARNING
READS = frozenset({"meeting"})
OPTIONS = (
    Option(
        "meetings",
        int,
        2,
        "how many of the body's meetings after the proposal may pass before it is reported",
    ),
)


def find(ctx: Context) -> Iterator[Hit]:
    grace = max(int(ctx.options.get("meetings", 2)), 1)
    calendar = Calendar(meetings_by_body(ctx.corpus))
    scheduled = {
        (topic, m.body)
        for topic, meetings in addressing_meetings(ctx.corpus).items()
        for m in meetings
    }
    for meeting in ctx.corpus.facts.values():
        for topic in meeting.topics:
            body = topic.body or meeting.body
            if (topic.id, body) in scheduled:
                continue
            following = list(islice(calendar.after(body, meeting.date), grace))
            if len(following) < grace or not all(
                m.took_place and m.date <= ctx.as_of for m in following
            ):
                continue
            yield Hit(
                f"topic '{topic.id}' proposed at meeting {meeting.id} for "
                f"{ctx.corpus.name_of(body)} is on no agenda although "
                f"{', '.join(m.id for m in following)} took place since: list "
                f"'{topic.id}' in 'addresses' of the item that takes it up",
                meeting.path,
                ("items", topic.item, "proposed_topics", topic.at, "id"),
                subject=topic.id,
            )
