"""One iCalendar event as plain data: what the calendar service exchanges with `icalendar_io`, without the cost
of importing the icalendar library where only the type is needed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from commsdesk.domain.events import DEFAULT_TIME_ZONE


@dataclass(frozen=True)
class IcsEvent:
    """One VEVENT as plain data. Times are wall-clock times in `zone`; all-day events start at midnight."""

    uid: str
    title: str
    start: datetime
    end: datetime | None
    all_day: bool = False
    zone: str = DEFAULT_TIME_ZONE
    rrule: str | None = None
    exdates: tuple[datetime, ...] = ()
    recurrence_id: datetime | None = None
    location: str = ""
    description: str = ""
    organiser: str = ""
    kind: str | None = None
    status: str | None = None
    material_date: date | None = None
    problem: str = ""  # set by the reader when part of the event could not be read (e.g. an unsupported rule)
