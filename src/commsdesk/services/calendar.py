"""Communication events of the calendar."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from commsdesk.db.engine import Database
from commsdesk.db.models import Event
from commsdesk.domain.events import DEFAULT_TIME_ZONE, EventKind, EventStatus


@dataclass(frozen=True)
class EventInput:
    title: str
    kind: EventKind
    starts_at: datetime
    ends_at: datetime | None = None
    location: str = ""
    organiser: str = ""
    description: str = ""
    status: EventStatus = EventStatus.PLANNED
    all_day: bool = False
    time_zone: str = DEFAULT_TIME_ZONE
    rrule: str | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    kind: EventKind
    status: EventStatus
    starts_at: datetime
    ends_at: datetime | None
    location: str
    organiser: str
    recurring: bool


class CalendarService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create(self, data: EventInput) -> int:
        """Store a new event and return its id."""
        with self._db.session() as session:
            event = Event(
                uid=f"{uuid.uuid4()}@commsdesk",
                title=data.title,
                kind=data.kind.value,
                status=data.status.value,
                starts_at=data.starts_at,
                ends_at=data.ends_at,
                all_day=data.all_day,
                time_zone=data.time_zone,
                rrule=data.rrule,
                location=data.location,
                organiser=data.organiser,
                description=data.description,
            )
            session.add(event)
            session.flush()
            return event.id

    def events(self) -> list[EventRow]:
        """Every stored event (series as their first occurrence), by start."""
        with self._db.session() as session:
            return [
                EventRow(
                    e.id,
                    e.title,
                    EventKind(e.kind),
                    EventStatus(e.status),
                    e.starts_at,
                    e.ends_at,
                    e.location,
                    e.organiser,
                    bool(e.rrule),
                )
                for e in session.scalars(select(Event).order_by(Event.starts_at, Event.id))
            ]
