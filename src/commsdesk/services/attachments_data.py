"""An attachment as the services hand it out (a release's or a document request's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from commsdesk.domain.releases import AttachmentKind


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: AttachmentKind
    original_name: str
    stored_name: str
    size: int
    sha256: str
    captions: dict[str, str]
    added_at: datetime
