"""What the views show: the occurrences in a date range, read with indexed range queries.

Single events are found by `starts_at` in the range (plus the few long ones that began earlier); series by their
start and `series_until`, so finished series are skipped; only the series that overlap the range are expanded,
and only over the range. Events kept in another zone are shown on the calendar's clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from commsdesk.db.models import Event, EventExdate
from commsdesk.domain.events import DEFAULT_TIME_ZONE, EventKind, EventStatus
from commsdesk.domain.recurrence import RecurrenceError, convert, occurrences, parse_rrule
from commsdesk.services.calendar.records import Occurrence
from commsdesk.services.calendar.store import LONG_EVENT

ZONE_MARGIN = timedelta(days=1)  # any two zones' clocks differ by less than a day
SERIES_MARGIN = timedelta(days=62)  # a series' occurrences may last this long and still be found
LONG = LONG_EVENT  # single events longer than this carry their end in `series_until`
_COLUMNS = (
    Event.id,
    Event.title,
    Event.kind,
    Event.status,
    Event.starts_at,
    Event.ends_at,
    Event.all_day,
    Event.time_zone,
    Event.location,
    Event.organiser,
    Event.rrule,
    Event.parent_id,
)
_KINDS = EventKind._value2member_map_
_STATUSES = EventStatus._value2member_map_
# Endless series are the only rows with neither an RRULE end nor… an index that picks them out cheaply: one pass
# over the table (the unary + keeps SQLite from walking the series_until index through every single event).
_ENDLESS = text("event.rrule IS NOT NULL AND +event.series_until IS NULL")


def _filters(kinds: Collection[str] | None, statuses: Collection[str] | None) -> list:
    found = []
    if kinds is not None:
        found.append(Event.kind.in_(list(kinds)))
    if statuses is not None:
        found.append(Event.status.in_(list(statuses)))
    return found


def occurrences_between(
    session: Session,
    low: datetime,
    high: datetime,
    kinds: Collection[str] | None = None,
    statuses: Collection[str] | None = None,
    zone: str = DEFAULT_TIME_ZONE,
) -> list[Occurrence]:
    """Every occurrence overlapping [low, high) (wall-clock times in `zone`), by start.

    Four indexed or bounded reads: single events starting in the range (`starts_at`), single events longer than a
    day that began before it and series that end after it began (`series_until`), and the endless series.
    """
    extra = _filters(kinds, statuses)
    earliest = low - LONG - ZONE_MARGIN
    rows = list(
        session.execute(
            select(*_COLUMNS).where(
                Event.rrule.is_(None), Event.starts_at >= earliest, Event.starts_at < high + ZONE_MARGIN, *extra
            )
        )
    )
    rows += [  # by `series_until` alone: SQLite would otherwise walk `starts_at` through all the past
        row
        for row in session.execute(
            select(*_COLUMNS).where(Event.series_until >= low - ZONE_MARGIN, Event.rrule.is_(None), *extra)
        )
        if row.starts_at < earliest
    ]
    series = [
        row
        for query in (
            select(*_COLUMNS).where(Event.series_until >= low - SERIES_MARGIN, Event.rrule.is_not(None), *extra),
            select(*_COLUMNS).where(_ENDLESS, *extra),
        )
        for row in session.execute(query)
        if row.starts_at < high + ZONE_MARGIN
    ]
    excluded: dict[int, list[datetime]] = defaultdict(list)
    if series:
        wanted = {row.id for row in series}
        for event_id, original in session.execute(
            select(EventExdate.event_id, EventExdate.original_start).where(
                EventExdate.original_start >= low - SERIES_MARGIN - ZONE_MARGIN,
                EventExdate.original_start < high + ZONE_MARGIN,
            )
        ):
            if event_id in wanted:
                excluded[event_id].append(original)
    found: list[Occurrence] = []
    for row in rows:
        start, end = row.starts_at, row.ends_at or row.starts_at
        if row.time_zone != zone and not row.all_day:
            start, end = convert(start, row.time_zone, zone), convert(end, row.time_zone, zone)
        if start < high and (end > low or start >= low):
            found.append(_occurrence(row, start, end, None, row.parent_id))
    for row in series:
        found.extend(_expand(row, low, high, excluded.get(row.id, ()), zone))
    found.sort(key=lambda item: (item.start, not item.all_day, item.title))
    return found


def _occurrence(row, start: datetime, end: datetime, original: datetime | None, series: int | None) -> Occurrence:
    return Occurrence(
        row.id,
        row.title,
        _KINDS.get(row.kind, EventKind.OTHER),
        _STATUSES.get(row.status, EventStatus.PLANNED),
        start,
        end,
        row.all_day,
        row.location,
        row.organiser,
        original,
        series,
    )


def _expand(row, low: datetime, high: datetime, excluded, zone: str) -> list[Occurrence]:
    try:
        rule = parse_rrule(row.rrule, row.time_zone)
    except RecurrenceError:  # a rule that cannot be read (edited outside commsdesk): show the first occurrence
        rule = None
    duration = (row.ends_at - row.starts_at) if row.ends_at else timedelta(0)
    same_clock = row.time_zone == zone or row.all_day
    margin = timedelta(0) if same_clock else ZONE_MARGIN
    if rule is None:
        starts = [row.starts_at] if low - margin - duration <= row.starts_at < high + margin else []
    else:
        starts = occurrences(row.starts_at, rule, low - margin, high + margin, excluded, duration)
    if not starts:
        return []
    fields = (
        row.id,
        row.title,
        _KINDS.get(row.kind, EventKind.OTHER),
        _STATUSES.get(row.status, EventStatus.PLANNED),
    )
    tail = (row.all_day, row.location, row.organiser)
    make = Occurrence._make
    if same_clock:  # the expansion already kept exactly the occurrences that overlap [low, high)
        return [make((*fields, start, start + duration, *tail, start, row.id)) for start in starts]
    found = []
    for original in starts:
        start = convert(original, row.time_zone, zone)
        end = start + duration
        if start < high and (end > low or start >= low):
            found.append(make((*fields, start, end, *tail, original, row.id)))
    return found
