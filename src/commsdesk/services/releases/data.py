"""The plain data the releases service takes and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from commsdesk.domain.releases import (
    Channel,
    DistributionStatus,
    ExclusionReason,
    ReleaseStatus,
    VersionState,
)
from commsdesk.services.attachments_data import AttachmentRow  # re-exported for the tab


@dataclass(frozen=True)
class VersionInput:
    """One language version as entered; `body` is HTML (any: it is reduced to the stored subset)."""

    language: str
    headline: str
    body: str
    subheadline: str = ""
    state: VersionState = VersionState.DRAFT


@dataclass(frozen=True)
class ReleaseInput:
    """A release's record as entered in the editor."""

    release_date: date
    place: str = ""
    versions: list[VersionInput] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    embargo_until: datetime | None = None
    event_id: int | None = None
    activity_id: int | None = None


@dataclass(frozen=True)
class VersionData:
    language: str
    state: VersionState
    headline: str = ""
    subheadline: str = ""
    body: str = ""  # the stored HTML subset

    @property
    def present(self) -> bool:
        from commsdesk.domain.release_body import body_text
        from commsdesk.domain.releases import is_version_present

        return is_version_present(self.state, self.headline, body_text(self.body))


@dataclass(frozen=True)
class StatusChangeRow:
    from_status: ReleaseStatus | None
    to_status: ReleaseStatus
    changed_at: datetime
    changed_by: str
    note: str


@dataclass(frozen=True)
class DistributionRow:
    id: int
    language: str
    channel: Channel
    status: DistributionStatus
    distributed_at: datetime
    recipient_count: int
    details: dict[str, Any]


@dataclass(frozen=True)
class ReleaseDetail:
    """Everything about one release; `versions` has one entry per release language, missing ones included."""

    id: int
    reference: str
    year: int
    number: int
    status: ReleaseStatus
    release_date: date
    place: str
    embargo_until: datetime | None
    tags: list[str]
    approved_by: str
    approved_at: datetime | None
    event_id: int | None
    event_title: str
    activity_id: int | None
    activity_title: str
    versions: dict[str, VersionData]
    history: list[StatusChangeRow]
    attachments: list[AttachmentRow]
    distributions: list[DistributionRow]

    def present_languages(self) -> list[str]:
        """The languages that have a version, in the order of the release languages."""
        return [code for code, version in self.versions.items() if version.present]

    def headline(self, language: str) -> str:
        """The headline in `language`, else the first one there is."""
        version = self.versions.get(language)
        if version is not None and version.headline:
            return version.headline
        return next((v.headline for v in self.versions.values() if v.headline), "")


@dataclass(frozen=True)
class ReleaseRow:
    """One line of the archive list."""

    id: int
    reference: str
    release_date: date
    status: ReleaseStatus
    headline: str  # in the display language, else the first there is
    languages: tuple[str, ...] = ()
    tags: str = ""
    channels: tuple[Channel, ...] = ()
    attachments: int = 0
    embargo_until: datetime | None = None
    headlines: dict[str, str] = field(default_factory=dict)  # language → headline


@dataclass(frozen=True)
class ArchiveQuery:
    """What the archive list shows: a full-text search, filters, and the order."""

    text: str = ""
    year: int | None = None
    status: ReleaseStatus | None = None
    tag: str = ""
    language: str = ""
    sort: str = "reference"  # reference, date, status, headline
    descending: bool = True
    display_language: str = "sq"


@dataclass(frozen=True)
class ReleaseSettings:
    languages: list[str]
    required: list[str]
    reference_format: str


@dataclass(frozen=True)
class Choice:
    """An event or activity a release can be linked to."""

    id: int
    title: str


@dataclass(frozen=True)
class GroupChoice:
    id: int
    name: str
    members: int
    code: str | None = None  # the strategy's audience (domain.contacts.Audience) for the seeded groups


@dataclass(frozen=True)
class ContactChoice:
    id: int
    name: str
    organisation: str
    email: str
    language: str
    do_not_contact: bool


@dataclass(frozen=True)
class Recipient:
    """A chosen contact and what becomes of them in a distribution."""

    contact_id: int
    name: str
    organisation: str
    email: str
    preferred_language: str
    language: str | None  # the version they get; None when excluded
    excluded: ExclusionReason | None = None
    already_sent_on: datetime | None = None  # when this release already went to them

    @property
    def included(self) -> bool:
        return self.excluded is None


@dataclass(frozen=True)
class DistributionInput:
    """One channel of one language version to record; e-mail lists its recipients as (contact id, address)."""

    language: str
    channel: Channel
    status: DistributionStatus
    recipients: list[tuple[int | None, str]] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
