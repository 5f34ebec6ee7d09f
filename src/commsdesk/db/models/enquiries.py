"""Journalists' enquiries with their questions and history, and the approved statements ("lines to take")."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commsdesk.db.models.base import Base, utc_now


class Enquiry(Base):
    """One enquiry with its yearly number (`P-2026/014`); the journalist's details go once `anonymised_at` is set."""

    __tablename__ = "enquiry"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(50), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # the office's wall-clock time
    channel: Mapped[str] = mapped_column(String(20), default="phone")  # domain.enquiries.EnquiryChannel
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)
    journalist: Mapped[str] = mapped_column(String(300), default="")
    journalist_email: Mapped[str] = mapped_column(String(300), default="")
    journalist_phone: Mapped[str] = mapped_column(String(100), default="")
    outlet: Mapped[str] = mapped_column(String(300), default="", index=True)
    topic: Mapped[str] = mapped_column(String(300), default="", index=True)
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    deadline_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    facts_from: Mapped[str] = mapped_column(String(300), default="")  # a directorate or a person
    facts_asked_on: Mapped[date | None] = mapped_column(Date)
    facts_due_on: Mapped[date | None] = mapped_column(Date)  # when to remind them
    facts_received_on: Mapped[date | None] = mapped_column(Date)
    approval_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    approver: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # language code → the answer
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    answered_via: Mapped[str] = mapped_column(String(20), default="")  # an EnquiryChannel code
    status: Mapped[str] = mapped_column(String(30), default="new", index=True)  # domain.enquiries.EnquiryStatus
    reason: Mapped[str] = mapped_column(Text, default="")  # why declined or "no comment"
    note: Mapped[str] = mapped_column(Text, default="")
    release_id: Mapped[int | None] = mapped_column(ForeignKey("press_release.id", ondelete="SET NULL"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"), index=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"), index=True)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    search_key: Mapped[str] = mapped_column(Text, default="")  # domain.text.search_key of the searchable parts
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    questions: Mapped[list[EnquiryQuestion]] = relationship(
        cascade="all, delete-orphan", order_by="EnquiryQuestion.position"
    )
    steps: Mapped[list[EnquiryHistory]] = relationship(cascade="all, delete-orphan", order_by="EnquiryHistory.id")


class EnquiryQuestion(Base):
    __tablename__ = "enquiry_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    enquiry_id: Mapped[int] = mapped_column(ForeignKey("enquiry.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, 3… as the journalist asked them
    text: Mapped[str] = mapped_column(Text)


class EnquiryHistory(Base):
    """One step in an enquiry's history: what was done, by whom and when."""

    __tablename__ = "enquiry_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    enquiry_id: Mapped[int] = mapped_column(ForeignKey("enquiry.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # domain.enquiries.EnquiryStep
    at: Mapped[datetime] = mapped_column(DateTime)  # the office's wall-clock time
    by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Statement(Base):
    """An approved statement on a topic, in up to three languages, usable from `valid_from` until `valid_until`."""

    __tablename__ = "statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(300), index=True)
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # language code → the text
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
