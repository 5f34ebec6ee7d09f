"""Writing plan rows: activities built from what the officer wrote (objectives and responsible found or made by
name, dates from the timeframe), status updates, and the checks before anything is written."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from commsdesk.db.models import Activity, AnnualPlan, Objective, Responsible, StatusUpdate
from commsdesk.domain.plan import ActivityKind, ActivityStatus, StatusEntry, frequency_from_text, status_as_of
from commsdesk.domain.plan_records import ActivityInput, StatusInput, UpdateRow
from commsdesk.domain.text import fold
from commsdesk.domain.timeframe import parse_timeframe, year_range
from commsdesk.errors import UserError, ValidationError
from commsdesk.i18n import translate
from commsdesk.services.plan.loading import responsible_names


class ActivityWriter:
    """Builds activities of one strategy's plans, finding or creating objectives and responsible by name."""

    def __init__(self, session: Session, strategy_id: int) -> None:
        self._session = session
        self._strategy_id = strategy_id
        self._objectives = {
            o.number: o for o in session.scalars(select(Objective).where(Objective.strategy_id == strategy_id))
        }
        self._responsible = {fold(r.name).strip(): r for r in session.scalars(select(Responsible))}

    def objective(self, number: int, title: str) -> Objective:
        objective = self._objectives.get(number)
        if objective is None:
            objective = Objective(strategy_id=self._strategy_id, number=number, title=title)
            self._session.add(objective)
            self._objectives[number] = objective
        elif title and not objective.title:
            objective.title = title
        return objective

    def responsible(self, name: str) -> Responsible:
        key = fold(name).strip()
        found = self._responsible.get(key)
        if found is None:
            found = Responsible(name=name.strip())
            self._session.add(found)
            self._responsible[key] = found
        return found

    def activity(
        self, plan: AnnualPlan, position: int, data: ActivityInput, objective: Objective | None = None
    ) -> Activity:
        """A new activity of `plan` holding `data` (in the given objective, else the one numbered in `data`)."""
        activity = Activity(plan_id=plan.id, position=position)
        self.fill(activity, plan.year, data, objective)
        return activity

    def fill(self, activity: Activity, year: int, data: ActivityInput, objective: Objective | None = None) -> None:
        """Write `data` into `activity` of the plan of `year`: dates from the timeframe, the frequency's code."""
        period = parse_timeframe(data.timeframe) if data.timeframe else None
        if period is None:
            period = year_range(year)
        specific = data.kind is ActivityKind.SPECIFIC
        names = list(dict.fromkeys(name.strip() for name in data.responsible if name.strip()))
        activity.objective = objective or self.objective(data.objective_number, data.objective_title)
        activity.kind = data.kind.value
        activity.title = data.title.strip()
        activity.timeframe = data.timeframe.strip()
        activity.period_start, activity.period_end = period
        activity.frequency = frequency_from_text(data.frequency_text).value if data.frequency_text.strip() else None
        activity.frequency_text = data.frequency_text.strip()
        activity.planned_cost_cents = data.planned_cost_cents if specific else 0
        activity.no_additional_cost = specific and data.planned_cost_cents == 0
        activity.note = data.note
        activity.responsible = [self.responsible(name) for name in names]


def get_row(session: Session, model: type, key: int):
    row = session.get(model, key)
    if row is None:
        raise UserError(translate("PlanTab", "This item no longer exists; it may have been deleted."))
    return row


def check_years(first_year: int, last_year: int) -> None:
    if not 1900 < first_year <= last_year < 2200:
        raise ValidationError(
            translate("PlanTab", "The strategy's last year must not come before its first."), "last_year"
        )


def check_activity(data: ActivityInput) -> None:
    if not data.title.strip():
        raise ValidationError(translate("PlanImport", "the activity is empty"))
    if data.objective_number < 1:
        raise ValidationError(translate("PlanImport", "the objective number is missing or not a number"))
    if data.planned_cost_cents < 0:
        raise ValidationError(translate("PlanTab", "The planned cost cannot be negative."))


def clean_titles(titles: dict[str, str]) -> dict[str, str]:
    return {code: text.strip() for code, text in titles.items() if text and text.strip()}


def pick(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or next((t for t in texts.values() if t), "")


def input_of(session: Session, activity: Activity) -> ActivityInput:
    objective = activity.objective
    return ActivityInput(
        objective_number=objective.number,
        objective_title=objective.title,
        kind=ActivityKind(activity.kind),
        title=activity.title,
        responsible=tuple(responsible_names(session, activity.plan_id).get(activity.id, ())),
        timeframe=activity.timeframe or "",
        frequency_text=activity.frequency_text or "",
        planned_cost_cents=activity.planned_cost_cents or 0,
        note=activity.note or "",
    )


def as_input(row: UpdateRow) -> StatusInput:
    return StatusInput(
        row.on_date,
        row.status,
        row.progress,
        row.actual_cost_cents,
        row.comment,
        row.evidence,
        row.evidence_file,
        row.event_ids,
        row.release_ids,
    )


def status_update(data: StatusInput) -> StatusUpdate:
    links = {}
    if data.event_ids:
        links["events"] = sorted(set(data.event_ids))
    if data.release_ids:
        links["releases"] = sorted(set(data.release_ids))
    return StatusUpdate(
        on_date=data.on_date,
        status=data.status.value,
        progress=100 if data.status is ActivityStatus.COMPLETED else data.progress,
        actual_cost_cents=data.actual_cost_cents,
        comment=data.comment,
        evidence=data.evidence,
        evidence_file=data.evidence_file,
        links=links,
    )


def latest_statuses(session: Session, plan_id: int) -> dict[int, ActivityStatus]:
    entries: dict[int, list[StatusEntry]] = {}
    for activity_id, on_date, status in session.execute(
        select(StatusUpdate.activity_id, StatusUpdate.on_date, StatusUpdate.status)
        .join(Activity, Activity.id == StatusUpdate.activity_id)
        .where(Activity.plan_id == plan_id)
        .order_by(StatusUpdate.on_date, StatusUpdate.id)
    ):
        entries.setdefault(activity_id, []).append(StatusEntry(on_date, ActivityStatus(status)))
    return {activity_id: status_as_of(rows, date.max).status for activity_id, rows in entries.items()}
