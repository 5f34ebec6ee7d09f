"""Press releases: language versions, status history, attachments and distributions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commsdesk.db.models.base import Base, utc_now


class PressRelease(Base):
    """A release with its yearly reference number (`2026/014`); a withdrawn release keeps its number."""

    __tablename__ = "press_release"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(50), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)  # domain.releases.ReleaseStatus
    release_date: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    embargo_until: Mapped[datetime | None] = mapped_column(DateTime)
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"), index=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    versions: Mapped[list[ReleaseVersion]] = relationship(cascade="all, delete-orphan")
    history: Mapped[list[ReleaseStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="ReleaseStatusChange.id"
    )
    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")
    distributions: Mapped[list[Distribution]] = relationship(cascade="all, delete-orphan")


class ReleaseVersion(Base):
    """The release in one language. `body` keeps basic formatting as simple HTML (paragraphs, b, i, lists)."""

    __tablename__ = "release_version"
    __table_args__ = (UniqueConstraint("release_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("press_release.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(20), default="draft")  # domain.releases.VersionState
    headline: Mapped[str] = mapped_column(Text, default="")
    subheadline: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")


class ReleaseStatusChange(Base):
    __tablename__ = "release_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("press_release.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Attachment(Base):
    """A photo, audio, video or document copied into the managed archive folder under `stored_name`; it belongs to
    a release or to a document request."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int | None] = mapped_column(ForeignKey("press_release.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("document_request.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="document")
    original_name: Mapped[str] = mapped_column(String(500))
    stored_name: Mapped[str] = mapped_column(String(200), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    captions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # language code → caption
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class Distribution(Base):
    """One distribution of one language version through one channel, with its own status."""

    __tablename__ = "distribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("press_release.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(20))  # domain.releases.Channel
    status: Mapped[str] = mapped_column(String(20), default="prepared")
    distributed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    recipient_count: Mapped[int] = mapped_column(Integer, default=0)  # stays when a recipient is erased
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    recipients: Mapped[list[DistributionRecipient]] = relationship(cascade="all, delete-orphan")


class DistributionRecipient(Base):
    __tablename__ = "distribution_recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("distribution.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(300), default="")
