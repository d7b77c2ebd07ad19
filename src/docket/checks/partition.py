"""Checks that judge each meeting on its own are judged once per version of the meeting.

A check whose ``READS`` does not name meetings judges a meeting by that meeting and the
context: the documents that are not meetings (bodies, people, organisations, rules of
procedure, commissions, annual plans, written procedures). Its findings on a meeting file can
change only when that file, the context, the date judged, the configuration, the attachment
files the meeting names or docket's own code change. So they are kept per meeting file in
``.docket-cache/meeting-findings.marshal``, under a key made of all of these, and a run judges
only the meetings whose key changed: when one meeting file was edited, one meeting is judged.
The same checks' findings on the context documents are judged afresh every run (the context is
a handful of files), and so are the checks that read other meetings (``cross``).

Nothing here can change an answer: a meeting judged alone gets the findings it gets among all
the others, because these checks read no other meeting. Tests compare the output with and
without the cache on every test repository and on random edit sequences, byte for byte.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from docket.checks.base import Check
from docket.checks.runner import INTERNAL_ERROR_CODE, run_checks
from docket.corpus import Corpus, build_corpus
from docket.digests import keyed
from docket.fileio import atomic_write_bytes
from docket.findings import Finding, Level
from docket.load import LoadedDocument
from docket.load.cache import CACHE_FOLDER
from docket.report_cache import code_fingerprint, file_state

CACHE_FILE = "meeting-findings.marshal"
_FORMAT = 1

Stored = tuple[str, str, str, str, str, Any, bool, str | None, str | None]
"""A finding as the cache keeps it (``marshal`` holds only plain values)."""


def is_local(check: Check) -> bool:
    """Whether ``check`` judges a meeting without reading other meetings."""
    return "meeting" not in check.reads


def _stored(finding: Finding) -> Stored:
    return (
        finding.code,
        finding.name,
        finding.level.value,
        finding.message,
        finding.path,
        finding.pointer,
        finding.at_key,
        finding.hint,
        finding.subject,
    )


def _finding(stored: Stored) -> Finding:
    code, name, level, message, path, pointer, at_key, hint, subject = stored
    return Finding(
        code=code,
        name=name,
        level=Level(level),
        message=message,
        path=path,
        pointer=pointer,
        at_key=at_key,
        hint=hint,
        subject=subject,
    )


class MeetingFindings:
    """The stored findings of the local checks, per meeting file, under their key."""

    def __init__(self, root: Path) -> None:
        self.file = root / CACHE_FOLDER / CACHE_FILE
        self.entries: dict[str, tuple[bytes, list[Stored]]] = {}
        self.changed = False
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError, IndexError):
            stored = marshal.loads(self.file.read_bytes())
            if isinstance(stored, tuple) and stored[0] == _FORMAT and isinstance(stored[1], dict):
                self.entries = stored[1]

    def get(self, path: str, key: bytes) -> list[Finding] | None:
        """The findings stored for ``path`` under ``key``; ``None`` when there are none, or
        when what is stored is not what this module writes (a damaged or foreign cache)."""
        try:
            stored_key, stored = self.entries[path]
            if stored_key != key:
                return None
            return [_finding(entry) for entry in stored]
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, path: str, key: bytes, findings: list[Finding]) -> None:
        self.entries[path] = (key, [_stored(f) for f in findings])
        self.changed = True

    def save(self, keep: set[str]) -> None:
        if set(self.entries) - keep:
            self.entries = {k: v for k, v in self.entries.items() if k in keep}
            self.changed = True
        if self.changed:
            with contextlib.suppress(OSError, ValueError):
                atomic_write_bytes(self.file, marshal.dumps((_FORMAT, self.entries)))


def _context_key(
    context: Sequence[LoadedDocument],
    checks: Sequence[Check],
    as_of: date,
    levels: Mapping[str, Level],
    options: Mapping[str, Mapping[str, Any]],
) -> bytes | None:
    """A digest of what the local checks read besides the meeting; ``None`` when a context
    document has no digest (it was not read from a file)."""
    digest = keyed(16)
    digest.update(f"{_FORMAT}\0{as_of.isoformat()}\0".encode())
    code_fingerprint(digest)
    for check in checks:
        settings = {**check.option_defaults(), **options.get(check.name, {})}
        level = levels.get(check.name, check.level)
        digest.update(
            json.dumps([check.code, level.value, settings], sort_keys=True, default=str).encode()
        )
    for document in sorted(context, key=lambda d: d.path):
        if document.digest is None:
            return None
        digest.update(document.path.encode("utf-8", "surrogateescape") + b"\0" + document.digest)
    return digest.digest()


def _meeting_key(root: Path, document: LoadedDocument, context: bytes) -> bytes | None:
    """The key of one meeting's findings: its bytes, the context, and what its attachment
    paths lead to (``attachment-missing`` looks)."""
    if document.digest is None or document.facts is None:
        return None
    digest = hashlib.blake2b(context + document.digest, digest_size=16)
    paths = {listed.path for listed in document.facts.attachments if listed.path}
    for path in sorted(paths):
        try:
            target = os.path.realpath(root / path)
        except (OSError, ValueError):
            target = ""
        state = f"{path}\0{file_state(root / path)}\0{target}\0"
        digest.update(state.encode("utf-8", "surrogateescape"))
    return digest.digest()


BATCH = 500
"""Meetings judged together: their models are made, judged and let go a batch at a time, so
that the models of 10,000 meetings are never all held at once."""


def _judge(
    view: Corpus,
    context: list[LoadedDocument],
    todo: list[tuple[LoadedDocument, bytes | None]],
    checks: Sequence[Check],
    as_of: date,
    levels: Mapping[str, Level],
    options: Mapping[str, Mapping[str, Any]],
) -> list[Finding]:
    """The findings of the local ``checks`` on the context documents and the ``todo``
    meetings, judged a batch of meetings at a time (the findings on the context documents
    from the first batch: they do not depend on the meetings)."""
    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)] or [[]]
    fresh: list[Finding] = []
    crashed: set[str] = set()
    for number, batch in enumerate(batches):
        documents = [document for document, _ in batch]
        judged, _ = build_corpus(view.root, [*context, *documents], list(view.set_aside.values()))
        paths = {document.path for document in documents}
        for finding in run_checks(judged, checks, as_of, levels, options):
            if finding.code == INTERNAL_ERROR_CODE:
                if finding.message not in crashed:  # a check that crashes says so once
                    crashed.add(finding.message)
                    fresh.append(finding)
            elif number == 0 or finding.path in paths:
                fresh.append(finding)
        for document in documents:
            document.release()
    return fresh


def run_partitioned(
    view: Corpus,
    checks: Sequence[Check],
    as_of: date,
    levels: Mapping[str, Level],
    options: Mapping[str, Mapping[str, Any]],
) -> list[Finding]:
    """The findings of ``checks`` on ``view``, as ``run_checks`` gives them, with the local
    checks' findings on unchanged meetings taken from the cache."""
    local = [check for check in checks if is_local(check)]
    cross = [check for check in checks if not is_local(check)]
    findings = run_checks(view, cross, as_of, levels, options)
    context = [d for d in view.documents if not d.is_meeting]
    meetings = [d for d in view.documents if d.is_meeting]
    key = _context_key(context, local, as_of, levels, options) if local else None
    if key is None:
        return findings + run_checks(view, local, as_of, levels, options)
    store = MeetingFindings(view.root)
    todo: list[tuple[LoadedDocument, bytes | None]] = []
    for document in meetings:
        meeting_key = _meeting_key(view.root, document, key)
        cached = None if meeting_key is None else store.get(document.path, meeting_key)
        if cached is None:
            todo.append((document, meeting_key))
        else:
            findings.extend(cached)
    fresh = _judge(view, context, todo, local, as_of, levels, options)
    findings.extend(fresh)
    if not any(f.code == INTERNAL_ERROR_CODE for f in fresh):
        by_path: dict[str, list[Finding]] = defaultdict(list)
        for finding in fresh:
            by_path[finding.path].append(finding)
        for document, meeting_key in todo:
            if meeting_key is not None:
                store.put(document.path, meeting_key, by_path.get(document.path, []))
        store.save({d.path for d in meetings})
    return findings
