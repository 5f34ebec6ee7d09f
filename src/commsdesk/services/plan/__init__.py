"""The communication strategy, its annual action plans, activities and their status updates."""

from commsdesk.services.plan.data import (
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
from commsdesk.services.plan.legacy import ActivityRow, PlanSummary
from commsdesk.services.plan.service import PlanExistsError, PlanService

__all__ = [
    "ActivityInput",
    "ActivityRow",
    "ActivityState",
    "ChangeRow",
    "DeletedActivity",
    "EvidenceItem",
    "ObjectiveInfo",
    "PlanExistsError",
    "PlanRef",
    "PlanService",
    "PlanSnapshot",
    "PlanSummary",
    "StatusInput",
    "StrategyInfo",
    "UpdateRow",
]
