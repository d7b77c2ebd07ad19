"""Years of minutes at a time: a folder (or several files) -> one draft record per meeting.

Every document is read first, so that the meetings can be put in date order; a meeting whose
minutes give no number gets the next number of its body in that order, after the body's last
meeting in the repository. Each draft must load with the repository (``write.check_edits``);
the drafts that do are then written together at their places in the repository
(``write.apply``: checked as one change, all or none) or into an output folder, never over a
file that exists. Minutes of a meeting the repository already records (the same body on the
same day, or a draft already at its place) are skipped and said to be: a second run over the
same folder writes nothing and is no failure. Two documents of the folder that give the same
meeting are a problem: the later is not imported, and a person must see which is right. A
document that cannot be read, or gives no date, is reported and the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docket.corpus import Corpus
from docket.errors import DocketError
from docket.fileio import atomic_write_text
from docket.workflow.import_minutes import body_of, read_minutes
from docket.workflow.import_minutes.draft import build_draft, meeting_day_of
from docket.workflow.import_minutes.parse import ParsedMinutes
from docket.workflow.import_minutes.read import SUPPORTED
from docket.workflow.write import FileEdit, WorkflowError, apply, check_edits


@dataclass
class Outcome:
    """What became of one document."""

    source: Path
    meeting: str = ""
    target: str = ""
    items: int = 0
    decisions: int = 0
    confirm: int = 0
    problem: str = ""
    """Why nothing, or an incomplete draft, was written; empty when all went well."""
    exists: str = ""
    """Why the document was skipped as already imported (the meeting the repository holds on
    its day, or the file at its place); empty otherwise."""

    @property
    def written(self) -> bool:
        return (
            bool(self.target)
            and not self.exists
            and not self.problem.startswith(("skipped", "not "))
        )

    @property
    def note(self) -> str:
        if self.exists:
            return f"skipped: {self.exists}"
        return self.problem or "written"


def documents_in(paths: Iterable[Path]) -> list[Path]:
    """The documents to import: the files named, and the readable files in folders named."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED)
            )
        else:
            found.append(path)
    return found


@dataclass
class _Read:
    source: Path
    parsed: ParsedMinutes
    body: str
    day: date


def _next_number(corpus: Corpus, body: str, taken: dict[str, int], stated: set[int]) -> int:
    """The body's next number, skipping those that other minutes of this import state."""
    if body not in taken:
        numbers = [m.obj.number for m in corpus.meetings_of(body) if m.obj.number]
        taken[body] = max(numbers, default=0)
    taken[body] += 1
    while taken[body] in stated:
        taken[body] += 1
    return taken[body]


def import_folder(
    sources: list[Path],
    corpus: Corpus,
    body: str | None,
    output: Path | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
) -> list[Outcome]:
    """Draft records of ``sources``, written into the repository (or ``output``)."""
    outcomes: dict[Path, Outcome] = {source: Outcome(source) for source in sources}
    read: list[_Read] = []
    for index, source in enumerate(sources, 1):
        if progress is not None:
            progress(index, len(sources), source)
        try:
            parsed = read_minutes(source)
            meeting_body = body_of(parsed, corpus, body, source.name)
        except DocketError as error:
            outcomes[source].problem = f"not imported: {error}"
            continue
        day = meeting_day_of(parsed)
        if day is None:
            outcomes[source].problem = "not imported: no meeting date in the minutes"
            continue
        read.append(_Read(source, parsed, meeting_body, day))
    taken: dict[str, int] = {}
    edits: list[FileEdit] = []
    recorded: dict[tuple[str, date], str] = {
        (m.obj.body, m.obj.date): m.obj.id for b in corpus.bodies for m in corpus.meetings_of(b)
    }
    given: dict[tuple[str, date], str] = {}
    stated: dict[str, set[int]] = {}
    for entry in read:
        if entry.parsed.number:
            stated.setdefault(entry.body, set()).add(entry.parsed.number)
    ids: dict[str, str] = {}
    for entry in sorted(read, key=lambda r: (r.day, r.source.name)):
        outcome = outcomes[entry.source]
        same = (entry.body, entry.day)
        if same in recorded:
            outcome.meeting = recorded[same]
            outcome.exists = f"already in the repository ({entry.body} met on {entry.day})"
            continue
        if same in given:
            outcome.problem = (
                f"skipped: the same meeting as {given[same]} ({entry.body}, {entry.day})"
            )
            continue
        given[same] = entry.source.name
        number = (
            None
            if entry.parsed.number
            else _next_number(corpus, entry.body, taken, stated.get(entry.body, set()))
        )
        draft = build_draft(entry.parsed, corpus, entry.body, entry.day, number)
        outcome.meeting, outcome.items, outcome.decisions = (
            draft.meeting_id, draft.items, draft.decisions
        )  # fmt: skip
        outcome.confirm = len(draft.confirm)
        target = output / Path(draft.path).name if output is not None else corpus.root / draft.path
        outcome.target = str(target)
        if target.exists():
            outcome.exists = f"already written: {draft.path if output is None else target} exists"
            continue
        if draft.meeting_id in ids:
            outcome.problem = (
                f"not written: the id {draft.meeting_id} is also that of the draft of "
                f"{ids[draft.meeting_id]} (both minutes state number {draft.record['number']})"
            )
            continue
        ids[draft.meeting_id] = entry.source.name
        if draft.meeting_id in corpus.objects:
            holder = corpus.objects[draft.meeting_id]
            outcome.problem = (
                f"not written: the id {draft.meeting_id} is already a {holder.kind} in "
                f"{holder.path}"
            )
            continue
        edit = FileEdit(draft.path, draft.text(), f"draft of {entry.source.name}")
        try:
            check_edits(corpus, [edit])
        except WorkflowError as error:
            outcome.problem = f"not written: {error}"
            continue
        if draft.incomplete:
            outcome.problem = f"incomplete: {draft.incomplete}"
        edits.append(edit)
    _write(corpus, output, edits)
    return [outcomes[source] for source in sources]


def _write(corpus: Corpus, output: Path | None, edits: list[FileEdit]) -> None:
    """The drafts into the repository, checked together (all or none), or into ``output``."""
    if output is None:
        apply(corpus, edits)
        return
    output.mkdir(parents=True, exist_ok=True)
    for edit in edits:
        atomic_write_text(output / Path(edit.path).name, edit.text)


def summary(outcomes: list[Outcome]) -> str:
    """A table: file -> meeting, items, decisions, points to confirm, and any problem."""
    head = ("file", "meeting", "items", "decisions", "to confirm", "note")
    rows = [
        (o.source.name, o.meeting or "-", str(o.items), str(o.decisions), str(o.confirm),
         o.note)
        for o in outcomes
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head) - 1)]
    lines = []
    for row in [head, *rows]:
        cells = [row[i].ljust(widths[i]) for i in range(len(widths))]
        lines.append("  ".join(cells) + "  " + row[-1])
    written = sum(1 for o in outcomes if o.written)
    skipped = sum(1 for o in outcomes if o.exists)
    total = f"{written} of {len(outcomes)} drafts written"
    if skipped:
        total += f"; {skipped} skipped as already there (nothing overwritten)"
    return "\n".join([*lines, total])
