"""Score `docket import` on the corpus of real minutes: recall per field, per document.

    python tests/import/score.py            # the table, then the totals
    python tests/import/score.py --round 3  # only the documents of one held-out round
    python tests/import/score.py --by-round # one row of found/wanted per round, then all

Each document in corpus/ has a sidecar (<name>.source.yaml: where it came from, the body it
is imported as, a --date when the text has none) and an expected record written by hand
(<name>.expected.yaml). A field counts where the expected record states it: items by number,
titles exactly (spacing aside), decisions when the imported decision contains the expected
text, kinds where the document states one, closed items ('Lukket sag') as confidential,
date/start/end exactly, place when one contains the other; people exactly: a person counts
when the importer read a name that is the expected one (case and spacing aside) under the
right heading (present or absent), never when the expected name is only a part of a longer
one ('Jens Hansen' inside a glued 'Jens Hansen Mette Olsen' is not found); the meeting's
number exactly, the chair and secretary when the name the importer read for that role is the
expected one, and each item's follow-up owners (``owners:``) when a follow-up of that item
names exactly that owner. A document the
importer refuses (a ``DocketError``: it says why, e.g. no date) scores nothing; any other
exception is an internal error.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
REPO = HERE / "repo"
FIELDS = (
    "items", "titles", "decisions", "kinds", "closed", "date", "start", "end", "place",
    "present", "absent", "number", "chair", "secretary", "owners",
)  # fmt: skip


@dataclass
class Score:
    document: str
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    error: str | None = None
    refused: str | None = None

    def add(self, name: str, hit: bool) -> None:
        found, wanted = self.counts.get(name, (0, 0))
        self.counts[name] = (found + int(hit), wanted + 1)


def _flat(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def person_found(wanted: str, names: list[str]) -> bool:
    """Whether the person ``wanted`` is one of the ``names`` read (case and spacing aside):
    a name that only contains the wanted one is another, longer name, not a find."""
    return _flat(wanted) in {_flat(name) for name in names}


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def documents() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".docx", ".md"))


def score_document(path: Path, corpus: Any) -> Score:
    from docket.errors import DocketError
    from docket.workflow.import_minutes import import_minutes

    source = _load(path.with_name(path.stem + ".source.yaml"))
    expected = _load(path.with_name(path.stem + ".expected.yaml"))
    score = Score(path.stem)
    given = source.get("date_given")
    try:
        draft = import_minutes(path, corpus, source["body"], _day(given))
    except DocketError as error:
        score.refused = str(error)
        _count_misses(score, expected)
        return score
    except Exception as error:  # an internal error is what is measured, never hidden
        score.error = f"{type(error).__name__}: {error}"
        _count_misses(score, expected)
        return score
    record = draft.record
    items = {str(i["number"]): i for i in record.get("items", [])}
    for wanted in expected["items"]:
        got = items.get(str(wanted["number"]))
        score.add("items", got is not None)
        score.add("titles", got is not None and _flat(got["title"]) == _flat(wanted["title"]))
        if wanted.get("kind"):
            score.add("kinds", got is not None and got.get("kind") == wanted["kind"])
        if wanted.get("decision"):
            texts = [_flat(d["text"]) for d in (got or {}).get("decisions", [])]
            score.add("decisions", any(_flat(wanted["decision"]) in t for t in texts))
        if wanted.get("closed"):
            closed = got is not None and got.get("confidentiality") == "confidential"
            score.add("closed", closed)
        named = draft.owners.get(str(wanted["number"]), [])
        for owner in wanted.get("owners") or []:
            score.add("owners", person_found(owner, named))
    if expected.get("number") is not None:
        score.add("number", str(record.get("number")) == str(expected["number"]))
    for role in ("chair", "secretary"):
        if expected.get(role):
            written = draft.officers.get(role)
            score.add(role, person_found(expected[role], [written] if written else []))
    for name in ("date", "start", "end"):
        if expected.get(name) is not None:
            score.add(name, str(record.get(name)) == str(expected[name]))
    if expected.get("place"):
        place = record.get("place") or {}
        written = _flat(place.get("address") or place.get("platform") or "")
        want = _flat(expected["place"])
        score.add("place", bool(written) and (want in written or written in want))
    for group, attendance in (("present", False), ("absent", True)):
        names = [n for n, a in draft.people if (a is not None) == attendance]
        for person in expected.get(group) or []:
            score.add(group, person_found(person, names))
    return score


def _count_misses(score: Score, expected: Any) -> None:
    """Every field the expected record states, as not found."""
    for wanted in expected["items"]:
        for name in ("items", "titles"):
            score.add(name, False)
        for name, key in (("kinds", "kind"), ("decisions", "decision"), ("closed", "closed")):
            if wanted.get(key):
                score.add(name, False)
        for _ in wanted.get("owners") or []:
            score.add("owners", False)
    for name in ("date", "start", "end", "place", "number", "chair", "secretary"):
        if expected.get(name) is not None:
            score.add(name, False)
    for group in ("present", "absent"):
        for _ in expected.get(group) or []:
            score.add(group, False)


def _day(value: Any) -> date | None:
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def round_of(path: Path) -> int | None:
    """The held-out round a document was collected in (None: the first, tuning set)."""
    source = _load(path.with_name(path.stem + ".source.yaml"))
    return source.get("round")


def score_corpus(only_round: int | None = None) -> list[Score]:
    from docket.pipeline import load_corpus

    corpus, _, _ = load_corpus(REPO, use_cache=False)
    paths = [p for p in documents() if only_round is None or round_of(p) == only_round]
    return [score_document(path, corpus) for path in paths]


def totals(scores: list[Score]) -> dict[str, tuple[int, int]]:
    summed: dict[str, tuple[int, int]] = {}
    for score in scores:
        for name, (found, wanted) in score.counts.items():
            old = summed.get(name, (0, 0))
            summed[name] = (old[0] + found, old[1] + wanted)
    return summed


def table(scores: list[Score]) -> str:
    width = max(len(s.document) for s in scores)
    head = f"{'document':<{width}}  " + "  ".join(f"{f:>9}" for f in FIELDS) + "  note"
    rows = [head, "-" * len(head)]
    for score in scores:
        cells = []
        for name in FIELDS:
            found, wanted = score.counts.get(name, (0, 0))
            cells.append(f"{f'{found}/{wanted}' if wanted else '-':>9}")
        note = score.error or (f"refused: {score.refused}" if score.refused else "")
        rows.append(f"{score.document:<{width}}  " + "  ".join(cells) + f"  {note}")
    summed = totals(scores)
    counts, cells = [], []
    for name in FIELDS:
        found, wanted = summed.get(name, (0, 0))
        counts.append(f"{f'{found}/{wanted}' if wanted else '-':>9}")
        cells.append(f"{f'{found / wanted:.0%}' if wanted else '-':>9}")
    errors = sum(1 for s in scores if s.error)
    rows.append("-" * len(head))
    rows.append(f"{'total':<{width}}  " + "  ".join(counts))
    rows.append(f"{'recall':<{width}}  " + "  ".join(cells) + f"  {errors} internal errors")
    return "\n".join(rows)


def by_round(scores: list[Score]) -> str:
    """One row of found/wanted per field for each round (0: the first, tuning set), then all."""
    rounds = {path.stem: round_of(path) or 0 for path in documents()}
    groups: dict[str, list[Score]] = {}
    for score in sorted(scores, key=lambda s: rounds[s.document]):
        groups.setdefault(f"round {rounds[score.document]}", []).append(score)
    groups["all"] = scores
    head = f"{'':<9}" + "".join(f"{f:>11}" for f in FIELDS)
    rows = [head]
    for name, group in groups.items():
        summed = totals(group)
        cells = (summed.get(f, (0, 0)) for f in FIELDS)
        rows.append(f"{name:<9}" + "".join(f"{f'{a}/{b}' if b else '-':>11}" for a, b in cells))
    return "\n".join(rows)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    arguments = sys.argv[1:]
    only = int(arguments[1]) if arguments[:1] == ["--round"] and len(arguments) > 1 else None
    if arguments[:1] == ["--by-round"]:
        print(by_round(score_corpus()))
    else:
        print(table(score_corpus(only)))
