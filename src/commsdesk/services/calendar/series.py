"""Editing and deleting events, and the three scopes of a change to a repeating event.

- This occurrence: it becomes an event of its own (`parent_id`, `recurrence_id`), with an EXDATE on the series.
- This and following: the series ends just before the occurrence (UNTIL, or a smaller COUNT) and a new series
  starts at it, taking along the later EXDATEs, edited occurrences and tasks.
- All: the series itself changes; if its start moved, its EXDATEs, edited occurrences and tasks move with it.
A deleted occurrence is an EXDATE, which every later change keeps: it never comes back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from commsdesk.db.models import Event, EventExdate
from commsdesk.domain.notifications import Rules
from commsdesk.domain.recurrence import count_before, format_rrule, is_occurrence, parse_rrule, until_before
from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.services.calendar.records import EventInput
from commsdesk.services.calendar.store import checked, new_uid, series_until, write_fields, write_links
from commsdesk.services.calendar.tasks import shift_tasks, sync_tasks


def load(session: Session, event_id: int) -> Event:
    """The event with its tasks and EXDATEs; UserError when it no longer exists."""
    event = session.scalars(
        select(Event)
        .where(Event.id == event_id)
        .options(selectinload(Event.tasks), selectinload(Event.exdates))
        .execution_options(populate_existing=True)
    ).one_or_none()
    if event is None:
        raise UserError(translate("CalendarErrors", "The event no longer exists; it may have been deleted."))
    return event


def create(session: Session, data: EventInput, rules: Rules, today: date, uid: str | None = None) -> Event:
    event = Event(uid=uid or new_uid(), tasks=[], exdates=[])
    write_fields(event, data)
    session.add(event)
    session.flush()
    write_links(session, event.id, data)
    sync_tasks(event, rules, today)
    return event


def update_single(session: Session, event: Event, data: EventInput, rules: Rules, today: date) -> Event:
    """A change to an event that does not repeat, to an occurrence edited on its own, or to a whole series as is."""
    write_fields(event, data)
    write_links(session, event.id, data)
    sync_tasks(event, rules, today)
    return event


def _check_occurrence(event: Event, occurrence: datetime) -> None:
    excluded = {exdate.original_start for exdate in event.exdates}
    rule = parse_rrule(event.rrule, event.time_zone)
    if occurrence in excluded or not is_occurrence(event.starts_at, rule, occurrence):
        raise UserError(translate("CalendarErrors", "This occurrence no longer exists; the calendar was changed."))


def _exclude(event: Event, occurrence: datetime) -> None:
    if all(exdate.original_start != occurrence for exdate in event.exdates):
        event.exdates.append(EventExdate(original_start=occurrence))


def _move_exceptions(
    session: Session, series: Event, delta: timedelta, since: datetime | None = None, to: int | None = None
) -> None:
    """Move by `delta` (and re-point to series `to`) the occurrences of `series` edited on their own."""
    query = select(Event).where(Event.parent_id == series.id, Event.recurrence_id.is_not(None))
    if since is not None:
        query = query.where(Event.recurrence_id >= since)
    for child in session.scalars(query):
        child.recurrence_id += delta
        if to is not None:
            child.parent_id = to


def update_all(
    session: Session, series: Event, occurrence: datetime, data: EventInput, rules: Rules, today: date
) -> Event:
    """Change every occurrence: the series moves by as much as the edited occurrence moved."""
    delta = data.starts_at - occurrence
    start = series.starts_at + delta
    data = checked(replace(data, starts_at=start, ends_at=start + (data.ends_at - data.starts_at)))
    if delta:
        for exdate in series.exdates:
            exdate.original_start += delta
        shift_tasks(series, delta)
        _move_exceptions(session, series, delta)
    return update_single(session, series, data, rules, today)


def edit_this(
    session: Session, series: Event, occurrence: datetime, data: EventInput, rules: Rules, today: date
) -> Event:
    """Make one occurrence an event of its own, changed as `data` says."""
    _check_occurrence(series, occurrence)
    child = Event(uid=new_uid(), parent_id=series.id, recurrence_id=occurrence, tasks=[], exdates=[])
    write_fields(child, replace(data, rrule=None))
    session.add(child)
    _exclude(series, occurrence)
    for task in [task for task in series.tasks if task.occurrence_start == occurrence]:
        series.tasks.remove(task)
        child.tasks.append(task)
    session.flush()
    write_links(session, child.id, replace(data, release_ids=None))
    sync_tasks(child, rules, today)
    sync_tasks(series, rules, today)
    return child


def _end_before(series: Event, occurrence: datetime) -> tuple[str, str | None]:
    """End `series` just before `occurrence`; returns (its old rule, the rule the remainder keeps)."""
    rule = parse_rrule(series.rrule, series.time_zone)
    old_text = series.rrule
    if rule.count is not None:
        before = count_before(series.starts_at, rule, occurrence)
        remainder = format_rrule(rule.ending(count=max(rule.count - before, 1)), series.time_zone, series.all_day)
        series.rrule = format_rrule(rule.ending(count=max(before, 1)), series.time_zone, series.all_day)
    else:
        remainder = old_text
        ended = rule.ending(until=until_before(occurrence))
        series.rrule = format_rrule(ended, series.time_zone, series.all_day)
    series.series_until = series_until(series.starts_at, series.rrule, series.time_zone)
    return old_text, remainder


def edit_following(
    session: Session, series: Event, occurrence: datetime, data: EventInput, rules: Rules, today: date
) -> Event:
    """Split the series at `occurrence`: the old one ends before it, a new one (changed) starts from it."""
    if occurrence <= series.starts_at:
        return update_all(session, series, occurrence, data, rules, today)
    _check_occurrence(series, occurrence)
    old_text, remainder = _end_before(series, occurrence)
    if data.rrule == old_text:
        data = replace(data, rrule=remainder)
    data = checked(data)
    delta = data.starts_at - occurrence
    successor = Event(uid=new_uid(), tasks=[], exdates=[])
    write_fields(successor, data)
    session.add(successor)
    for exdate in [exdate for exdate in series.exdates if exdate.original_start >= occurrence]:
        series.exdates.remove(exdate)
        successor.exdates.append(EventExdate(original_start=exdate.original_start + delta))
    for task in [t for t in series.tasks if t.occurrence_start is not None and t.occurrence_start >= occurrence]:
        series.tasks.remove(task)
        task.occurrence_start += delta
        successor.tasks.append(task)
    session.flush()
    _move_exceptions(session, series, delta, since=occurrence, to=successor.id)
    write_links(session, successor.id, data)
    sync_tasks(successor, rules, today)
    sync_tasks(series, rules, today)
    return successor


def delete_this(session: Session, series: Event, occurrence: datetime) -> None:
    """Delete one occurrence: an EXDATE, so that it never comes back; its open tasks go."""
    _check_occurrence(series, occurrence)
    _exclude(series, occurrence)
    for task in [t for t in series.tasks if t.occurrence_start == occurrence and t.done_at is None]:
        series.tasks.remove(task)


def delete_following(session: Session, series: Event, occurrence: datetime) -> None:
    """Delete an occurrence and every later one (the series ends before it)."""
    if occurrence <= series.starts_at:
        session.delete(series)
        return
    _end_before(series, occurrence)
    for exdate in [exdate for exdate in series.exdates if exdate.original_start >= occurrence]:
        series.exdates.remove(exdate)
    for task in [t for t in series.tasks if t.occurrence_start is not None and t.occurrence_start >= occurrence]:
        if task.done_at is None:
            series.tasks.remove(task)
    session.execute(
        delete(Event)
        .where(Event.parent_id == series.id, Event.recurrence_id >= occurrence)
        .execution_options(synchronize_session=False)
    )
