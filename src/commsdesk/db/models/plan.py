"""The communication strategy, its objectives, annual action plans, activities and their dated status updates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commsdesk.db.models.base import Base, utc_now

activity_responsible = Table(
    "activity_responsible",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("responsible_id", ForeignKey("responsible.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Strategy(Base):
    """A communication strategy such as Kaçanik's 2023–2026, titled in each language."""

    __tablename__ = "strategy"

    id: Mapped[int] = mapped_column(primary_key=True)
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # language code → title
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(Text, default="")  # the approving decision
    decision_date: Mapped[date | None] = mapped_column(Date)

    objectives: Mapped[list[Objective]] = relationship(cascade="all, delete-orphan", order_by="Objective.number")
    plans: Mapped[list[AnnualPlan]] = relationship(cascade="all, delete-orphan", order_by="AnnualPlan.year")


class Objective(Base):
    __tablename__ = "objective"
    __table_args__ = (UniqueConstraint("strategy_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)


class AnnualPlan(Base):
    __tablename__ = "annual_plan"
    __table_args__ = (UniqueConstraint("strategy_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)

    activities: Mapped[list[Activity]] = relationship(cascade="all, delete-orphan", order_by="Activity.position")


class Responsible(Base):
    """A responsible unit or person ("ZIMP", "Kryetari i komunës"), reused across activities."""

    __tablename__ = "responsible"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class Activity(Base):
    """A specific activity (timeframe and cost) or a recurring one (frequency) of an annual plan.

    The timeframe is kept as written (`mars–qershor 2023`) and as the date range it means, for quarter filters.
    """

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("annual_plan.id", ondelete="CASCADE"), index=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # domain.plan.ActivityKind
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    timeframe: Mapped[str] = mapped_column(String(200), default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    frequency: Mapped[str | None] = mapped_column(String(30))  # domain.plan.Frequency
    frequency_text: Mapped[str] = mapped_column(Text, default="")  # as the plan writes it
    planned_cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    no_additional_cost: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))

    objective: Mapped[Objective] = relationship()
    responsible: Mapped[list[Responsible]] = relationship(secondary=activity_responsible)
    updates: Mapped[list[StatusUpdate]] = relationship(
        cascade="all, delete-orphan", order_by="(StatusUpdate.on_date, StatusUpdate.id)"
    )


class StatusUpdate(Base):
    """The status of an activity as reported on a date; the latest one on or before a day is the status then."""

    __tablename__ = "status_update"
    __table_args__ = (Index("ix_status_update_activity_on_date", "activity_id", "on_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))  # domain.plan.ActivityStatus
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent
    actual_cost_cents: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    evidence_file: Mapped[str] = mapped_column(String(500), default="")
    links: Mapped[dict[str, list[int]]] = mapped_column(JSON, default=dict)  # {"events": [...], "releases": [...]}
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
