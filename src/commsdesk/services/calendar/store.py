"""Checking an event as entered and writing it onto its row, with its media and press-release links."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, time, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from commsdesk.db.models import Event, PressRelease, event_media_contact, event_media_group
from commsdesk.domain.events import EventKind, EventStatus
from commsdesk.domain.recurrence import RecurrenceError, format_rrule, is_known_zone, last_start, parse_rrule
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.calendar.records import EventInput

DEFAULT_DURATION = timedelta(hours=1)
LONG_EVENT = timedelta(days=1)  # must match queries.LONG
MAX_TITLE = 500
MAX_LOCATION = 500  # the database's column sizes; a description as long as a long release
MAX_ORGANISER = 300
MAX_DESCRIPTION = 20_000


def _label(field: str) -> str:
    """The name of a field as the event dialog shows it."""
    return {
        "location": translate("CalendarDialog", "Place"),
        "organiser": translate("CalendarDialog", "Responsible"),
        "description": translate("CalendarDialog", "Description"),
    }[field]


def new_uid() -> str:
    return f"{uuid.uuid4()}@commsdesk"


def checked(data: EventInput) -> EventInput:
    """`data` with its title trimmed, all-day times at midnight, an end, and its RRULE in canonical form.

    Raises ValidationError (translated) when it breaks a rule.
    """
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError(translate("CalendarErrors", "The event needs a title."), "title")
    if len(title) > MAX_TITLE:
        raise ValidationError(translate("CalendarErrors", "The title is too long (at most 500 characters)."), "title")
    for field, text, limit in (
        ("location", data.location, MAX_LOCATION),
        ("organiser", data.organiser, MAX_ORGANISER),
        ("description", data.description, MAX_DESCRIPTION),
    ):
        if len(text.strip()) > limit:
            raise ValidationError(
                translate("CalendarErrors", "“{field}” has {length} characters; at most {limit} are allowed.").format(
                    field=_label(field), length=len(text.strip()), limit=limit
                ),
                field,
            )
    if not is_known_zone(data.time_zone):
        raise ValidationError(
            translate("CalendarErrors", "Unknown time zone: {zone}.").format(zone=data.time_zone), "time_zone"
        )
    start, end = data.starts_at.replace(second=0, microsecond=0), data.ends_at
    if data.all_day:
        start = datetime.combine(start.date(), time(0))
        if end is None or end <= start:
            end = start + timedelta(days=1)
        elif end.time() != time(0):
            end = datetime.combine(end.date() + timedelta(days=1), time(0))
    elif end is None:
        end = start + DEFAULT_DURATION
    else:
        end = end.replace(second=0, microsecond=0)
    if end < start:
        raise ValidationError(translate("CalendarErrors", "The event cannot end before it starts."), "ends_at")
    rrule = (data.rrule or "").strip() or None
    if rrule is not None:
        rrule = canonical_rrule(rrule, data.time_zone, data.all_day)
        rule = parse_rrule(rrule, data.time_zone)
        if rule.until is not None and rule.until < start:
            raise ValidationError(translate("CalendarErrors", "The repetition ends before the event starts."), "rrule")
    return replace(
        data,
        title=title,
        kind=EventKind(data.kind),
        status=EventStatus(data.status),
        starts_at=start,
        ends_at=end,
        rrule=rrule,
        location=data.location.strip(),
        organiser=data.organiser.strip(),
        description=data.description.strip(),
    )


def canonical_rrule(text: str, zone: str, all_day: bool) -> str:
    """`text` in canonical form; raises ValidationError when it cannot be read or is not supported."""
    try:
        return format_rrule(parse_rrule(text, zone), zone, all_day)
    except RecurrenceError as error:
        raise ValidationError(
            translate("CalendarErrors", "The repetition rule {rule} cannot be used.").format(rule=text), "rrule"
        ) from error


def series_until(starts_at: datetime, rrule: str | None, zone: str, ends_at: datetime | None = None) -> datetime | None:
    """What `Event.series_until` stores: a series' last possible start (None: endless).

    An event that does not repeat keeps None, unless it lasts longer than a day: then its end, so that a range
    query finds it by this index although it began long before the range (`queries.py`).
    """
    if not rrule:
        return ends_at if ends_at is not None and ends_at - starts_at > LONG_EVENT else None
    return last_start(starts_at, parse_rrule(rrule, zone))


def write_fields(event: Event, data: EventInput) -> None:
    """Copy a checked input onto the row (not the links)."""
    event.title = data.title
    event.kind = data.kind.value
    event.status = data.status.value
    event.starts_at = data.starts_at
    event.ends_at = data.ends_at
    event.all_day = data.all_day
    event.time_zone = data.time_zone
    event.rrule = data.rrule
    event.series_until = series_until(data.starts_at, data.rrule, data.time_zone, data.ends_at)
    event.location = data.location
    event.organiser = data.organiser
    event.description = data.description
    event.material_date = data.material_date
    event.activity_id = data.activity_id


def write_links(session: Session, event_id: int, data: EventInput) -> None:
    """The media invited and (unless `release_ids` is None) the press releases about the event."""
    session.execute(delete(event_media_group).where(event_media_group.c.event_id == event_id))
    session.execute(delete(event_media_contact).where(event_media_contact.c.event_id == event_id))
    groups = sorted(set(data.media_group_ids))
    contacts = sorted(set(data.media_contact_ids))
    if groups:
        session.execute(insert(event_media_group), [{"event_id": event_id, "group_id": g} for g in groups])
    if contacts:
        session.execute(insert(event_media_contact), [{"event_id": event_id, "contact_id": c} for c in contacts])
    if data.release_ids is not None:
        wanted = set(data.release_ids)
        session.execute(
            update(PressRelease)
            .where(PressRelease.event_id == event_id, PressRelease.id.not_in(wanted))
            .values(event_id=None)
        )
        if wanted:
            session.execute(update(PressRelease).where(PressRelease.id.in_(wanted)).values(event_id=event_id))


def input_of(session: Session, event: Event) -> EventInput:
    """The row as an input, links included — what the dialog edits and what a split series copies."""
    groups = session.scalars(select(event_media_group.c.group_id).where(event_media_group.c.event_id == event.id))
    contacts = session.scalars(
        select(event_media_contact.c.contact_id).where(event_media_contact.c.event_id == event.id)
    )
    releases = session.scalars(select(PressRelease.id).where(PressRelease.event_id == event.id))
    return EventInput(
        title=event.title,
        kind=EventKind(event.kind) if event.kind in EventKind._value2member_map_ else EventKind.OTHER,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        location=event.location,
        organiser=event.organiser,
        description=event.description,
        status=EventStatus(event.status) if event.status in EventStatus._value2member_map_ else EventStatus.PLANNED,
        all_day=event.all_day,
        time_zone=event.time_zone,
        rrule=event.rrule,
        material_date=event.material_date,
        activity_id=event.activity_id,
        media_group_ids=tuple(sorted(groups)),
        media_contact_ids=tuple(sorted(contacts)),
        release_ids=tuple(sorted(releases)),
    )
