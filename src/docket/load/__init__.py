"""YAML files -> typed documents, with every problem as a located finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from docket.findings import Finding
from docket.load import problems
from docket.load.cache import ParseCache
from docket.load.reader import MAX_FILE_BYTES, decode, parse
from docket.load.validate import validate
from docket.repository import data_files, relative


@dataclass(frozen=True)
class LoadedDocument:
    """A document that passed its schema, and the file it came from."""

    path: str
    model: BaseModel


@dataclass
class LoadResult:
    documents: list[LoadedDocument] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: int = 0


def load_file(
    file: Path, rel: str, cache: ParseCache | None = None
) -> tuple[object, Finding | None]:
    """Plain data of one file (from the cache when unchanged), or the finding that stops it."""
    try:
        stat = file.stat()
    except OSError as error:
        return None, problems.UNREADABLE_FILE.finding(str(error.strerror), rel)
    if stat.st_size > MAX_FILE_BYTES:
        return None, problems.FILE_TOO_LARGE.finding(
            f"the file is {stat.st_size:,} bytes; docket reads files up to {MAX_FILE_BYTES:,}",
            rel,
            line=1,
            column=1,
            hint="split it, e.g. one meeting per file",
        )
    if cache is not None:
        cached = cache.get(rel, stat)
        if cached is not None:
            return cached, None
    try:
        raw = file.read_bytes()
    except OSError as error:
        return None, problems.UNREADABLE_FILE.finding(str(error.strerror), rel)
    text, finding = decode(raw, rel)
    if text is None:
        return None, finding
    result = parse(text, rel)
    if result.finding is None and cache is not None:
        cache.put(rel, stat, result.data)
    return result.data, result.finding


def load_repository(
    root: Path, files: list[Path] | None = None, use_cache: bool = True
) -> LoadResult:
    """Load and validate ``files`` (default: every data file of the repository)."""
    cache = ParseCache(root, enabled=use_cache)
    result = LoadResult()
    keep: set[str] = set()
    for file in files if files is not None else data_files(root):
        rel = relative(file, root)
        keep.add(rel)
        result.files += 1
        data, finding = load_file(file, rel, cache)
        if finding is not None:
            result.findings.append(finding)
            continue
        model, findings = validate(data, rel)
        result.findings.extend(findings)
        if model is not None:
            result.documents.append(LoadedDocument(rel, model))
    if files is None:
        cache.save(keep)
    return result
