"""The activities of a year's action plan, for the registers whose records can serve one (releases, requests); kept
apart from the plan service so that offering them does not load it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from commsdesk.db.models import Activity, AnnualPlan


def activities_of_year(session: Session, year: int) -> list[tuple[int, str]]:
    """(id, title) of the activities of the plan of `year`, in the plan's order."""
    rows = session.execute(
        select(Activity.id, Activity.title)
        .join(AnnualPlan, Activity.plan_id == AnnualPlan.id)
        .where(AnnualPlan.year == year)
        .order_by(Activity.position, Activity.id)
    ).all()
    return [(row.id, row.title) for row in rows]
