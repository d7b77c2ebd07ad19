"""Fixtures for the site tests: a copy of the repository's NGC record, and sites built from it
with the real CLI (``docket site``)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import copy_ngc_record
from tests.render.conftest import docket

AS_OF = "2025-04-25"
"""The day after the working group's first meeting: the board's first meeting is ahead."""


def copy_record(target: Path) -> Path:
    """The NGC record (governance/ and meetings/) as a repository of its own."""
    repo = target / "ngc"
    copy_ngc_record(repo, configured=False)
    return repo


def build(repo: Path, out: Path, *args: str) -> Path:
    result = docket("site", "--root", str(repo), "-o", str(out), "--as-of", AS_OF, *args)
    assert 0 == result.code, result.err
    return out


def site_texts(site: Path) -> Iterator[tuple[str, str]]:
    """(relative path, text) of every file of a built site, the compressed search index
    decompressed; binary files (PDF, DOCX) as Latin-1 so that plain strings in them show."""
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        yield path.relative_to(site).as_posix(), data.decode("utf-8", errors="replace")


@pytest.fixture(scope="session")
def ngc_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_record(tmp_path_factory.mktemp("record"))


@pytest.fixture(scope="session")
def public_site(ngc_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(ngc_repo, tmp_path_factory.mktemp("public") / "site")


@pytest.fixture(scope="session")
def internal_site(ngc_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(ngc_repo, tmp_path_factory.mktemp("internal") / "site", "--audience", "internal")
