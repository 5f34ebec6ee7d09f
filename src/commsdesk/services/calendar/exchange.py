"""Events to and from iCalendar data, and the rows the printed week plan and the range workbook show."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commsdesk.db.models import (
    Activity,
    AudienceGroup,
    Contact,
    Event,
    EventExdate,
    Outlet,
    PressRelease,
    event_media_contact,
    event_media_group,
)
from commsdesk.domain.events import AgendaEntry, EventKind, EventStatus
from commsdesk.domain.notifications import Rules
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.io.ics_event import IcsEvent
from commsdesk.services.calendar import series as edits
from commsdesk.services.calendar.queries import occurrences_between
from commsdesk.services.calendar.records import EventInput, ImportResult
from commsdesk.services.calendar.store import checked, input_of, new_uid, write_fields
from commsdesk.services.calendar.tasks import sync_tasks

CHUNK = 500
MAX_UID = 300


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for index in range(0, len(values), CHUNK):
        yield values[index : index + CHUNK]


# -- export --------------------------------------------------------------------------------------------------


def _item(event: Event, uid: str | None = None, recurrence_id: datetime | None = None, skip=frozenset()) -> IcsEvent:
    return IcsEvent(
        uid=uid or event.uid,
        title=event.title,
        start=event.starts_at,
        end=event.ends_at,
        all_day=event.all_day,
        zone=event.time_zone,
        rrule=event.rrule,
        exdates=tuple(x.original_start for x in event.exdates if x.original_start not in skip) if event.rrule else (),
        recurrence_id=recurrence_id,
        location=event.location,
        description=event.description,
        organiser=event.organiser,
        kind=event.kind,
        status=event.status,
        material_date=event.material_date,
    )


def ics_items(session: Session, event_ids: Iterable[int]) -> list[IcsEvent]:
    """The events as iCalendar data: a series with all its edited occurrences (as RECURRENCE-IDs)."""
    wanted = sorted(set(event_ids))
    events: dict[int, Event] = {}
    for chunk in _chunks(wanted):
        for event in session.scalars(select(Event).where(Event.id.in_(chunk)).options(selectinload(Event.exdates))):
            events[event.id] = event
    series_ids = sorted(event_id for event_id, event in events.items() if event.rrule)
    for chunk in _chunks(series_ids):
        for child in session.scalars(select(Event).where(Event.parent_id.in_(chunk))):
            events.setdefault(child.id, child)
    children: dict[int, list[Event]] = defaultdict(list)
    for event in events.values():
        if event.parent_id in events and events[event.parent_id].rrule and event.recurrence_id is not None:
            children[event.parent_id].append(event)
    items = []
    for event in sorted(events.values(), key=lambda e: (e.starts_at, e.id)):
        if event.parent_id in children and event in children[event.parent_id]:
            continue
        own = children.get(event.id, [])
        items.append(_item(event, skip=frozenset(child.recurrence_id for child in own)))
        items += [_item(child, uid=event.uid, recurrence_id=child.recurrence_id) for child in own]
    return items


def ids_between(session: Session, first: date, last: date) -> list[int]:
    """The events with an occurrence from `first` to `last` (inclusive)."""
    low, high = datetime.combine(first, time(0)), datetime.combine(last + timedelta(days=1), time(0))
    return sorted({occurrence.event_id for occurrence in occurrences_between(session, low, high)})


# -- import --------------------------------------------------------------------------------------------------


def _uid(text: str) -> str:
    return text if len(text) <= MAX_UID else "sha1-" + hashlib.sha1(text.encode()).hexdigest()


def _input(item: IcsEvent, existing: EventInput | None) -> EventInput:
    base = existing or EventInput(title="", kind=EventKind.OTHER, starts_at=item.start)
    return replace(
        base,
        title=item.title or translate("CalendarImport", "(no title)"),
        kind=EventKind(item.kind) if item.kind else base.kind,
        status=EventStatus(item.status) if item.status else base.status,
        starts_at=item.start,
        ends_at=item.end,
        all_day=item.all_day,
        time_zone=item.zone,
        rrule=item.rrule if item.recurrence_id is None else None,
        location=item.location,
        description=item.description,
        organiser=item.organiser or base.organiser,
        material_date=item.material_date or base.material_date,
        release_ids=None,
    )


def _by_uid(session: Session, uid: str) -> Event | None:
    return session.scalars(
        select(Event).where(Event.uid == uid).options(selectinload(Event.tasks), selectinload(Event.exdates))
    ).one_or_none()


def _upsert(session: Session, item: IcsEvent, rules: Rules, today: date) -> bool:
    """Create or update the event with the item's UID; True when it was new."""
    uid = _uid(item.uid)
    event = _by_uid(session, uid)
    data = checked(_input(item, input_of(session, event) if event else None))
    if event is None:
        event = edits.create(session, data, rules, today, uid=uid)
        created = True
    else:
        write_fields(event, data)
        created = False
    known = {exdate.original_start for exdate in event.exdates}
    for original in item.exdates:  # the file's EXDATEs join ours: an occurrence deleted here stays deleted
        if original not in known:
            event.exdates.append(EventExdate(original_start=original))
            known.add(original)
    sync_tasks(event, rules, today)
    return created


def _upsert_override(session: Session, item: IcsEvent, rules: Rules, today: date) -> bool:
    """An occurrence edited on its own (RECURRENCE-ID); a standalone event when its series is not known."""
    parent = _by_uid(session, _uid(item.uid))
    if parent is None or not parent.rrule:
        return _upsert(session, replace(item, uid=f"{item.uid}#{item.recurrence_id:%Y%m%dT%H%M%S}"), rules, today)
    child = session.scalars(
        select(Event)
        .where(Event.parent_id == parent.id, Event.recurrence_id == item.recurrence_id)
        .options(selectinload(Event.tasks), selectinload(Event.exdates))
    ).first()
    data = checked(_input(item, input_of(session, child) if child else input_of(session, parent)))
    data = replace(data, rrule=None)
    created = child is None
    if child is None:
        child = Event(uid=new_uid(), parent_id=parent.id, recurrence_id=item.recurrence_id, tasks=[], exdates=[])
        session.add(child)
    write_fields(child, data)
    if all(exdate.original_start != item.recurrence_id for exdate in parent.exdates):
        parent.exdates.append(EventExdate(original_start=item.recurrence_id))
    session.flush()
    sync_tasks(child, rules, today)
    sync_tasks(parent, rules, today)
    return created


def import_items(
    session: Session,
    items: Sequence[IcsEvent],
    rules: Rules,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Create or update (by UID) the events of an .ics file; an event that breaks a rule is skipped and named."""
    created = updated = 0
    skipped: list[str] = []
    ordered = [item for item in items if item.recurrence_id is None] + [i for i in items if i.recurrence_id]
    for index, item in enumerate(ordered):
        if progress is not None and index % 50 == 0:
            progress(index, len(ordered))
        try:  # every check happens before anything is written, so a skipped event leaves nothing behind
            new = (_upsert_override if item.recurrence_id else _upsert)(session, item, rules, today)
        except ValidationError as error:
            skipped.append(f"{item.title or item.uid}: {error}")
            continue
        created, updated = (created + 1, updated) if new else (created, updated + 1)
        if item.problem:
            skipped.append(
                translate("CalendarImport", "{title}: {problem}; imported as a single event.").format(
                    title=item.title, problem=item.problem
                )
            )
    if progress is not None:
        progress(len(ordered), len(ordered))
    return ImportResult(created, updated, tuple(skipped))


# -- the week plan and the range workbook -------------------------------------------------------------------


def _names(session: Session, ids: Sequence[int]) -> tuple[dict, dict, dict, dict]:
    media: dict[int, list[str]] = defaultdict(list)
    releases: dict[int, list[str]] = defaultdict(list)
    details: dict[int, tuple[str, int | None]] = {}
    activities: dict[int, str] = {}
    for chunk in _chunks(ids):
        for event_id, name in session.execute(
            select(event_media_group.c.event_id, AudienceGroup.name)
            .join(AudienceGroup, AudienceGroup.id == event_media_group.c.group_id)
            .where(event_media_group.c.event_id.in_(chunk))
            .order_by(AudienceGroup.name)
        ):
            media[event_id].append(name)
        for event_id, given, family, outlet in session.execute(
            select(event_media_contact.c.event_id, Contact.given_name, Contact.family_name, Outlet.name)
            .join(Contact, Contact.id == event_media_contact.c.contact_id)
            .outerjoin(Outlet, Outlet.id == Contact.outlet_id)
            .where(event_media_contact.c.event_id.in_(chunk))
            .order_by(Contact.sort_key)
        ):
            person = f"{given} {family}".strip()
            media[event_id].append(f"{person} ({outlet})" if outlet else person)
        for event_id, reference in session.execute(
            select(PressRelease.event_id, PressRelease.reference)
            .where(PressRelease.event_id.in_(chunk))
            .order_by(PressRelease.reference)
        ):
            releases[event_id].append(reference)
        for event_id, description, activity_id in session.execute(
            select(Event.id, Event.description, Event.activity_id).where(Event.id.in_(chunk))
        ):
            details[event_id] = (description, activity_id)
    activity_ids = sorted({activity for _, activity in details.values() if activity})
    for chunk in _chunks(activity_ids):
        for activity_id, title in session.execute(select(Activity.id, Activity.title).where(Activity.id.in_(chunk))):
            activities[activity_id] = title
    return media, releases, details, activities


def agenda_entries(
    session: Session, first: date, last: date, kinds=None, statuses=None, zone: str | None = None
) -> list[AgendaEntry]:
    """Every occurrence from `first` to `last` (inclusive), with the media invited, for printing."""
    low, high = datetime.combine(first, time(0)), datetime.combine(last + timedelta(days=1), time(0))
    found = occurrences_between(session, low, high, kinds, statuses, **({"zone": zone} if zone else {}))
    media, releases, details, activities = _names(session, sorted({o.event_id for o in found}))
    entries = []
    for occurrence in found:
        description, activity_id = details.get(occurrence.event_id, ("", None))
        entries.append(
            AgendaEntry(
                start=occurrence.start,
                end=occurrence.end,
                all_day=occurrence.all_day,
                kind=occurrence.kind,
                status=occurrence.status,
                title=occurrence.title,
                location=occurrence.location,
                organiser=occurrence.organiser,
                media=tuple(media.get(occurrence.event_id, ())),
                description=description,
                recurring=occurrence.recurring,
                releases=tuple(releases.get(occurrence.event_id, ())),
                activity=activities.get(activity_id, "") if activity_id else "",
            )
        )
    return entries
