"""Many files are parsed in worker processes, which send their data back as ``marshal`` blobs;
what comes out is the same as parsing them one by one in the main process, and the same again
when it comes from the parse cache, broken files included."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import synthetic_record

import docket.load
from docket.load import LoadResult, load_repository
from docket.load.cache import SHARDS

BROKEN = {
    "meetings/board/zz-tab.yaml": "kind: meeting\n\tid: x\n",
    "meetings/board/zz-syntax.yaml": "kind: meeting\nid: [unclosed\n",
    "meetings/board/zz-invalid.yaml": "kind: meeting\nschema_version: 1\nid: zz-1\n",
    "meetings/board/zz-latin1.yaml": "kind: meeting\ntitle: M\xf8de\n",
}


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = synthetic_record(tmp_path_factory.mktemp("many"), 260)
    for rel, text in BROKEN.items():
        encoding = "latin-1" if "latin1" in rel else "utf-8"
        (root / rel).write_bytes(text.encode(encoding))
    return root


def _summary(result: LoadResult) -> tuple[object, ...]:
    return (
        result.files,
        [(d.path, d.model) for d in result.documents],
        sorted(result.findings, key=lambda f: (f.path, f.code, f.message)),
        [(r.path, r.parsed, r.data) for r in result.rejected],
    )


def test_parsing_in_workers_gives_what_parsing_here_gives(
    many: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parallel = load_repository(many, use_cache=False)
    assert parallel.files > docket.load.PARALLEL_THRESHOLD
    monkeypatch.setattr(docket.load, "PARALLEL_THRESHOLD", 10**9)
    serial = load_repository(many, use_cache=False)
    assert _summary(parallel) == _summary(serial)
    assert {f.path for f in serial.findings} >= set(BROKEN)


def test_the_parse_cache_gives_what_parsing_gives(many: Path) -> None:
    fresh = load_repository(many, use_cache=True)
    again = load_repository(many, use_cache=True)
    assert len(list((many / ".docket-cache").glob("parsed-*.marshal"))) == SHARDS
    assert _summary(fresh) == _summary(again)
    assert all(d.digest is not None for d in again.documents)
