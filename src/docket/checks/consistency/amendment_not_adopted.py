"""An amendment agreed at a meeting is in no adopted version of its document.

Why: a body often agrees changes to its commission or rules of procedure ("med de aftalte
ændringer") that another body must then adopt. Until a version that contains the amendment is
adopted, the document in force does not say what the body agreed. A version contains an
amendment when it lists the amendment's id in ``amendments``; it counts once the version's
status is adopted (or superseded, having been adopted). Amendments to annual plans, which have
no versions, are not judged.

Bad:
    # meetings/wg/2025-03-03-wg-1.yaml
    amendments:
      - {id: wg-1-rules-comments, document: wg-rules, text: Comments within 10 days.}
    # governance/rules/wg-rules.yaml: no adopted version lists wg-1-rules-comments

Good:
    # governance/rules/wg-rules.yaml
    versions:
      - version: "1.1"
        status: adopted
        adopted: {date: 2025-04-10, body: board}
        based_on: "1.0"
        amendments: [wg-1-rules-comments]
"""

from __future__ import annotations

from collections.abc import Iterator

from docket.checks.base import Context, Hit
from docket.corpus import Corpus
from docket.findings import Level
from docket.model.governing_document import Commission, RulesOfProcedure, VersionStatus

CODE = "DK126"
NAME = "amendment-not-adopted"
LEVEL = Level.WARNING
READS = frozenset({"commission", "rules-of-procedure"})

_ADOPTED = frozenset({VersionStatus.ADOPTED, VersionStatus.SUPERSEDED})


def _versioned(corpus: Corpus) -> tuple[set[str], set[tuple[str, str]], dict[tuple[str, str], str]]:
    """Ids of versioned documents, (document, amendment) pairs adopted, and drafts holding one."""
    documents: set[str] = set()
    adopted: set[tuple[str, str]] = set()
    drafted: dict[tuple[str, str], str] = {}
    versioned: list[Commission | RulesOfProcedure] = [c.obj for c in corpus.commissions]
    versioned.extend(r.obj for r in corpus.rules)
    for document in versioned:
        documents.add(document.id)
        for version in document.versions:
            for amendment in version.amendments:
                if version.status in _ADOPTED:
                    adopted.add((document.id, amendment))
                else:
                    drafted.setdefault((document.id, amendment), version.version)
    return documents, adopted, drafted


def find(ctx: Context) -> Iterator[Hit]:
    documents, adopted, drafted = _versioned(ctx.corpus)
    for located in ctx.corpus.meetings.values():
        meeting = located.obj
        if not meeting.status.took_place:
            continue
        for i, item in enumerate(meeting.items):
            for j, amendment in enumerate(item.amendments):
                key = (amendment.document, amendment.id)
                if amendment.document not in documents or key in adopted:
                    continue
                draft = drafted.get(key)
                where = (
                    f"draft version {draft} lists it but is not adopted yet"
                    if draft
                    else f"list '{amendment.id}' in 'amendments' of the version that adopts it"
                )
                yield Hit(
                    f"amendment '{amendment.id}' to {amendment.document} agreed at meeting "
                    f"{meeting.id} is in no adopted version of the document: {where}",
                    located.path,
                    ("items", i, "amendments", j, "id"),
                    subject=amendment.id,
                )
