"""The digest that names a file's bytes in every cache: two files with the same digest have the
same content, whatever their size or modification time. A module of its own, so that the
replay of an unchanged report (``report_cache``) can compute it without importing the loader."""

from __future__ import annotations

import hashlib


def content_digest(raw: bytes) -> bytes:
    """The key of a file's bytes in the caches."""
    return hashlib.blake2b(raw, digest_size=16).digest()
