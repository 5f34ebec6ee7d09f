"""The "notify the media" tasks of an event, kept in line with its occurrences and the notification rules.

Tasks exist for occurrences from today on (for a series: up to `HORIZON` ahead; `plan_series` extends them as
time goes by). Moving an event moves its open tasks; tasks already done stay as they were — and if the event
moved after the media were told, a new task asks to tell them again. Open tasks of cancelled or past events go.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from commsdesk.db.models import Event, NotificationTask, Setting
from commsdesk.domain.events import EventKind, EventStatus
from commsdesk.domain.notifications import DEFAULT_RULES, SETTING_KEY, Rules, rules_from_setting
from commsdesk.domain.recurrence import RecurrenceError, day_start, occurrences, parse_rrule

HORIZON = timedelta(days=90)


def current_rules(session: Session) -> Rules:
    """The office's notification rules (the setting, or the defaults)."""
    row = session.get(Setting, SETTING_KEY)
    return rules_from_setting(row.value if row is not None else DEFAULT_RULES)


def _kind_rules(event: Event, rules: Rules):
    try:
        return rules.get(EventKind(event.kind), ())
    except ValueError:
        return ()


def wanted_tasks(event: Event, rules: Rules, today: date) -> dict[tuple[datetime, str], date]:
    """(occurrence start, rule code) → due day, for the occurrences of `event` from today on."""
    kind_rules = _kind_rules(event, rules)
    if not kind_rules or event.status == EventStatus.CANCELLED.value:
        return {}
    material_offset = None
    if event.rrule:
        try:
            rule = parse_rrule(event.rrule, event.time_zone)
        except RecurrenceError:
            return {}
        excluded = [exdate.original_start for exdate in event.exdates]
        starts = occurrences(event.starts_at, rule, day_start(today), day_start(today + HORIZON), excluded)
        if event.material_date is not None:
            material_offset = event.starts_at.date() - event.material_date
    else:
        starts = [event.starts_at] if event.starts_at.date() >= today else []
    wanted = {}
    for start in starts:
        material = event.material_date if material_offset is None else start.date() - material_offset
        for kind_rule in kind_rules:
            due = kind_rule.due_on(start.date(), material)
            if due is not None:
                wanted[(start, kind_rule.code)] = due
    return wanted


def sync_tasks(event: Event, rules: Rules, today: date) -> None:
    """Create, move and remove the open tasks of `event` (whose `tasks` and `exdates` are loaded)."""
    wanted = wanted_tasks(event, rules, today)
    tasks = list(event.tasks)
    if not event.rrule:
        done = {task.rule for task in tasks if task.done_at is not None and task.occurrence_start == event.starts_at}
        open_tasks: dict[str, NotificationTask] = {}
        for task in tasks:
            if task.done_at is None:
                if task.rule in open_tasks:
                    event.tasks.remove(task)
                else:
                    open_tasks[task.rule] = task
        for (start, code), due in wanted.items():
            if code in done:
                continue
            task = open_tasks.pop(code, None)
            if task is None:
                event.tasks.append(NotificationTask(occurrence_start=start, rule=code, due_on=due))
            else:
                task.occurrence_start, task.due_on = start, due
        for task in open_tasks.values():
            event.tasks.remove(task)
        return
    horizon_end = day_start(today + HORIZON)
    existing = {(task.occurrence_start, task.rule): task for task in tasks}
    for key, due in wanted.items():
        task = existing.get(key)
        if task is None:
            event.tasks.append(NotificationTask(occurrence_start=key[0], rule=key[1], due_on=due))
        elif task.done_at is None:
            task.due_on = due
    for key, task in existing.items():
        if task.done_at is None and key not in wanted and (key[0] is None or key[0] < horizon_end):
            event.tasks.remove(task)


def shift_tasks(event: Event, delta: timedelta) -> None:
    """Move the occurrence each task of a series refers to by `delta` (the series' start moved)."""
    if not delta:
        return
    for task in event.tasks:
        if task.occurrence_start is not None:
            task.occurrence_start += delta


def plan_series(session: Session, rules: Rules, today: date) -> None:
    """Give every running series whose kind has rules its tasks up to the horizon (as the days go by)."""
    kinds = [kind.value for kind, items in rules.items() if items]
    if not kinds:
        return
    series = session.scalars(
        select(Event)
        .where(
            Event.rrule.is_not(None),
            Event.kind.in_(kinds),
            Event.status != EventStatus.CANCELLED.value,
            Event.starts_at < day_start(today + HORIZON),
            or_(Event.series_until.is_(None), Event.series_until >= day_start(today)),
        )
        .options(selectinload(Event.tasks), selectinload(Event.exdates))
    )
    for event in series:
        sync_tasks(event, rules, today)


def sync_all(session: Session, rules: Rules, today: date) -> None:
    """Bring the open tasks of every current or future event in line with (changed) rules."""
    events = session.scalars(
        select(Event)
        .where(
            or_(
                Event.starts_at >= day_start(today),
                Event.series_until.is_(None) & Event.rrule.is_not(None),
                Event.series_until >= day_start(today),
                Event.id.in_(select(NotificationTask.event_id).where(NotificationTask.done_at.is_(None))),
            )
        )
        .options(selectinload(Event.tasks), selectinload(Event.exdates))
    )
    for event in events:
        sync_tasks(event, rules, today)
