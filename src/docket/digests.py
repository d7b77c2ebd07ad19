"""The digests that name a file's bytes, and everything else, in every cache: two files with the
same digest have the same content, whatever their size or modification time. A module of its
own, so that the replay of an unchanged report (``report_cache``) can compute them without
importing the loader.

Every digest is keyed with a secret of the user's (``cache_key``), kept outside the repository
in ``$XDG_CACHE_HOME/docket/key`` (``~/.cache/docket/key``). The caches live in the repository's
folder, and a repository may bring a ``.docket-cache/`` of its own: committed by mistake, or by
someone who wants a broken record to pass CI. Its entries were made with another key, so they
match nothing here, and without the key nobody can make one that does. Where the key cannot be
kept, each run makes its own, and the caches simply never match.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from functools import cache
from pathlib import Path

KEY_BYTES = 32


def _key_file() -> Path | None:
    """Where the key is kept; ``None`` when the user has no home folder to keep it in."""
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except (RuntimeError, KeyError):  # no HOME, and no entry in the password database
        return None
    return Path(base) / "docket" / "key"


def _read(file: Path) -> bytes | None:
    with contextlib.suppress(OSError):
        key = file.read_bytes()
        if len(key) == KEY_BYTES:
            return key
    return None


@cache
def cache_key() -> bytes:
    """This user's secret for the caches' digests: read, or made once (readable by the user
    alone) when there is none."""
    file = _key_file()
    found = None if file is None else _read(file)
    if found is not None:
        return found
    key = os.urandom(KEY_BYTES)
    if file is None:
        return key
    with contextlib.suppress(OSError):
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = file.with_name(f".key-{os.getpid()}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key)
        os.replace(temporary, file)
    return _read(file) or key  # another run may have made it a moment before


def keyed(digest_size: int) -> hashlib.blake2b:
    """A digest to feed, keyed with ``cache_key``."""
    return hashlib.blake2b(digest_size=digest_size, key=cache_key())


def content_digest(raw: bytes) -> bytes:
    """The key of a file's bytes in the caches."""
    return hashlib.blake2b(raw, digest_size=16, key=cache_key()).digest()
