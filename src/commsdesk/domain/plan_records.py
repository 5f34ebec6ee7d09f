"""The plain data of the action plan: strategies, plans, activities with their status on a day, as reports print."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from commsdesk.domain.plan import ActivityKind, ActivityStatus, Frequency, Rollup, roll_up
from commsdesk.domain.timeframe import overlaps


@dataclass(frozen=True)
class StrategyInfo:
    """A communication strategy: its title per language, its years and the decision that approved it."""

    id: int
    titles: dict[str, str]
    first_year: int
    last_year: int
    decision: str = ""
    decision_date: date | None = None

    def title(self, language: str) -> str:
        """The title in `language`, else in any language it has."""
        return self.titles.get(language) or next((t for t in self.titles.values() if t), "")


@dataclass(frozen=True)
class PlanRef:
    """An annual plan of a strategy."""

    id: int
    year: int
    strategy: StrategyInfo
    activity_count: int = 0


@dataclass(frozen=True)
class ObjectiveInfo:
    id: int
    number: int
    title: str


@dataclass(frozen=True)
class UpdateRow:
    """One dated status update of an activity, with its evidence."""

    id: int
    activity_id: int
    on_date: date
    status: ActivityStatus
    progress: int
    actual_cost_cents: int | None = None
    comment: str = ""
    evidence: str = ""
    evidence_file: str = ""
    event_ids: tuple[int, ...] = ()
    release_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class StatusInput:
    """A new status update as the officer enters it."""

    on_date: date
    status: ActivityStatus
    progress: int = 0
    actual_cost_cents: int | None = None
    comment: str = ""
    evidence: str = ""
    evidence_file: str = ""
    event_ids: tuple[int, ...] = ()
    release_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActivityInput:
    """An activity as the officer writes it; the objective is found (or created) by its number."""

    objective_number: int
    kind: ActivityKind
    title: str
    responsible: tuple[str, ...] = ()
    timeframe: str = ""
    frequency_text: str = ""
    planned_cost_cents: int = 0
    note: str = ""
    objective_title: str = ""


@dataclass(frozen=True)
class ActivityState:
    """An activity with its status as of a day, whether it is overdue then, and its evidence in the period."""

    id: int
    objective: ObjectiveInfo
    kind: ActivityKind
    position: int
    title: str
    responsible: tuple[str, ...]
    timeframe: str
    period_start: date | None
    period_end: date | None
    frequency: Frequency | None
    frequency_text: str
    planned_cost_cents: int
    no_additional_cost: bool
    note: str
    carried_from_id: int | None
    status: ActivityStatus
    progress: int
    actual_cost_cents: int | None
    comment: str
    status_date: date | None
    overdue: bool
    events: int = 0  # linked calendar events held in the period
    releases: int = 0  # linked press releases distributed in the period
    requests: int = 0  # linked requests for access to documents handled (decided or forwarded) in the period
    enquiries: int = 0  # linked journalists' enquiries answered in the period

    @property
    def evidence_count(self) -> int:
        return self.events + self.releases + self.requests + self.enquiries

    def due_between(self, start: date, end: date) -> bool:
        """Whether the activity's timeframe touches [start, end] (recurring activities run all year)."""
        return overlaps(self.period_start, self.period_end, start, end)


@dataclass(frozen=True)
class ChangeRow:
    """A status update made in the report's period, for the list of what changed."""

    on_date: date
    activity_id: int
    objective_number: int
    activity_title: str
    status: ActivityStatus
    progress: int
    actual_cost_cents: int | None
    comment: str


@dataclass(frozen=True)
class PlanSnapshot:
    """A plan as of one day, over a period (the year, or one quarter): what the tab and the reports show."""

    plan: PlanRef
    as_of: date
    period_start: date
    period_end: date
    quarter: int | None
    objectives: tuple[ObjectiveInfo, ...]
    activities: tuple[ActivityState, ...]
    changes: tuple[ChangeRow, ...] = field(default=())

    @property
    def year(self) -> int:
        return self.plan.year

    def reported(self) -> list[ActivityState]:
        """The activities a report of the period lists: for a quarter, those due in it; for the year, all."""
        if self.quarter is None:
            return list(self.activities)
        return [a for a in self.activities if a.due_between(self.period_start, self.period_end)]

    def rollup(self, activities: list[ActivityState] | None = None) -> Rollup:
        return roll_up(self.reported() if activities is None else activities)


@dataclass(frozen=True)
class DeletedActivity:
    """Everything a deleted activity had, so that undo can put it back as it was."""

    plan_id: int
    position: int
    data: ActivityInput
    carried_from_id: int | None
    updates: tuple[UpdateRow, ...]
    event_ids: tuple[int, ...]
    release_ids: tuple[int, ...]
    carried_to_ids: tuple[int, ...]


@dataclass(frozen=True)
class EvidenceItem:
    """A calendar event or press release that a status update can point to as evidence."""

    id: int
    day: date
    title: str
