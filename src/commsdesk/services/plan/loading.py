"""Loading a plan as of a day in a handful of queries, whatever its size (no query per activity)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from sqlalchemy import String, case, select, text, type_coerce
from sqlalchemy.orm import Session

from commsdesk.db.models import (
    Activity,
    AnnualPlan,
    Objective,
    Responsible,
    StatusUpdate,
    Strategy,
    activity_responsible,
)
from commsdesk.domain.plan import (
    ActivityKind,
    ActivityStatus,
    Frequency,
    StatusEntry,
    is_overdue,
    status_as_of,
)
from commsdesk.domain.plan_records import (
    ActivityState,
    ChangeRow,
    ObjectiveInfo,
    PlanRef,
    PlanSnapshot,
    StrategyInfo,
    UpdateRow,
)
from commsdesk.services.plan.evidence import count_enquiries, count_events, count_releases, count_requests


def strategy_info(strategy: Strategy) -> StrategyInfo:
    return StrategyInfo(
        strategy.id,
        dict(strategy.titles or {}),
        strategy.first_year,
        strategy.last_year,
        strategy.decision or "",
        strategy.decision_date,
    )


def plan_ref(session: Session, plan: AnnualPlan, activity_count: int = 0) -> PlanRef:
    return PlanRef(plan.id, plan.year, strategy_info(session.get(Strategy, plan.strategy_id)), activity_count)


def update_row(update: StatusUpdate) -> UpdateRow:
    links = update.links or {}
    return UpdateRow(
        id=update.id,
        activity_id=update.activity_id,
        on_date=update.on_date,
        status=ActivityStatus(update.status),
        progress=update.progress,
        actual_cost_cents=update.actual_cost_cents,
        comment=update.comment or "",
        evidence=update.evidence or "",
        evidence_file=update.evidence_file or "",
        event_ids=tuple(int(i) for i in links.get("events", [])),
        release_ids=tuple(int(i) for i in links.get("releases", [])),
    )


def responsible_names(session: Session, plan_id: int) -> dict[int, list[str]]:
    """activity id → names of its responsible, in the order they were written (the link table's insert order)."""
    names: dict[int, list[str]] = defaultdict(list)
    query = (
        select(activity_responsible.c.activity_id, Responsible.name)
        .join(Responsible, Responsible.id == activity_responsible.c.responsible_id)
        .join(Activity, Activity.id == activity_responsible.c.activity_id)
        .where(Activity.plan_id == plan_id)
        .order_by(text("activity_responsible.rowid"))
    )
    for activity_id, name in session.execute(query):
        names[activity_id].append(name)
    return names


_STATUSES = {status.value: status for status in ActivityStatus}
_KINDS = {kind.value: kind for kind in ActivityKind}
_FREQUENCIES = {frequency.value: frequency for frequency in Frequency}
_WITH_LINKS = text("status_update.links IS NOT NULL AND status_update.links NOT IN ('{}', 'null', '')")


def _add_links(links: str, activity_id: int, events: dict[int, set[int]], releases: dict[int, set[int]]) -> None:
    """Note the events and releases a status update's `links` (JSON) point to."""
    found = json.loads(links) or {}
    events[activity_id].update(int(i) for i in found.get("events", []))
    releases[activity_id].update(int(i) for i in found.get("releases", []))


def load_snapshot(
    session: Session,
    plan: AnnualPlan,
    as_of: date,
    period: tuple[date, date],
    quarter: int | None,
    with_changes: bool = False,
) -> PlanSnapshot:
    """The plan's activities with their status on `as_of` and their evidence in `period` (up to `as_of`);
    `with_changes` also lists the status updates made in the period."""
    period_start, period_end = period
    window_end = min(period_end, as_of)
    query = (
        select(
            Activity.id,
            Activity.objective_id,
            Activity.kind,
            Activity.position,
            Activity.title,
            Activity.timeframe,
            Activity.period_start,
            Activity.period_end,
            Activity.frequency,
            Activity.frequency_text,
            Activity.planned_cost_cents,
            Activity.no_additional_cost,
            Activity.note,
            Activity.carried_from_id,
        )
        .join(Objective, Objective.id == Activity.objective_id)
        .where(Activity.plan_id == plan.id)
        .order_by(Objective.number, Activity.position, Activity.id)
    )
    activities = session.connection().execute(query).all()  # plain rows through the Core connection
    objective_ids = {row.objective_id for row in activities}
    objectives = {
        o.id: ObjectiveInfo(o.id, o.number, o.title)
        for o in session.scalars(select(Objective).where(Objective.strategy_id == plan.strategy_id))
        if o.id in objective_ids
    }
    names = responsible_names(session, plan.id)
    entries: dict[int, list[StatusEntry]] = defaultdict(list)
    changes: list[tuple] = []
    event_links: dict[int, set[int]] = defaultdict(set)
    release_links: dict[int, set[int]] = defaultdict(set)
    # Every status update up to `as_of` with the evidence it links to, in one query through the Core connection
    # (5,000 updates: no ORM row handling); `links` only where there are any, as text.
    updates = session.connection().execute(
        select(
            StatusUpdate.id,
            StatusUpdate.activity_id,
            StatusUpdate.on_date,
            StatusUpdate.status,
            StatusUpdate.progress,
            StatusUpdate.actual_cost_cents,
            StatusUpdate.comment,
            case((_WITH_LINKS, type_coerce(StatusUpdate.links, String)), else_=None),
        )
        .join(Activity, Activity.id == StatusUpdate.activity_id)
        .where(Activity.plan_id == plan.id, StatusUpdate.on_date <= as_of)
        .order_by(StatusUpdate.activity_id, StatusUpdate.on_date, StatusUpdate.id)
    )
    for update_id, activity_id, on_date, status, progress, cost, comment, links in updates:
        entries[activity_id].append(StatusEntry(on_date, _STATUSES[status], progress, cost, comment or ""))
        if links is not None:
            _add_links(links, activity_id, event_links, release_links)
        if with_changes and period_start <= on_date <= window_end:
            changes.append((update_id, activity_id, on_date, status, progress, cost, comment))
    events = count_events(session, plan.id, period_start, window_end, event_links)
    releases = count_releases(session, plan.id, period_start, window_end, release_links)
    requests = count_requests(session, plan.id, period_start, window_end)
    enquiries = count_enquiries(session, plan.id, period_start, window_end)
    states = []
    by_id = {}
    for row in activities:
        kind = _KINDS[row.kind]
        now = status_as_of(entries.get(row.id, ()), as_of)
        state = ActivityState(
            id=row.id,
            objective=objectives[row.objective_id],
            kind=kind,
            position=row.position,
            title=row.title,
            responsible=tuple(names.get(row.id, ())),
            timeframe=row.timeframe or "",
            period_start=row.period_start,
            period_end=row.period_end,
            frequency=_FREQUENCIES[row.frequency] if row.frequency else None,
            frequency_text=row.frequency_text or "",
            planned_cost_cents=row.planned_cost_cents or 0,
            no_additional_cost=bool(row.no_additional_cost),
            note=row.note or "",
            carried_from_id=row.carried_from_id,
            status=now.status,
            progress=now.progress,
            actual_cost_cents=now.actual_cost_cents,
            comment=now.comment,
            status_date=now.on_date,
            overdue=is_overdue(kind, row.period_end, now.status, as_of),
            events=events.get(row.id, 0),
            releases=releases.get(row.id, 0),
            requests=requests.get(row.id, 0),
            enquiries=enquiries.get(row.id, 0),
        )
        states.append(state)
        by_id[row.id] = state
    change_rows = tuple(
        ChangeRow(
            on_date=on_date,
            activity_id=activity_id,
            objective_number=by_id[activity_id].objective.number,
            activity_title=by_id[activity_id].title,
            status=_STATUSES[status],
            progress=100 if status == ActivityStatus.COMPLETED else progress,
            actual_cost_cents=cost,
            comment=comment or "",
        )
        for _id, activity_id, on_date, status, progress, cost, comment in sorted(changes, key=lambda r: (r[2], r[0]))
    )
    return PlanSnapshot(
        plan=plan_ref(session, plan, len(states)),
        as_of=as_of,
        period_start=period_start,
        period_end=period_end,
        quarter=quarter,
        objectives=tuple(sorted(objectives.values(), key=lambda o: o.number)),
        activities=tuple(states),
        changes=change_rows,
    )
