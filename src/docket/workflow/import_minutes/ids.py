"""Ids within the repository's limit, however long the title they are made from.

An id is '<meeting>-<slug of the title>'; a long body id, a long meeting id and a long Danish
compound ('afbureaukratisering') can pass the 80 characters ``model.common.Id`` allows. Such an
id keeps as many whole words as fit and ends in 8 hex digits of the SHA-1 of the full id, so
the same title always gives the same id and two long titles that share a start do not collide.
"""

from __future__ import annotations

import hashlib

ID_LIMIT = 80
"""The longest id the schema accepts (``model.common.Id``)."""
HASH_LENGTH = 8


def bounded_id(candidate: str, limit: int = ID_LIMIT) -> str:
    """``candidate`` itself when it fits, else its start cut at a '-' plus a stable hash."""
    if len(candidate) <= limit:
        return candidate
    digest = hashlib.sha1(candidate.encode("utf-8")).hexdigest()[:HASH_LENGTH]
    room = limit - HASH_LENGTH - 1
    head = candidate[:room]
    if "-" in head and candidate[room : room + 1] != "-":
        head = head.rsplit("-", 1)[0]
    return f"{head.rstrip('-')}-{digest}"
