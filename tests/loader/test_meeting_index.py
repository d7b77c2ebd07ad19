"""A meeting that did not change since the last run is loaded by its outline (its facts, ids
and references, ``docket.load.index``) and its model is made only if something reads it.

Nothing here may change an answer: a corpus built from outlines is, object for object, the
corpus built from the models; ``docket check`` says byte for byte what ``--no-cache`` says,
whatever the index files hold; and only the meeting that was edited is validated again.
"""

from __future__ import annotations

import gc
import marshal
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import REPO_ROOT, copy_record, synthetic_record

import docket.load
from docket.checks import partition
from docket.checks.registry import CHECKS
from docket.checks.runner import run_checks
from docket.corpus import Corpus
from docket.facts import facts_of, pack, unpack
from docket.load import LoadedDocument
from docket.load.cache import SHARDS
from docket.model.meeting import Meeting
from docket.pipeline import check_corpus, load_corpus

REPOSITORIES = {
    "ngc": (REPO_ROOT, "2025-04-25"),
    "aadalen": (REPO_ROOT / "examples" / "aadalen", "2025-06-30"),
    "fredensborg": (REPO_ROOT / "tests" / "examples" / "fredensborg", "2025-06-30"),
    "ku-bestyrelse": (REPO_ROOT / "tests" / "examples" / "ku-bestyrelse", "2025-12-31"),
}


def _outlined(corpus: Corpus) -> list[LoadedDocument]:
    return [document for document in corpus.documents if document.outline is not None]


def _agree(run_cli: Any, root: Path, as_of: str) -> None:
    cached = run_cli("check", "--root", str(root), "--as-of", as_of)
    fresh = run_cli("check", "--root", str(root), "--as-of", as_of, "--no-cache")
    assert (fresh.code, fresh.out, fresh.err) == (cached.code, cached.out, cached.err)
    assert "Traceback" not in cached.err


@pytest.mark.parametrize("name", sorted(REPOSITORIES))
def test_facts_come_back_from_the_index_as_they_went_in(name: str) -> None:
    source, _ = REPOSITORIES[name]
    corpus, _, _ = load_corpus(source, use_cache=False)
    meetings = [d for d in corpus.documents if isinstance(d.model, Meeting)]
    assert meetings
    for document in meetings:
        assert isinstance(document.model, Meeting)
        facts = facts_of(document.path, document.model)
        assert unpack(marshal.loads(marshal.dumps(pack(facts)))) == facts


def _same_corpus(outlined: Corpus, made: Corpus) -> None:
    """Object for object, the same corpus; ``outlined`` makes its models to compare them."""
    assert [d.path for d in outlined.documents] == [d.path for d in made.documents]
    assert list(outlined.facts.items()) == list(made.facts.items())
    assert list(outlined.meetings) == list(made.meetings)
    assert list(outlined.objects) == list(made.objects)
    for id_, located in made.objects.items():
        other = outlined.objects[id_]
        assert (other.kind, other.path, other.pointer) == (
            located.kind,
            located.path,
            located.pointer,
        ), id_
        assert other.obj == located.obj, id_
        assert other.meeting == located.meeting, id_
        assert other.item == located.item, id_
    for id_, located in made.meetings.items():
        assert outlined.meetings[id_].obj == located.obj
        assert outlined.meetings[id_].meeting is located.meeting is None
    assert [(p, tuple(map(tuple, c))) for p, c in outlined.references] == [
        (p, tuple(map(tuple, c))) for p, c in made.references
    ]
    assert outlined.unresolved == made.unresolved
    assert outlined.declared == made.declared


@pytest.mark.parametrize("name", sorted(REPOSITORIES))
def test_a_corpus_built_from_outlines_is_the_corpus_built_from_models(
    name: str, tmp_path: Path
) -> None:
    source, _ = REPOSITORIES[name]
    root = copy_record(source, tmp_path)
    load_corpus(root)  # writes the index
    outlined, outlined_findings, _ = load_corpus(root)
    lazy = _outlined(outlined)
    assert len(lazy) == len(outlined.meetings) > 0
    assert not any(d._model is not None for d in lazy), "building the corpus made a model"
    made, made_findings, _ = load_corpus(root, use_cache=False)
    assert not _outlined(made)
    assert outlined_findings == made_findings
    _same_corpus(outlined, made)


@pytest.mark.parametrize("name", sorted(REPOSITORIES))
def test_the_checks_that_read_many_meetings_make_no_model(name: str, tmp_path: Path) -> None:
    """They read the meetings' facts: a run after one edit makes no other meeting's model."""
    source, as_of = REPOSITORIES[name]
    root = copy_record(source, tmp_path)
    load_corpus(root)
    corpus, _, _ = load_corpus(root)
    cross = [check for check in CHECKS if not partition.is_local(check)]
    assert len(cross) >= 13
    findings = run_checks(corpus, cross, date.fromisoformat(as_of))
    assert not any(f.code == "DK000" for f in findings)
    made = [d.path for d in _outlined(corpus) if d._model is not None]
    assert made == []


def test_planted_findings_of_the_checks_that_read_many_meetings_make_no_model(
    tmp_path: Path,
) -> None:
    """A number used twice, a meeting still planned after its day and forwarded input nobody
    took up: found from the facts alone, with the answer ``--no-cache`` gives."""
    root = synthetic_record(tmp_path / "repo", 40)
    meetings = sorted((root / "meetings" / "board").glob("*.yaml"))
    earlier = meetings[3].read_text(encoding="utf-8").split("\nnumber: ", 1)[1].split("\n")[0]
    text = meetings[4].read_text(encoding="utf-8")
    number = text.split("\nnumber: ", 1)[1].split("\n")[0]
    text = text.replace(f"\nnumber: {number}\n", f"\nnumber: {earlier}\n", 1)
    text = text.replace("\n    kind: discussion\n", FORWARD, 1)
    meetings[4].write_text(text, encoding="utf-8")
    late = meetings[6].read_text(encoding="utf-8")
    meetings[6].write_text(
        late.replace("\nstatus: minutes-approved\n", "\nstatus: planned\n"), encoding="utf-8"
    )
    as_of = date(2030, 1, 1)
    load_corpus(root)
    corpus, _, _ = load_corpus(root)
    cross = [check for check in CHECKS if not partition.is_local(check)]
    found = {f.name for f in run_checks(corpus, cross, as_of)}
    assert {"meeting-sequence", "record-missing", "escalation-unanswered"} <= found
    assert [d.path for d in _outlined(corpus) if d._model is not None] == []
    uncached, _, _ = load_corpus(root, use_cache=False)
    assert run_checks(corpus, cross, as_of) == run_checks(uncached, cross, as_of)


FORWARD = (
    "\n    kind: discussion\n    forwarded:\n"
    "      - {id: board-forward-1, to: council, text: Input til rådet}\n"
)


def test_planted_reference_errors_resolve_the_same_from_outlines(tmp_path: Path) -> None:
    """A renamed person and a reference to the wrong kind, in a file loaded by its outline."""
    root = copy_record(REPO_ROOT, tmp_path)
    load_corpus(root)
    people = root / "governance" / "people.yaml"
    text = people.read_text(encoding="utf-8")
    person = text.split("- id: ", 1)[1].split("\n", 1)[0].strip()
    people.write_text(text.replace(f"id: {person}\n", f"id: {person}-renamed\n", 1), "utf-8")
    outlined, outlined_findings, _ = load_corpus(root)
    made, made_findings, _ = load_corpus(root, use_cache=False)
    assert _outlined(outlined)
    assert any(f.code == "DK005" or "no person" in f.message for f in made_findings)
    assert outlined_findings == made_findings
    _same_corpus(outlined, made)


def _validated(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The meeting files validated, in order (the real validation runs; this only records its
    calls, when a file is loaded and when a model is made again)."""
    made: list[str] = []
    real = docket.load.validate

    def recording(data: Any, rel: str) -> Any:
        if rel.startswith("meetings/"):
            made.append(rel)
        return real(data, rel)

    monkeypatch.setattr(docket.load, "validate", recording)
    return made


def test_after_one_edit_only_that_meeting_is_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = synthetic_record(tmp_path / "repo", 40)
    as_of = date(2030, 1, 1)
    corpus, structural, files = load_corpus(root)
    first = check_corpus(corpus, structural, files, as_of, cache=True)
    edited = sorted((root / "meetings").rglob("*.yaml"))[11]
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    made = _validated(monkeypatch)
    corpus, structural, files = load_corpus(root)
    again = check_corpus(corpus, structural, files, as_of, cache=True)
    assert made == [edited.relative_to(root).as_posix()]
    assert again.findings == first.findings
    assert len(_outlined(corpus)) == 40


def test_meetings_are_judged_a_batch_at_a_time_with_the_same_answer(
    tmp_path: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of two meetings, whose models the first load did not keep (they are made again
    from the parse cache): the findings on the context documents come once, and every
    meeting's findings come with its batch."""
    monkeypatch.setattr(partition, "BATCH", 2)
    monkeypatch.setattr(docket.load, "MODELS_KEPT", 1)
    for name in ("ngc", "aadalen", "fredensborg"):
        source, as_of = REPOSITORIES[name]
        root = copy_record(source, tmp_path / name)
        _agree(run_cli, root, as_of)


def _shards(root: Path) -> Iterator[tuple[Path, dict[str, Any], tuple[Any, ...]]]:
    for shard in range(SHARDS):
        file = root / ".docket-cache" / f"meeting-index-{shard:02x}.marshal"
        if file.is_file():
            stored = marshal.loads(file.read_bytes())
            yield file, stored[2], stored[:2]


def _damage_entries(root: Path, damage: Any) -> int:
    """Apply ``damage`` to every entry of every index shard; how many entries it changed."""
    changed = 0
    for file, entries, header in _shards(root):
        for path, entry in list(entries.items()):
            digest, facts, declared, references = entry
            entries[path] = damage(digest, list(facts), declared, references)
            changed += 1
        file.write_bytes(marshal.dumps((*header, entries)))
    return changed


DAMAGES = {
    "an id that is a number": lambda d, f, dc, r: (d, f, ((1, *dc[0][1:]), *dc[1:]), r),
    "a pointer with a float": lambda d, f, dc, r: (d, f, (dc[0], dc[1], ((1.5,),) * len(dc[2])), r),
    "reference kinds that are text": lambda d, f, dc, r: (
        d,
        f,
        dc,
        (r[0], ("person",) * len(r[1]), r[2]),
    ),
    "columns of different lengths": lambda d, f, dc, r: (d, f, (dc[0], dc[1][:-1], dc[2]), r),
    "facts of another file": lambda d, f, dc, r: (
        d,
        tuple([f[0], "meetings/other.yaml", *f[2:]]),
        dc,
        r,
    ),
    "a meeting id that is a number": lambda d, f, dc, r: (d, tuple([7, *f[1:]]), dc, r),
    "a status nobody knows": lambda d, f, dc, r: (d, tuple([*f[:5], "adjourned", *f[6:]]), dc, r),
    "a date out of range": lambda d, f, dc, r: (d, tuple([*f[:4], 10**12, *f[5:]]), dc, r),
    "facts cut short": lambda d, f, dc, r: (d, tuple(f[:-1]), dc, r),
    "an answer row with a number as id": lambda d, f, dc, r: (
        d,
        tuple([*f[:15], ((0, 0, 0, 5, "x"),), *f[16:]]),
        dc,
        r,
    ),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_index_entry_is_a_miss(damage: str, tmp_path: Path, run_cli: Any) -> None:
    """The index is data from the repository's folder, and a repository may be hostile:
    entries whose digest still matches but whose values are not what docket writes are
    misses, never a crash or another answer."""
    root = copy_record(REPOSITORIES["aadalen"][0], tmp_path)
    as_of = REPOSITORIES["aadalen"][1]
    run_cli("check", "--root", str(root), "--as-of", as_of, "--format", "json")
    assert _damage_entries(root, DAMAGES[damage]) > 0
    (root / ".docket-cache" / "check-report.json").unlink()
    _agree(run_cli, root, as_of)


def test_a_parse_cache_entry_that_does_not_validate_is_read_from_the_file(
    tmp_path: Path, run_cli: Any
) -> None:
    """A meeting with a finding is made again to judge who may see the finding; when its
    parse in the cache (under the file's own digest) is not a meeting, the file is read."""
    root = copy_record(REPO_ROOT, tmp_path)
    run_cli("check", "--root", str(root), "--as-of", "2025-04-25")
    tampered = 0
    for file in (root / ".docket-cache").glob("parsed-*.marshal"):
        header, entries = marshal.loads(file.read_bytes())
        for path, (digest, _) in entries.items():
            if path.startswith("meetings/"):
                entries[path] = (digest, marshal.dumps({"kind": "meeting"}))
                tampered += 1
        file.write_bytes(marshal.dumps((header, entries)))
    assert tampered
    (root / ".docket-cache" / "check-report.json").unlink()
    _agree(run_cli, root, "2025-04-25")


@pytest.mark.parametrize(
    "stored",
    [
        b"not marshal at all",
        marshal.dumps(()),
        marshal.dumps((1, b"another docket", {})),
        marshal.dumps((1, None, [])),
    ],
)
def test_a_damaged_or_foreign_index_file_is_a_miss(
    stored: bytes, tmp_path: Path, run_cli: Any
) -> None:
    root = copy_record(REPO_ROOT, tmp_path)
    run_cli("check", "--root", str(root), "--as-of", "2025-04-25")
    for file, _, _ in list(_shards(root)):
        file.write_bytes(stored)
    (root / ".docket-cache" / "check-report.json").unlink()
    _agree(run_cli, root, "2025-04-25")


@pytest.mark.parametrize("name", sorted(REPOSITORIES))
def test_loading_and_checking_leave_no_reference_cycles(name: str, tmp_path: Path) -> None:
    """Commands run with the cycle collector paused (``docket.memory``): a reference cycle
    would keep what it holds alive until the command ends. One did: a walk that kept every
    model of 10,000 meetings alive."""
    source, as_of = REPOSITORIES[name]
    root = copy_record(source, tmp_path)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for use_cache in (True, True, False):  # the index written, then read, then none
            corpus, structural, files = load_corpus(root, use_cache)
            check_corpus(corpus, structural, files, date.fromisoformat(as_of), cache=use_cache)
            del corpus, structural
        gc.set_debug(gc.DEBUG_SAVEALL)
        found = gc.collect()
        kinds = sorted({type(o).__name__ for o in gc.garbage})[:10]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert found == 0, f"reference cycles of: {kinds}"
