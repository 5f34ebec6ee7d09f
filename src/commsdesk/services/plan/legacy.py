"""A short summary of a plan (each activity's latest status), for callers that need no more than that."""

from __future__ import annotations

from dataclasses import dataclass, field

from commsdesk.domain.plan import ActivityKind, ActivityStatus
from commsdesk.services.plan.data import PlanSnapshot


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


def summary_of(snapshot: PlanSnapshot) -> PlanSummary:
    rows = [
        ActivityRow(
            id=a.id,
            objective_number=a.objective.number,
            objective_title=a.objective.title,
            kind=a.kind,
            title=a.title,
            responsible=list(a.responsible),
            timeframe=a.timeframe,
            frequency_text=a.frequency_text,
            planned_cost_cents=a.planned_cost_cents,
            status=a.status,
            progress=a.progress,
        )
        for a in snapshot.activities
    ]
    title = next(iter(snapshot.plan.strategy.titles.values()), "")
    return PlanSummary(snapshot.year, title, rows)
