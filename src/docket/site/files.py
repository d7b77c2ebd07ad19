"""Files the site publishes beside its pages: attachments, briefing packs, document anchors.

An attachment file is copied only when the audience may see it and its path, with every link
followed, stays inside the repository and names a regular file; its name in the site is made
of safe characters only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from docket.model.governing_document import DocumentVersion
from docket.model.meeting import Attachment, Meeting
from docket.site import paths

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def version_anchor(document_id: str, index: int) -> str:
    return f"{document_id}-v{index + 1}"


@dataclass
class Published:
    root: Path
    copies: dict[str, Path] = field(default_factory=dict)
    """Site path -> the repository file copied there."""
    packs: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    """Meeting id -> (link text, site path) of its briefing pack files."""
    anchors: dict[tuple[str, str | None], tuple[str, str | None]] = field(default_factory=dict)
    """(Governing document id, version or None) -> (page folder, fragment): the versions of
    commissions and rules on their body's page, annual plans on a page of their own."""

    def add_document(self, document_id: str, body: str, versions: list[DocumentVersion]) -> None:
        folder = paths.body(body)
        self.anchors[(document_id, None)] = (folder, document_id)
        for index, version in enumerate(versions):
            self.anchors[(document_id, version.version)] = (
                folder,
                version_anchor(document_id, index),
            )

    def add_plan(self, plan_id: str) -> None:
        self.anchors[(plan_id, None)] = (paths.plan(plan_id), None)

    def document_anchor(
        self, document_id: str, version: str | None
    ) -> tuple[str, str | None] | None:
        return self.anchors.get((document_id, version)) or self.anchors.get((document_id, None))

    def attachment(self, meeting: Meeting, attachment: Attachment) -> str | None:
        """The site path of the attachment's copy, or None when it cannot be published."""
        if attachment.path is None:
            return None
        root = self.root.resolve()
        source = (root / attachment.path).resolve()
        if not source.is_relative_to(root) or not source.is_file():
            return None
        name = _UNSAFE.sub("-", source.name).strip("-.") or "file"
        target = f"{paths.meeting(meeting.id)}files/{attachment.number}-{name}"
        self.copies[target] = source
        return target
