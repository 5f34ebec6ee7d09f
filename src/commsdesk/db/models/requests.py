"""Requests for access to public documents and the history of every step taken on them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commsdesk.db.models.base import Base, utc_now
from commsdesk.db.models.releases import Attachment


class DocumentRequest(Base):
    """One request with its yearly number (`2026/014`); personal details go once `anonymised_at` is set."""

    __tablename__ = "document_request"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(50), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(20), default="email")  # domain.requests.RequestChannel
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)  # not named towards third parties
    requester_type: Mapped[str] = mapped_column(String(20), default="citizen")  # domain.requests.RequesterType
    requester_address: Mapped[str] = mapped_column(Text, default="")  # e-mail or postal address for the reply
    requester_language: Mapped[str] = mapped_column(String(10), default="sq")  # the letters' language
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(20), default="electronic")  # domain.requests.DocumentForm
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_reason: Mapped[str] = mapped_column(Text, default="")
    holder_unit: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(30), default="registered", index=True)
    outcome: Mapped[str | None] = mapped_column(String(20), index=True)  # domain.requests.RequestOutcome
    withheld: Mapped[str] = mapped_column(Text, default="")
    refusal_ground: Mapped[str] = mapped_column(String(40), default="")  # domain.requests.RefusalGround
    harm_test: Mapped[str] = mapped_column(Text, default="")
    public_interest_test: Mapped[str] = mapped_column(Text, default="")
    forwarded_to: Mapped[str] = mapped_column(String(300), default="")
    forwarded_on: Mapped[date | None] = mapped_column(Date)
    clarification_asked: Mapped[date | None] = mapped_column(Date)
    clarification_received: Mapped[date | None] = mapped_column(Date)
    extended_on: Mapped[date | None] = mapped_column(Date)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    complaint_on: Mapped[date | None] = mapped_column(Date)
    complaint_outcome: Mapped[str] = mapped_column(Text, default="")
    court_on: Mapped[date | None] = mapped_column(Date)
    court_outcome: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"), index=True)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # domain.requests.DeadlineRules when registered
    deadline: Mapped[date | None] = mapped_column(Date, index=True)  # the decision deadline, kept for lists and Due
    # The moment it passes: an urgent request's exact hour, else the end of the deadline day (the "overdue" filter).
    deadline_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)  # wall-clock time
    search_key: Mapped[str] = mapped_column(Text, default="")  # domain.text.search_key of number, requester, subject
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    steps: Mapped[list[RequestStep]] = relationship(cascade="all, delete-orphan", order_by="RequestStep.id")
    files: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")


class RequestStep(Base):
    """One step in a request's history: what was done, by whom and when."""

    __tablename__ = "request_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("document_request.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # domain.requests.StepKind
    at: Mapped[datetime] = mapped_column(DateTime)  # the office's wall-clock time, like `received_at`
    by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
