"""YAML files -> typed documents, with every problem as a located finding."""

from __future__ import annotations

import marshal
import os
import stat
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pydantic import BaseModel

from docket.digests import content_digest
from docket.errors import DocketError
from docket.facts import MeetingFacts, facts_of
from docket.findings import Finding
from docket.load import problems
from docket.load.cache import CACHE_FOLDER, ParseCache, blob_of
from docket.load.index import MeetingIndex
from docket.load.reader import MAX_FILE_BYTES, decode, parse
from docket.load.validate import validate
from docket.model.meeting import Meeting
from docket.outline import Columns, Outline, Reference

if TYPE_CHECKING:
    from docket.corpus.walk import Identified
from docket.repository import data_files, relative


class LoadedDocument:
    """A document that passed its schema, and the file it came from.

    The model of a meeting that did not change since the last run is made only when something
    reads it: the run starts from its ``outline`` (facts, ids and references) in the index
    cache (``load.index``), and most runs never need more.
    """

    __slots__ = ("_facts", "_make", "_model", "_walked", "digest", "outline", "path")

    def __init__(
        self,
        path: str,
        model: BaseModel | None = None,
        digest: bytes | None = None,
        *,
        make: Callable[[], BaseModel] | None = None,
        outline: Outline | None = None,
    ) -> None:
        if model is None and (make is None or outline is None):
            raise ValueError("a document needs its model, or an outline and how to make it")
        self.path = path
        self.digest = digest
        """The digest of the file's bytes when it was read with the cache on (``load.cache``)."""
        self.outline = outline
        """What the corpus needs of a meeting whose model is not made yet; else ``None``."""
        self._model = model
        self._make = make
        self._facts: MeetingFacts | None = outline.facts if outline is not None else None
        self._walked: tuple[list[Identified], list[Reference]] | None = None

    @property
    def model(self) -> BaseModel:
        """The validated model, made on first use when the document was loaded by outline."""
        if self._model is None:
            assert self._make is not None
            self._model = self._make()
        return self._model

    @property
    def is_meeting(self) -> bool:
        """Whether the document is a meeting record (without making its model)."""
        return self.facts is not None

    @property
    def facts(self) -> MeetingFacts | None:
        """The facts of a meeting record (``docket.facts``); ``None`` for other documents."""
        if self._facts is None and isinstance(self._model, Meeting):
            self._facts = facts_of(self.path, self._model)
        return self._facts

    def release(self) -> None:
        """Let go of the model of a document loaded by its outline; it is made again if read."""
        if self._make is not None:
            self._model = None
            self._walked = None

    def walked(self) -> tuple[list[Identified], list[Reference]]:
        """The ids the model declares and the references it makes (``corpus.walk``), made once."""
        if self._walked is None:
            from docket.corpus.walk import walk  # the corpus package imports this one

            self._walked = walk(self.model)
        return self._walked

    def __repr__(self) -> str:
        return f"LoadedDocument({self.path!r})"


@dataclass(frozen=True)
class RejectedFile:
    """A file that did not become a document: its data when it parsed (``parsed``), else none.

    The corpus still recovers the identities it declares (``docket.corpus.recover``).
    """

    path: str
    file: Path
    data: object
    parsed: bool


@dataclass
class LoadResult:
    documents: list[LoadedDocument] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    rejected: list[RejectedFile] = field(default_factory=list)


MODELS_KEPT = 2_000
"""Meeting models a first load keeps made; the others are made again when judged. 2,000
models take about 110 MB."""

PARALLEL_THRESHOLD = 200
"""Uncached files above which parsing is spread over the machine's cores."""


_NOT_A_FILE = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


class Outcome(NamedTuple):
    """The plain data of a file (``None`` when an error stops it), its findings, and the
    digest of the bytes they were read from (``None`` when none were read)."""

    data: object
    findings: list[Finding]
    digest: bytes | None = None
    blob: bytes | None = None
    """The data as ``marshal`` writes it, in place of ``data``, when a worker process sends it:
    cheaper to send than the objects, and what the parse cache stores."""


def _refused(problem: problems.Problem, message: str, rel: str, hint: str) -> Outcome:
    return Outcome(None, [problem.finding(message, rel, line=1, column=1, hint=hint)])


def read_file(file: Path, rel: str, root: Path) -> Outcome:
    """Plain data of one file, or the finding that stops it. Only a regular file inside the
    repository is opened: a symbolic link must lead to one, and a FIFO (which would block), a
    device or a link that loops or leads nowhere is refused without being opened."""
    try:
        info = file.lstat()
        if stat.S_ISLNK(info.st_mode):
            try:
                target = file.resolve(strict=True)
            except (OSError, RuntimeError):
                return _refused(
                    problems.UNREADABLE_FILE,
                    "a symbolic link that leads nowhere or in a loop",
                    rel,
                    "replace the link by the file itself",
                )
            if not target.is_relative_to(root.resolve()):
                return _refused(
                    problems.PATH_OUTSIDE_REPOSITORY,
                    "a symbolic link that leads outside the repository; docket does not follow it",
                    rel,
                    "copy the file into the repository instead of linking to it",
                )
            info = target.stat()
        if not stat.S_ISREG(info.st_mode):
            kind = _NOT_A_FILE.get(stat.S_IFMT(info.st_mode), "not a regular file")
            return _refused(
                problems.UNREADABLE_FILE,
                f"this is {kind}, not a file; docket reads only regular files",
                rel,
                "remove it or rename it so that it does not end in .yaml",
            )
        if info.st_size > MAX_FILE_BYTES:
            return _refused(
                problems.FILE_TOO_LARGE,
                f"the file is {info.st_size:,} bytes; docket reads files up to {MAX_FILE_BYTES:,}",
                rel,
                "split it, e.g. one meeting per file",
            )
        raw = file.read_bytes()
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return _refused(
            problems.UNREADABLE_FILE,
            f"cannot read the file: {reason}",
            rel,
            "check that the file exists and that you may read it",
        )
    digest = content_digest(raw)
    text, finding = decode(raw, rel)
    if text is None:
        return Outcome(None, [finding] if finding is not None else [], digest)
    result = parse(text, rel)
    found = [result.finding] if result.finding is not None else []
    return Outcome(result.data, [*found, *result.warnings], digest)


def _read_batch(batch: list[tuple[Path, str]], root: Path) -> list[Outcome]:
    """Read files in a worker process; their data goes back as ``marshal`` blobs."""
    shipped = []
    for file, rel in batch:
        outcome = read_file(file, rel, root)
        if outcome.data is not None:
            outcome = outcome._replace(data=None, blob=blob_of(outcome.data))
        shipped.append(outcome)
    return shipped


BATCH = 64
"""Files a worker parses before it hands their data back: small enough that the main process
validates (and frees) the data of one batch while the workers parse the next."""


def _read_many(work: list[tuple[Path, str]], root: Path) -> Iterator[Outcome]:
    """Read files in order, over several processes when there are many (parsing is CPU-bound)."""
    workers = min(os.cpu_count() or 1, 8)
    if len(work) < PARALLEL_THRESHOLD or workers < 2 or "fork" not in get_all_start_methods():
        yield from (read_file(file, rel, root) for file, rel in work)
        return
    batches = [work[i : i + BATCH] for i in range(0, len(work), BATCH)]
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        for part in pool.map(partial(_read_batch, root=root), batches):
            yield from part


def _digest(file: Path) -> bytes | None:
    """The cache key of a file's bytes; None when it cannot or should not be read here (a link,
    which ``read_file`` follows only after checking where it leads)."""
    try:
        info = file.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        return content_digest(file.read_bytes())
    except OSError:
        return None


def outline_of(document: LoadedDocument) -> Outline | None:
    """What the index keeps of a meeting document (``load.index``); ``None`` for others."""
    facts = document.facts
    if facts is None:
        return None
    declared, references = document.walked()
    return Outline(
        facts,
        Columns.of([(found.id, found.kind, found.pointer) for found in declared]),
        Columns.of(references),
    )


def _materialize(root: Path, file: Path, rel: str, digest: bytes, cache: ParseCache) -> BaseModel:
    """The model of a meeting loaded by its outline: from the parse cache, else (no entry, or
    one that does not validate) from the file, whose bytes must still be those outlined."""
    data = cache.get(rel) if cache.has(rel, digest) else None
    model = validate(data, rel)[0] if data is not None else None
    if model is not None:
        return model
    data, _, read, _ = read_file(file, rel, root)
    if read != digest:
        raise DocketError(f"{rel} changed while docket was reading it: run the command again")
    model = validate(data, rel)[0] if data is not None else None
    if model is None:  # only a file that validated has an outline: the index is not docket's
        raise DocketError(
            f"{rel}: the cache in {CACHE_FOLDER}/ does not match the file: delete the "
            f"{CACHE_FOLDER} folder (or run with --no-cache) and run the command again"
        )
    return model


def load_repository(
    root: Path,
    files: list[Path] | None = None,
    use_cache: bool = True,
    digests: Mapping[Path, bytes] | None = None,
) -> LoadResult:
    """Load and validate ``files`` (default: every data file of the repository).

    ``digests`` are those of files read a moment ago (``report_cache.inputs_key``), so that
    they are not read twice: a file's parse is taken from the cache by the digest of the bytes
    that key saw, and a file parsed now is cached by the digest of the bytes parsed. A meeting
    whose outline is in the index under that digest is neither parsed nor validated: its model
    is made if something reads it (``LoadedDocument``).
    """
    known = digests or {}
    cache = ParseCache(root, enabled=use_cache)
    index = MeetingIndex(root, enabled=use_cache)
    result = LoadResult()
    keep: set[str] = set()
    cached: set[str] = set()
    outlined: dict[str, Outline] = {}
    kept_models = 0
    seen: dict[str, bytes] = {}
    todo: list[tuple[Path, str]] = []
    order: list[tuple[str, Path]] = []
    for file in files if files is not None else data_files(root):
        rel = relative(file, root)
        keep.add(rel)
        order.append((rel, file))
        digest = (known.get(file) or _digest(file)) if use_cache else None
        if digest is not None:
            seen[rel] = digest
            outline = index.get(rel, digest)
            if outline is not None:
                outlined[rel] = outline
                continue
            if cache.has(rel, digest):
                cached.add(rel)
                continue
        todo.append((file, rel))
    outcomes = _read_many(todo, root)
    for rel, file in order:
        result.files += 1
        outline = outlined.get(rel)
        if outline is not None:
            make = partial(_materialize, root, file, rel, seen[rel], cache)
            result.documents.append(
                LoadedDocument(rel, digest=seen[rel], make=make, outline=outline)
            )
            continue
        data = cache.get(rel) if rel in cached else None
        if data is None:
            data, findings, read, blob = (
                read_file(file, rel, root) if rel in cached else next(outcomes)
            )
            if blob is not None:
                data = marshal.loads(blob)
            if read is not None and use_cache:
                seen[rel] = read
                if not findings:
                    cache.put(rel, read, blob if blob is not None else blob_of(data))
        else:
            findings = []
        result.findings.extend(findings)
        if data is None:
            result.rejected.append(RejectedFile(rel, file, None, parsed=False))
            continue
        model, invalid = validate(data, rel)
        result.findings.extend(invalid)
        if model is None:
            result.rejected.append(RejectedFile(rel, file, data, parsed=True))
            continue
        document = LoadedDocument(rel, model, seen.get(rel))
        outline = (
            outline_of(document) if use_cache and rel in seen and not findings + invalid else None
        )
        if outline is not None:
            # Loaded by its outline, like an unchanged meeting, so that its model can be let
            # go once judged (``release``); beyond MODELS_KEPT, at once, so that the models
            # of 10,000 meetings are never all held (the local checks make them again, a
            # batch at a time).
            index.put(rel, seen[rel], outline)
            make = partial(_materialize, root, file, rel, seen[rel], cache)
            kept = model if kept_models < MODELS_KEPT else None
            kept_models += kept is not None
            document = LoadedDocument(rel, kept, seen[rel], make=make, outline=outline)
        result.documents.append(document)
    if files is None:
        cache.save(keep)
        index.save(keep)
    return result
