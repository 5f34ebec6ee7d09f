"""Contacts, their outlets or organisations, audience groups, and the log that lets a merge be undone."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commsdesk.db.models.base import Base, utc_now

contact_group = Table(
    "contact_group",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("audience_group.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Outlet(Base):
    """A media outlet or any organisation a contact works for."""

    __tablename__ = "outlet"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    type: Mapped[str] = mapped_column(String(30), default="other")  # domain.contacts.OutletType
    reach: Mapped[str] = mapped_column(String(30), default="local")  # domain.contacts.Reach
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class AudienceGroup(Base):
    """A named group of contacts; the strategy's audiences are seeded with a `code`, all can be renamed."""

    __tablename__ = "audience_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str | None] = mapped_column(String(50), unique=True)  # domain.contacts.Audience for seeded ones
    description: Mapped[str] = mapped_column(Text, default="")


class Contact(Base):
    """A person the office communicates with, with the personal-data facts the law asks to keep."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlet.id", ondelete="SET NULL"), index=True)
    language: Mapped[str] = mapped_column(String(10), default="sq")
    topics: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    social: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    accredited: Mapped[bool] = mapped_column(Boolean, default=False)
    accredited_until: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_on: Mapped[date | None] = mapped_column(Date)
    # Folded (case- and diacritic-free) name, organisation, e-mails, phones and notes, kept by the contacts service.
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Folded "family given" for sorting by name the way people read it.
    sort_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    outlet: Mapped[Outlet | None] = relationship()
    emails: Mapped[list[ContactEmail]] = relationship(cascade="all, delete-orphan", order_by="ContactEmail.id")
    phones: Mapped[list[ContactPhone]] = relationship(cascade="all, delete-orphan", order_by="ContactPhone.id")
    groups: Mapped[list[AudienceGroup]] = relationship(secondary=contact_group)


class ContactEmail(Base):
    __tablename__ = "contact_email"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(30), default="work")
    address: Mapped[str] = mapped_column(String(300))
    address_key: Mapped[str] = mapped_column(String(300), index=True)  # lower-cased, for duplicate checks


class ContactPhone(Base):
    __tablename__ = "contact_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(30), default="work")
    number: Mapped[str] = mapped_column(String(100))
    digits: Mapped[str] = mapped_column(String(100), index=True)  # digits only, for duplicate checks


class ContactMerge(Base):
    """One merge of two contacts, with both as they were, so the merge can be undone."""

    __tablename__ = "contact_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    kept_before: Mapped[dict[str, Any]] = mapped_column(JSON)
    removed_before: Mapped[dict[str, Any]] = mapped_column(JSON)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
