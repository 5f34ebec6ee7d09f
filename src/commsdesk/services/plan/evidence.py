"""Evidence counted automatically: the calendar events held, press releases distributed and requests for access to
documents handled and journalists' enquiries answered for each activity.

An event or release is evidence of an activity when it is linked to it (`event.activity_id`,
`press_release.activity_id`) or when one of the activity's status updates points to it. It counts when it falls in
the window: an event occurrence that was not cancelled or postponed (each occurrence of a recurring event counts),
a release that was distributed (or since archived) dated in the window, a request decided or forwarded in the
window (requests count by their own link only).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commsdesk.db.models import Activity, DocumentRequest, Enquiry, Event, EventExdate, PressRelease
from commsdesk.domain.enquiries import EnquiryStatus
from commsdesk.domain.events import DEFAULT_TIME_ZONE, EventStatus
from commsdesk.domain.releases import ReleaseStatus
from commsdesk.domain.requests import RequestStatus

COUNTED_RELEASES = (ReleaseStatus.DISTRIBUTED.value, ReleaseStatus.ARCHIVED.value)
NOT_HELD = (EventStatus.CANCELLED.value, EventStatus.POSTPONED.value)
HANDLED_REQUESTS = (RequestStatus.DECIDED.value, RequestStatus.FORWARDED.value)
_CHUNK = 500


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    values = sorted(set(ids))
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _claims(rows: Iterable[tuple[int, int | None]], links: Mapping[int, set[int]]) -> dict[int, set[int]]:
    """item id → the activities it is evidence of (by its own link, or named by a status update)."""
    claims: dict[int, set[int]] = defaultdict(set)
    for item_id, activity_id in rows:
        if activity_id is not None:
            claims[item_id].add(activity_id)
    for activity_id, item_ids in links.items():
        for item_id in item_ids:
            claims[item_id].add(activity_id)
    return claims


def count_releases(
    session: Session, plan_id: int, start: date, end: date, links: Mapping[int, set[int]]
) -> dict[int, int]:
    """activity id → releases distributed in [start, end]."""
    in_plan = select(Activity.id).where(Activity.plan_id == plan_id).scalar_subquery()
    columns = (PressRelease.id, PressRelease.activity_id, PressRelease.release_date, PressRelease.status)
    rows = list(session.execute(select(*columns).where(PressRelease.activity_id.in_(in_plan))))
    linked = {item for items in links.values() for item in items} - {row[0] for row in rows}
    for chunk in _chunks(linked):
        rows += session.execute(select(*columns).where(PressRelease.id.in_(chunk)))
    claims = _claims(((row[0], row[1]) for row in rows), links)
    counts: dict[int, int] = defaultdict(int)
    for release_id, _activity, release_date, status in rows:
        if status in COUNTED_RELEASES and start <= release_date <= end:
            for activity_id in claims[release_id]:
                counts[activity_id] += 1
    return dict(counts)


def _occurrences(event: Event, exdates: set[datetime], start: date, end: date) -> int:
    """How many occurrences of `event` start in [start, end]."""
    if not event.rrule:
        return int(start <= event.starts_at.date() <= end)
    first, last = datetime.combine(start, time.min), datetime.combine(end, time.max)
    try:
        rule = rrulestr(f"RRULE:{event.rrule}", dtstart=event.starts_at)
        starts = rule.between(first, last, inc=True)
    except (ValueError, TypeError):  # an UNTIL in UTC needs an aware start
        zone = ZoneInfo(event.time_zone or DEFAULT_TIME_ZONE)
        rule = rrulestr(f"RRULE:{event.rrule}", dtstart=event.starts_at.replace(tzinfo=zone))
        aware = rule.between(first.replace(tzinfo=zone), last.replace(tzinfo=zone), inc=True)
        starts = [moment.replace(tzinfo=None) for moment in aware]
    return sum(1 for occurrence in starts if occurrence not in exdates)


def count_events(
    session: Session, plan_id: int, start: date, end: date, links: Mapping[int, set[int]]
) -> dict[int, int]:
    """activity id → occurrences of linked events held in [start, end]."""
    in_plan = select(Activity.id).where(Activity.plan_id == plan_id).scalar_subquery()
    events = {e.id: e for e in session.scalars(select(Event).where(Event.activity_id.in_(in_plan)))}
    linked = {item for items in links.values() for item in items} - set(events)
    for chunk in _chunks(linked):
        events.update((e.id, e) for e in session.scalars(select(Event).where(Event.id.in_(chunk))))
    claims = _claims(((e.id, e.activity_id) for e in events.values()), links)
    series = [e.id for e in events.values() if e.rrule]
    exdates: dict[int, set[datetime]] = defaultdict(set)
    for chunk in _chunks(series):
        for event_id, original in session.execute(
            select(EventExdate.event_id, EventExdate.original_start).where(EventExdate.event_id.in_(chunk))
        ):
            exdates[event_id].add(original)
        # An occurrence edited on its own is a separate event; it is evidence of what its series is evidence of.
        for child in session.scalars(select(Event).where(Event.parent_id.in_(chunk), Event.activity_id.is_(None))):
            if child.id not in events:
                events[child.id] = child
                claims[child.id] |= claims[child.parent_id]
    counts: dict[int, int] = defaultdict(int)
    for event in events.values():
        if event.status in NOT_HELD or not claims.get(event.id):
            continue
        held = _occurrences(event, exdates.get(event.id, set()), start, end)
        for activity_id in claims[event.id]:
            counts[activity_id] += held
    return dict(counts)


def _count_linked(
    session: Session, plan_id: int, start: date | datetime, end: date | datetime, activity: Any, on: Any, counted: Any
) -> dict[int, int]:
    """activity id → the records linked by `activity` that are `counted`, with `on` (a day or a moment) in
    [start, end]."""
    in_plan = select(Activity.id).where(Activity.plan_id == plan_id).scalar_subquery()
    rows = session.execute(
        select(activity, func.count()).where(activity.in_(in_plan), counted, on >= start, on <= end).group_by(activity)
    )
    return {activity_id: number for activity_id, number in rows}


def count_requests(session: Session, plan_id: int, start: date, end: date) -> dict[int, int]:
    """activity id → linked requests decided or forwarded in [start, end]."""
    handled_on = func.coalesce(DocumentRequest.decided_on, DocumentRequest.forwarded_on)
    counted = DocumentRequest.status.in_(HANDLED_REQUESTS)
    return _count_linked(session, plan_id, start, end, DocumentRequest.activity_id, handled_on, counted)


def count_enquiries(session: Session, plan_id: int, start: date, end: date) -> dict[int, int]:
    """activity id → linked journalists' enquiries answered in [start, end] (interviews and statements)."""
    first, last = datetime.combine(start, time.min), datetime.combine(end, time.max)
    counted = Enquiry.status == EnquiryStatus.ANSWERED.value
    return _count_linked(session, plan_id, first, last, Enquiry.activity_id, Enquiry.answered_at, counted)
