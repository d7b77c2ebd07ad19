"""YAML files -> typed documents, with every problem as a located finding."""

from __future__ import annotations

import os
import stat
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

from pydantic import BaseModel

from docket.findings import Finding
from docket.load import problems
from docket.load.cache import ParseCache, content_digest
from docket.load.reader import MAX_FILE_BYTES, decode, parse
from docket.load.validate import validate
from docket.repository import data_files, relative


@dataclass(frozen=True)
class LoadedDocument:
    """A document that passed its schema, and the file it came from."""

    path: str
    model: BaseModel


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


PARALLEL_THRESHOLD = 200
"""Uncached files above which parsing is spread over the machine's cores."""


def read_file(file: Path, rel: str) -> tuple[object, Finding | None]:
    """Plain data of one file, or the finding that stops it."""
    try:
        stat = file.stat()
        if stat.st_size > MAX_FILE_BYTES:
            return None, problems.FILE_TOO_LARGE.finding(
                f"the file is {stat.st_size:,} bytes; docket reads files up to {MAX_FILE_BYTES:,}",
                rel,
                line=1,
                column=1,
                hint="split it, e.g. one meeting per file",
            )
        raw = file.read_bytes()
    except OSError as error:
        return None, problems.UNREADABLE_FILE.finding(str(error.strerror), rel)
    text, finding = decode(raw, rel)
    if text is None:
        return None, finding
    result = parse(text, rel)
    return result.data, result.finding


def _read_batch(batch: list[tuple[Path, str]]) -> list[tuple[object, Finding | None]]:
    return [read_file(file, rel) for file, rel in batch]


def _read_many(work: list[tuple[Path, str]]) -> list[tuple[object, Finding | None]]:
    """Read files, over several processes when there are many (parsing is CPU-bound)."""
    workers = min(os.cpu_count() or 1, 8)
    if len(work) < PARALLEL_THRESHOLD or workers < 2 or "fork" not in get_all_start_methods():
        return _read_batch(work)
    size = -(-len(work) // workers)
    batches = [work[i : i + size] for i in range(0, len(work), size)]
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        return [result for part in pool.map(_read_batch, batches) for result in part]


def _digest(file: Path) -> bytes | None:
    """The cache key of a file's bytes; None when it cannot or should not be read here."""
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        return content_digest(file.read_bytes())
    except OSError:
        return None


def load_repository(
    root: Path, files: list[Path] | None = None, use_cache: bool = True
) -> LoadResult:
    """Load and validate ``files`` (default: every data file of the repository)."""
    cache = ParseCache(root, enabled=use_cache)
    result = LoadResult()
    keep: set[str] = set()
    parsed: dict[str, tuple[object, Finding | None]] = {}
    digests: dict[str, bytes] = {}
    todo: list[tuple[Path, str]] = []
    order: list[tuple[str, Path]] = []
    for file in files if files is not None else data_files(root):
        rel = relative(file, root)
        keep.add(rel)
        order.append((rel, file))
        digest = _digest(file) if use_cache else None
        cached = None if digest is None else cache.get(rel, digest)
        if cached is not None:
            parsed[rel] = (cached, None)
            continue
        todo.append((file, rel))
        if digest is not None:
            digests[rel] = digest
    for (_, rel), outcome in zip(todo, _read_many(todo), strict=True):
        parsed[rel] = outcome
        if outcome[1] is None and rel in digests:
            cache.put(rel, digests[rel], outcome[0])
    for rel, file in order:
        data, finding = parsed[rel]
        result.files += 1
        if finding is not None:
            result.findings.append(finding)
            result.rejected.append(RejectedFile(rel, file, None, parsed=False))
            continue
        model, findings = validate(data, rel)
        result.findings.extend(findings)
        if model is not None:
            result.documents.append(LoadedDocument(rel, model))
        else:
            result.rejected.append(RejectedFile(rel, file, data, parsed=True))
    if files is None:
        cache.save(keep)
    return result
