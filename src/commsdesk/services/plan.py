"""The communication strategy, its annual action plans, activities and their status updates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commsdesk.db.engine import Database
from commsdesk.db.models import Activity, AnnualPlan, Objective, Responsible, StatusUpdate, Strategy
from commsdesk.domain.plan import ActivityKind, ActivityStatus, frequency_from_text
from commsdesk.domain.timeframe import parse_timeframe
from commsdesk.io.plan_csv import PlanRow


@dataclass(frozen=True)
class ActivityRow:
    id: int
    objective_number: int
    objective_title: str
    kind: ActivityKind
    title: str
    responsible: list[str]
    timeframe: str
    frequency_text: str
    planned_cost_cents: int
    status: ActivityStatus
    progress: int


@dataclass(frozen=True)
class PlanSummary:
    year: int
    strategy_title: str
    activities: list[ActivityRow] = field(default_factory=list)

    @property
    def planned_cost_cents(self) -> int:
        return sum(activity.planned_cost_cents for activity in self.activities)


class PlanService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create_strategy(self, titles: dict[str, str], first_year: int, last_year: int) -> int:
        with self._db.session() as session:
            strategy = Strategy(titles=titles, first_year=first_year, last_year=last_year)
            session.add(strategy)
            session.flush()
            return strategy.id

    def import_plan(self, strategy_id: int, year: int, rows: list[PlanRow]) -> int:
        """Add validated rows as the plan of `year` in one transaction; returns the plan's id."""
        with self._db.session() as session:
            plan = session.scalar(
                select(AnnualPlan).where(AnnualPlan.strategy_id == strategy_id, AnnualPlan.year == year)
            ) or AnnualPlan(strategy_id=strategy_id, year=year)
            session.add(plan)
            objectives = {
                o.number: o for o in session.scalars(select(Objective).where(Objective.strategy_id == strategy_id))
            }
            for position, row in enumerate(rows, start=len(plan.activities)):
                objective = objectives.get(row.objective)
                if objective is None:
                    objective = Objective(strategy_id=strategy_id, number=row.objective, title=row.objective_title)
                    session.add(objective)
                    objectives[row.objective] = objective
                period = parse_timeframe(row.timeframe) if row.timeframe else None
                if row.kind is ActivityKind.RECURRING and period is None:
                    period = (date(year, 1, 1), date(year, 12, 31))
                plan.activities.append(
                    Activity(
                        objective=objective,
                        kind=row.kind.value,
                        position=position,
                        title=row.activity,
                        timeframe=row.timeframe,
                        period_start=period[0] if period else None,
                        period_end=period[1] if period else None,
                        frequency=frequency_from_text(row.frequency).value if row.frequency else None,
                        frequency_text=row.frequency,
                        planned_cost_cents=row.cost_cents,
                        no_additional_cost=row.kind is ActivityKind.SPECIFIC and row.cost_cents == 0,
                        note=row.note,
                        responsible=[_responsible_named(session, name) for name in row.responsible],
                    )
                )
            session.flush()
            return plan.id

    def add_status(
        self, activity_id: int, on_date: date, status: ActivityStatus, progress: int, comment: str = ""
    ) -> None:
        with self._db.session() as session:
            session.add(
                StatusUpdate(
                    activity_id=activity_id, on_date=on_date, status=status.value, progress=progress, comment=comment
                )
            )

    def years(self) -> list[int]:
        with self._db.session() as session:
            return sorted(set(session.scalars(select(AnnualPlan.year))))

    def plan(self, year: int) -> PlanSummary | None:
        """The plan of `year` with each activity's latest status, in plan order."""
        with self._db.session() as session:
            plan = session.scalar(
                select(AnnualPlan)
                .where(AnnualPlan.year == year)
                .options(
                    selectinload(AnnualPlan.activities).selectinload(Activity.responsible),
                    selectinload(AnnualPlan.activities).selectinload(Activity.updates),
                    selectinload(AnnualPlan.activities).selectinload(Activity.objective),
                )
            )
            if plan is None:
                return None
            strategy = session.get(Strategy, plan.strategy_id)
            rows = []
            for activity in plan.activities:
                latest = activity.updates[-1] if activity.updates else None
                rows.append(
                    ActivityRow(
                        id=activity.id,
                        objective_number=activity.objective.number,
                        objective_title=activity.objective.title,
                        kind=ActivityKind(activity.kind),
                        title=activity.title,
                        responsible=[person.name for person in activity.responsible],
                        timeframe=activity.timeframe,
                        frequency_text=activity.frequency_text,
                        planned_cost_cents=activity.planned_cost_cents,
                        status=ActivityStatus(latest.status) if latest else ActivityStatus.NOT_STARTED,
                        progress=latest.progress if latest else 0,
                    )
                )
            title = next(iter(strategy.titles.values()), "") if strategy else ""
            return PlanSummary(year, title, sorted(rows, key=lambda r: (r.objective_number, r.kind != "specific")))


def _responsible_named(session: Session, name: str) -> Responsible:
    responsible = session.scalar(select(Responsible).where(Responsible.name == name))
    if responsible is None:
        responsible = Responsible(name=name)
        session.add(responsible)
        session.flush()
    return responsible
