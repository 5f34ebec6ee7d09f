"""Communication events (single or recurring), their exceptions, invited media and media-notification tasks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commsdesk.db.models.base import Base, utc_now
from commsdesk.domain.events import DEFAULT_TIME_ZONE

event_media_group = Table(
    "event_media_group",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("audience_group.id", ondelete="CASCADE"), primary_key=True, index=True),
)

event_media_contact = Table(
    "event_media_contact",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Event(Base):
    """A communication event. Times are wall-clock times in `time_zone`, as RFC 5545 keeps them.

    A recurring event has an RRULE; `series_until` is the last possible start (None: no end) so that range
    queries can skip finished series. An occurrence edited on its own is a separate event whose `parent_id`
    and `recurrence_id` (the occurrence's original start) point back, with an EXDATE on the parent.
    """

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(300), unique=True)  # iCalendar UID
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(40), default="other", index=True)  # domain.events.EventKind
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)  # domain.events.EventStatus
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    time_zone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIME_ZONE)
    rrule: Mapped[str | None] = mapped_column(Text)  # RFC 5545 RRULE value, e.g. "FREQ=WEEKLY;BYDAY=MO"
    series_until: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    recurrence_id: Mapped[datetime | None] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(500), default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    material_date: Mapped[date | None] = mapped_column(Date)  # assembly sessions: the day the material goes out
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    exdates: Mapped[list[EventExdate]] = relationship(cascade="all, delete-orphan")
    tasks: Mapped[list[NotificationTask]] = relationship(cascade="all, delete-orphan")


class EventExdate(Base):
    """An occurrence of a recurring event that the user deleted (or moved out as its own event)."""

    __tablename__ = "event_exdate"
    __table_args__ = (UniqueConstraint("event_id", "original_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    original_start: Mapped[datetime] = mapped_column(DateTime)


class NotificationTask(Base):
    """A dated "notify the media" task generated from an event kind's rule; done when `done_at` is set."""

    __tablename__ = "notification_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    occurrence_start: Mapped[datetime | None] = mapped_column(DateTime)  # which occurrence, for a series
    rule: Mapped[str] = mapped_column(String(40))  # which rule made it: notify, remind, material, tender…
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class Holiday(Base):
    """A public holiday the user enters (the two Eids move every year); fixed ones are computed, not stored."""

    __tablename__ = "holiday"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
