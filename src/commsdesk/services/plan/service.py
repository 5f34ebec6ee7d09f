"""The plan service: strategies, annual plans and their import, activities, status updates, snapshots."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select, update

from commsdesk.db.engine import Database
from commsdesk.db.models import (
    Activity,
    AnnualPlan,
    Event,
    Objective,
    PressRelease,
    ReleaseVersion,
    Responsible,
    StatusUpdate,
    Strategy,
)
from commsdesk.domain.plan import (
    ActivityKind,
    ActivityStatus,
    default_as_of,
    is_unfinished,
    report_period,
)
from commsdesk.domain.plan_records import (
    ActivityInput,
    DeletedActivity,
    EvidenceItem,
    ObjectiveInfo,
    PlanRef,
    PlanSnapshot,
    StatusInput,
    StrategyInfo,
    UpdateRow,
)
from commsdesk.domain.text import fold
from commsdesk.domain.timeframe import shift_year, year_range
from commsdesk.errors import UserError, ValidationError
from commsdesk.i18n import translate
from commsdesk.io.plan_csv import PlanRow
from commsdesk.services.office import OfficeService
from commsdesk.services.plan.files import FilesMixin
from commsdesk.services.plan.loading import load_snapshot, plan_ref, responsible_names, strategy_info, update_row
from commsdesk.services.plan.writing import (
    ActivityWriter,
    as_input,
    check_activity,
    check_years,
    clean_titles,
    get_row,
    input_of,
    latest_statuses,
    pick,
    status_update,
)

Progress = Callable[[int, int], None]


class PlanExistsError(UserError):
    """The year already has a plan with activities; importing again needs `replace=True`."""


class PlanService(FilesMixin):
    def __init__(self, database: Database) -> None:
        self._db = database
        self._office = OfficeService(database)  # the letterhead of the reports

    # -- strategies ----------------------------------------------------------------------------------------
    def strategies(self) -> list[StrategyInfo]:
        with self._db.session() as session:
            return [strategy_info(s) for s in session.scalars(select(Strategy).order_by(Strategy.first_year))]

    def create_strategy(
        self,
        titles: dict[str, str],
        first_year: int,
        last_year: int,
        decision: str = "",
        decision_date: date | None = None,
    ) -> int:
        check_years(first_year, last_year)
        with self._db.session() as session:
            strategy = Strategy(
                titles=clean_titles(titles),
                first_year=first_year,
                last_year=last_year,
                decision=decision,
                decision_date=decision_date,
            )
            session.add(strategy)
            session.flush()
            return strategy.id

    def save_strategy(self, info: StrategyInfo) -> None:
        """Change a strategy's titles, years and approving decision."""
        check_years(info.first_year, info.last_year)
        with self._db.session() as session:
            strategy = get_row(session, Strategy, info.id)
            strategy.titles = clean_titles(info.titles)
            strategy.first_year, strategy.last_year = info.first_year, info.last_year
            strategy.decision, strategy.decision_date = info.decision, info.decision_date

    def strategy_for_import(self, name: str | None, year: int, language: str = "sq", *, create: bool = True):
        """The id of the strategy titled `name` in any language, or without a name of the only one there is; one
        is created when none is (without `create`: None is returned instead)."""
        with self._db.session() as session:
            return _strategy_for_import(session, name, year, language, create=create)

    # -- plans ---------------------------------------------------------------------------------------------
    def plans(self) -> list[PlanRef]:
        """Every annual plan, by year, with its number of activities."""
        with self._db.session() as session:
            counts = dict(session.execute(select(Activity.plan_id, func.count()).group_by(Activity.plan_id)).all())
            plans = session.scalars(select(AnnualPlan).order_by(AnnualPlan.year, AnnualPlan.strategy_id))
            return [plan_ref(session, plan, counts.get(plan.id, 0)) for plan in plans]

    def years(self) -> list[int]:
        with self._db.session() as session:
            return sorted(set(session.scalars(select(AnnualPlan.year))))

    def find_plan(self, year: int, strategy_id: int | None = None) -> PlanRef | None:
        """The plan of `year` (of `strategy_id`, or of the first strategy that has one)."""
        with self._db.session() as session:
            query = select(AnnualPlan).where(AnnualPlan.year == year).order_by(AnnualPlan.strategy_id)
            if strategy_id is not None:
                query = query.where(AnnualPlan.strategy_id == strategy_id)
            plan = session.scalars(query).first()
            return plan_ref(session, plan) if plan else None

    def snapshot(
        self,
        plan_id: int,
        as_of: date | None = None,
        quarter: int | None = None,
        *,
        changes: bool | None = None,
        today: date | None = None,
    ) -> PlanSnapshot:
        """The plan with each activity's status as of `as_of` (default: the period's end, or today while it runs)
        and its evidence in the period (the year, or `quarter`); with `changes` (default: for a quarter) also the
        status updates made in the period."""
        with self._db.session() as session:
            plan = get_row(session, AnnualPlan, plan_id)
            as_of = as_of or default_as_of(plan.year, quarter, today or date.today())
            with_changes = quarter is not None if changes is None else changes
            return load_snapshot(session, plan, as_of, report_period(plan.year, quarter), quarter, with_changes)

    def report_snapshot(
        self, year: int, quarter: int | None = None, as_of: date | None = None, strategy_id: int | None = None
    ) -> PlanSnapshot:
        """The snapshot a report of `year` (or of one quarter of it) prints; a UserError when there is no plan."""
        if quarter is not None and quarter not in (1, 2, 3, 4):
            raise ValidationError(translate("PlanReport", "The quarter must be 1, 2, 3 or 4."))
        found = self.find_plan(year, strategy_id)
        if found is None:
            raise UserError(translate("PlanReport", "There is no action plan for {year}.").format(year=year))
        return self.snapshot(found.id, as_of, quarter)

    def import_plan(
        self,
        strategy_id: int | None,
        year: int,
        rows: list[PlanRow],
        *,
        strategy_name: str | None = None,
        language: str = "sq",
        replace: bool = False,
        progress: Progress | None = None,
    ) -> int:
        """Add validated rows as the plan of `year` in one transaction; returns the plan's id.

        Without `strategy_id`, the plan goes to the strategy `strategy_for_import` finds for `strategy_name` —
        created in the same transaction, so that an import stopped half-way leaves no empty strategy behind.
        A year whose plan already has activities raises PlanExistsError, unless `replace` (which deletes them and
        their status history first).
        """
        with self._db.session() as session:
            if strategy_id is None:
                strategy_id = _strategy_for_import(session, strategy_name, year, language, create=True)
            plan = session.scalar(
                select(AnnualPlan).where(AnnualPlan.strategy_id == strategy_id, AnnualPlan.year == year)
            )
            if plan is None:
                get_row(session, Strategy, strategy_id)
                plan = AnnualPlan(strategy_id=strategy_id, year=year)
                session.add(plan)
                session.flush()
            existing = session.scalar(select(func.count()).where(Activity.plan_id == plan.id)) or 0
            if existing and not replace:
                raise PlanExistsError(
                    translate("PlanImport", "The plan of {year} already has {count} activities.").format(
                        year=year, count=existing
                    )
                )
            for activity in list(plan.activities):
                session.delete(activity)
            session.flush()
            writer = ActivityWriter(session, strategy_id)
            for position, row in enumerate(rows):
                data = ActivityInput(
                    objective_number=row.objective,
                    objective_title=row.objective_title,
                    kind=row.kind,
                    title=row.activity,
                    responsible=tuple(row.responsible),
                    timeframe=row.timeframe,
                    frequency_text=row.frequency,
                    planned_cost_cents=row.cost_cents,
                    note=row.note,
                )
                session.add(writer.activity(plan, position, data))
                if progress is not None and position % 25 == 0:
                    progress(position, len(rows))
            session.flush()
            if progress is not None:
                progress(len(rows), len(rows))
            return plan.id

    def delete_plan(self, plan_id: int) -> None:
        """Delete an annual plan with its activities and their status history."""
        with self._db.session() as session:
            session.delete(get_row(session, AnnualPlan, plan_id))

    def copy_to_next_year(self, plan_id: int) -> PlanRef:
        """A plan for the next year with every recurring activity and the specific ones not completed or cancelled
        (by their latest status); they start again without status."""
        with self._db.session() as session:
            plan = get_row(session, AnnualPlan, plan_id)
            year = plan.year + 1
            if session.scalar(
                select(AnnualPlan.id).where(AnnualPlan.strategy_id == plan.strategy_id, AnnualPlan.year == year)
            ):
                raise ValidationError(
                    translate("PlanTab", "The strategy already has a plan for {year}.").format(year=year)
                )
            latest = latest_statuses(session, plan.id)
            names = responsible_names(session, plan.id)
            new_plan = AnnualPlan(strategy_id=plan.strategy_id, year=year)
            session.add(new_plan)
            writer = ActivityWriter(session, plan.strategy_id)
            count = 0
            for old in plan.activities:
                if not is_unfinished(ActivityKind(old.kind), latest.get(old.id, ActivityStatus.NOT_STARTED)):
                    continue
                data = ActivityInput(
                    objective_number=0,
                    kind=ActivityKind(old.kind),
                    title=old.title,
                    responsible=tuple(names.get(old.id, ())),
                    timeframe=shift_year(old.timeframe or "", plan.year, year),
                    frequency_text=old.frequency_text or "",
                    planned_cost_cents=old.planned_cost_cents or 0,
                    note=old.note or "",
                )
                activity = writer.activity(new_plan, old.position, data, objective=old.objective)
                activity.carried_from_id = old.id
                session.add(activity)
                count += 1
            session.flush()
            return plan_ref(session, new_plan, count)

    # -- activities ----------------------------------------------------------------------------------------
    def objectives(self, strategy_id: int) -> list[ObjectiveInfo]:
        with self._db.session() as session:
            query = select(Objective).where(Objective.strategy_id == strategy_id).order_by(Objective.number)
            return [ObjectiveInfo(o.id, o.number, o.title) for o in session.scalars(query)]

    def responsible_names(self) -> list[str]:
        """Every responsible unit or person ever named, alphabetically."""
        with self._db.session() as session:
            return sorted(session.scalars(select(Responsible.name)), key=fold)

    def activity_input(self, activity_id: int) -> ActivityInput:
        with self._db.session() as session:
            activity = get_row(session, Activity, activity_id)
            return input_of(session, activity)

    def add_activity(self, plan_id: int, data: ActivityInput) -> int:
        check_activity(data)
        with self._db.session() as session:
            plan = get_row(session, AnnualPlan, plan_id)
            position = (session.scalar(select(func.max(Activity.position)).where(Activity.plan_id == plan_id)) or 0) + 1
            activity = ActivityWriter(session, plan.strategy_id).activity(plan, position, data)
            session.add(activity)
            session.flush()
            return activity.id

    def update_activity(self, activity_id: int, data: ActivityInput) -> ActivityInput:
        """Change an activity; returns what it was, for undo."""
        check_activity(data)
        with self._db.session() as session:
            activity = get_row(session, Activity, activity_id)
            previous = input_of(session, activity)
            plan = get_row(session, AnnualPlan, activity.plan_id)
            ActivityWriter(session, plan.strategy_id).fill(activity, plan.year, data)
            return previous

    def delete_activity(self, activity_id: int) -> DeletedActivity:
        """Delete an activity and its status history; returns all of it, for undo."""
        with self._db.session() as session:
            activity = get_row(session, Activity, activity_id)
            deleted = DeletedActivity(
                plan_id=activity.plan_id,
                position=activity.position,
                data=input_of(session, activity),
                carried_from_id=activity.carried_from_id,
                updates=tuple(update_row(u) for u in activity.updates),
                event_ids=tuple(session.scalars(select(Event.id).where(Event.activity_id == activity_id))),
                release_ids=tuple(
                    session.scalars(select(PressRelease.id).where(PressRelease.activity_id == activity_id))
                ),
                carried_to_ids=tuple(
                    session.scalars(select(Activity.id).where(Activity.carried_from_id == activity_id))
                ),
            )
            session.delete(activity)
            return deleted

    def restore_activity(self, deleted: DeletedActivity) -> int:
        """Put a deleted activity back with its history and its links (undo of `delete_activity`)."""
        with self._db.session() as session:
            plan = get_row(session, AnnualPlan, deleted.plan_id)
            activity = ActivityWriter(session, plan.strategy_id).activity(plan, deleted.position, deleted.data)
            activity.carried_from_id = deleted.carried_from_id
            activity.updates = [status_update(as_input(row)) for row in deleted.updates]
            session.add(activity)
            session.flush()
            for model, ids in ((Event, deleted.event_ids), (PressRelease, deleted.release_ids)):
                if ids:
                    session.execute(
                        update(model)
                        .where(model.id.in_(ids), model.activity_id.is_(None))
                        .values(activity_id=activity.id)
                    )
            if deleted.carried_to_ids:
                session.execute(
                    update(Activity)
                    .where(Activity.id.in_(deleted.carried_to_ids), Activity.carried_from_id.is_(None))
                    .values(carried_from_id=activity.id)
                )
            return activity.id

    # -- status --------------------------------------------------------------------------------------------
    def add_status(
        self,
        activity_id: int,
        on_date: date,
        status: ActivityStatus,
        progress: int = 0,
        comment: str = "",
        **evidence: object,
    ) -> int:
        """Record a dated status update; `evidence` takes the other fields of StatusInput. Returns its id."""
        return self.record_status(activity_id, StatusInput(on_date, status, progress, comment=comment, **evidence))

    def record_status(self, activity_id: int, data: StatusInput) -> int:
        """Record a dated status update of an activity; returns its id."""
        if not 0 <= data.progress <= 100:
            raise ValidationError(translate("PlanTab", "The progress must be between 0 and 100 %."))
        if data.actual_cost_cents is not None and data.actual_cost_cents < 0:
            raise ValidationError(translate("PlanTab", "The actual cost cannot be negative."))
        with self._db.session() as session:
            get_row(session, Activity, activity_id)
            row = status_update(data)
            row.activity_id = activity_id
            session.add(row)
            session.flush()
            return row.id

    def delete_status(self, update_id: int) -> None:
        """Remove one status update (undo of recording it)."""
        with self._db.session() as session:
            row = session.get(StatusUpdate, update_id)
            if row is not None:
                session.delete(row)

    def history(self, activity_id: int) -> list[UpdateRow]:
        """An activity's status updates, oldest first."""
        with self._db.session() as session:
            query = (
                select(StatusUpdate)
                .where(StatusUpdate.activity_id == activity_id)
                .order_by(StatusUpdate.on_date, StatusUpdate.id)
            )
            return [update_row(u) for u in session.scalars(query)]

    def evidence_candidates(self, year: int, language: str = "sq") -> tuple[list[EvidenceItem], list[EvidenceItem]]:
        """The calendar events and press releases of `year` a status update may point to as evidence."""
        first, last = year_range(year)
        with self._db.session() as session:
            events = [
                EvidenceItem(e.id, e.starts_at.date(), e.title)
                for e in session.scalars(
                    select(Event)
                    .where(Event.parent_id.is_(None), func.date(Event.starts_at) <= last)
                    .where((func.date(Event.starts_at) >= first) | (Event.rrule.is_not(None)))
                    .order_by(Event.starts_at)
                )
                if not e.rrule or e.series_until is None or e.series_until.date() >= first
            ]
            headlines: dict[int, dict[str, str]] = {}
            for release_id, code, headline in session.execute(
                select(ReleaseVersion.release_id, ReleaseVersion.language, ReleaseVersion.headline)
                .join(PressRelease, PressRelease.id == ReleaseVersion.release_id)
                .where(PressRelease.release_date.between(first, last))
            ):
                headlines.setdefault(release_id, {})[code] = headline
            releases = [
                EvidenceItem(
                    r.id,
                    r.release_date,
                    f"{r.reference} {pick(headlines.get(r.id, {}), language)}".strip(),
                )
                for r in session.scalars(
                    select(PressRelease)
                    .where(PressRelease.release_date.between(first, last))
                    .order_by(PressRelease.release_date, PressRelease.number)
                )
            ]
            return events, releases


def _strategy_for_import(session, name: str | None, year: int, language: str, *, create: bool) -> int | None:
    strategies = list(session.scalars(select(Strategy)))
    if name:
        wanted = fold(name).strip()
        found = [s for s in strategies if wanted in {fold(t).strip() for t in (s.titles or {}).values()}]
        if found:
            return found[0].id
        titles = {language: name.strip()}
    elif len(strategies) == 1:
        return strategies[0].id
    elif strategies:
        raise ValidationError(
            translate("PlanImport", "There are several strategies; name the one the plan belongs to.")
        )
    else:
        titles = {language: translate("PlanImport", "Communication strategy")}
    if not create:
        return None
    strategy = Strategy(titles=titles, first_year=year, last_year=year)
    session.add(strategy)
    session.flush()
    return strategy.id
