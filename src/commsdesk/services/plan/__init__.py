"""The communication strategy, its annual action plans, activities and their status updates."""

from commsdesk.domain.plan_records import (
    ActivityInput,
    ActivityState,
    ChangeRow,
    DeletedActivity,
    EvidenceItem,
    ObjectiveInfo,
    PlanRef,
    PlanSnapshot,
    StatusInput,
    StrategyInfo,
    UpdateRow,
)
from commsdesk.services.plan.service import PlanExistsError, PlanService

__all__ = [
    "ActivityInput",
    "ActivityState",
    "ChangeRow",
    "DeletedActivity",
    "EvidenceItem",
    "ObjectiveInfo",
    "PlanExistsError",
    "PlanRef",
    "PlanService",
    "PlanSnapshot",
    "StatusInput",
    "StrategyInfo",
    "UpdateRow",
]
